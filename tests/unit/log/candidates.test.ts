// Protects the redesign candidates: what is re-keyed most comes first, each with the reason that fits it, and thin patterns stay off the list.
import { describe, expect, it } from 'vitest';
import { redesignCandidates } from '@/utils/log/candidates';
import type { EntryMethod } from '@/utils/log/db';
import { counted, type DashboardView, type FieldTotal, type FlowTotal } from '@/utils/log/view';

function fieldTotal(fieldKey: string, n: Partial<Record<EntryMethod, number>>, corrected = 0): FieldTotal {
  const c = counted();
  Object.assign(c.n, n);
  return { ...c, corrected, formSignature: '9f3a2c10', fieldKey, fieldLabel: fieldKey, position: 0 };
}

function flow(sourceName: string, fields: FieldTotal[], extra: Partial<FlowTotal> = {}): FlowTotal {
  const c = counted();
  for (const f of fields) for (const m of Object.keys(c.n) as EntryMethod[]) c.n[m] += f.n[m];
  return { ...c, sourceSignature: sourceName, sourceName, formSignature: '9f3a2c10', formTitle: '受注入力', jobs: 10, clerks: 1, clerkIds: [''], fields, ...extra };
}

const view = (flows: FlowTotal[], clerks = 1) => ({ ...counted(), period: {}, jobs: 0, forms: [], weeks: [], flows, clerks }) as DashboardView;

describe('redesignCandidates', () => {
  it('ranks a flow keyed by hand by volume, naming its most re-keyed fields rather than listing each again', () => {
    const list = redesignCandidates(view([flow('注文メール', [fieldTotal('受注番号', { autofilled: 60 }), fieldTotal('品名', { typed: 20 }), fieldTotal('取引先名', { typed: 40, pasted: 10 }), fieldTotal('備考', { typed: 1 }), fieldTotal('数量', { pasted: 2 })])]));
    expect(list.map((c) => [c.fieldKey ?? '(flow)', c.volume, c.reason])).toEqual([['(flow)', 73, { code: 'integrate', manual: 73, jobs: 10, pasted: 12, fields: ['取引先名', '品名', '数量'] }]]);
  });

  it('names a field re-keyed from a template whose other fields come in by autofill', () => {
    const list = redesignCandidates(view([flow('注文メール', [fieldTotal('取引先名', { typed: 40, pasted: 10 }), fieldTotal('受注番号', { autofilled: 60 })])]));
    expect(list.map((c) => [c.fieldKey, c.reason])).toEqual([['取引先名', { code: 'retyped', manual: 50, pasted: 10 }]]);
  });

  it('names fields whose proposals are often corrected, and fields mostly left empty', () => {
    const list = redesignCandidates(view([flow('請求書PDF', [fieldTotal('支払期日', { autofilled: 6, edited: 4 }, 4), fieldTotal('備考', { skipped: 9, autofilled: 1 })])]));
    expect(list.map((c) => [c.fieldKey, c.reason])).toEqual([
      ['備考', { code: 'skipped', skipped: 9, total: 10 }],
      ['支払期日', { code: 'retyped', manual: 4, pasted: 0 }],
      ['支払期日', { code: 'corrected', corrected: 4, proposed: 10 }],
    ]);
  });

  it('flags a flow only one clerk does, once colleagues are merged in', () => {
    const flows = [flow('注文メール', [fieldTotal('受注番号', { autofilled: 30 })], { jobs: 30, clerks: 1, clerkIds: ['c-5555eeee6666ffff'] })];
    expect(redesignCandidates(view(flows, 1))).toEqual([]);
    expect(redesignCandidates(view(flows, 3)).map((c) => [c.volume, c.reason])).toEqual([[30, { code: 'onePerson', jobs: 30, clerk: 'c-5555eeee6666ffff' }]]);
  });

  it('leaves thin patterns out and keeps the list short', () => {
    expect(redesignCandidates(view([flow('注文メール', [fieldTotal('取引先名', { typed: 2 }), fieldTotal('備考', { skipped: 2 })])]))).toEqual([]);
    const many = Array.from({ length: 30 }, (_, i) => flow(`template-${i}`, [fieldTotal(`f${i}`, { typed: 5 + i })]));
    const list = redesignCandidates(view(many));
    expect(list).toHaveLength(10);
    expect(list[0]!.volume).toBe(34);
  });
});
