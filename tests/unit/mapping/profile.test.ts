// Protects sharing mapping profiles: an export imports back to the same rules, importing twice adds nothing, and a bad, foreign or corrupt file is refused with its reason, changing nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { TenkiDB } from '@/utils/log/db';
import { buildProfile, exportProfile, importProfile, MAX_PROFILE_BYTES, MAX_PROFILE_RULES, parseProfile, ProfileError, type ProfileErrorCode, type ProfileRule } from '@/utils/mapping/profile';
import { allRules, deleteRule, rulesForForm, saveRules } from '@/utils/mapping/rule-store';
import type { Rule } from '@/utils/mapping/rules';

const opened: TenkiDB[] = [];
let counter = 0;
function fresh(): TenkiDB {
  const database = new TenkiDB(`tenki-profile-test-${++counter}`);
  opened.push(database);
  return database;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const d of opened.splice(0)) await d.delete();
});

const RULES: ProfileRule[] = [
  { sourceSignature: '4b1e77d0', formSignature: '9f3a2c10', targetKey: '#customer_name', targetLabel: 'お名前', action: { kind: 'source', label: '会社名', occurrence: 0 }, createdAt: 1_700_000_000_000 },
  { sourceSignature: '4b1e77d0', formSignature: '9f3a2c10', targetKey: '#qty', targetLabel: '数量', action: { kind: 'leave' }, createdAt: 1_700_000_000_001 },
  { sourceSignature: '0c0ffee0', formSignature: '9f3a2c10', targetKey: 'input[name="tel"]', targetLabel: '電話番号', action: { kind: 'source', label: '電話番号', section: 'お届け先', occurrence: 1 }, createdAt: 1_700_000_000_002 },
];

const withoutIds = (rules: Rule[]) => rules.map(({ id: _id, ...rule }) => rule);
const byKey = (a: ProfileRule, b: ProfileRule) => `${a.sourceSignature}${a.targetKey}`.localeCompare(`${b.sourceSignature}${b.targetKey}`);

function profileText(rules: unknown[] = RULES, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'tenki-mapping-profile', version: 1, exportedAt: '2026-11-24T00:00:00.000Z', rules, ...extra });
}

function refusal(text: string): ProfileError {
  try {
    parseProfile(text);
  } catch (error) {
    if (error instanceof ProfileError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('export', () => {
  it('writes the versioned format with every rule, without database ids, in a stable order', async () => {
    const database = fresh();
    await saveRules(database, [RULES[1]!, RULES[0]!, RULES[2]!]);
    const text = await exportProfile(database, new Date('2026-11-24T09:30:00Z'));
    const data = JSON.parse(text);
    expect(data).toMatchObject({ format: 'tenki-mapping-profile', version: 1, exportedAt: '2026-11-24T09:30:00.000Z' });
    // By template, form and field, whatever order they were saved in.
    expect(data.rules).toEqual([RULES[2], RULES[0], RULES[1]]);
    expect(text).not.toContain('"id"');
    // Two exports of the same rules are the same file but for the date.
    await saveRules(database, [RULES[1]!]);
    expect(await exportProfile(database, new Date('2026-11-24T09:30:00Z'))).toBe(text);
  });
});

describe('import', () => {
  it('brings an exported profile back as the same rules in another database', async () => {
    const from = fresh();
    await saveRules(from, RULES);
    const to = fresh();
    expect(await importProfile(to, await exportProfile(from))).toEqual({ added: 3, replaced: 0 });
    expect(withoutIds(await allRules(to)).sort(byKey)).toEqual([...RULES].sort(byKey));
    expect((await rulesForForm(to, '9f3a2c10')).map((r) => r.targetKey)).toEqual(['#customer_name', '#qty', 'input[name="tel"]']);
  });

  it('adds nothing when the same file is imported twice', async () => {
    const database = fresh();
    const text = profileText();
    await importProfile(database, text);
    expect(await importProfile(database, text)).toEqual({ added: 0, replaced: 3 });
    expect(await database.rules.count()).toBe(3);
  });

  it('replaces the rule of the same field, template and form, and keeps the others', async () => {
    const database = fresh();
    await saveRules(database, RULES);
    const changed: ProfileRule = { ...RULES[1]!, action: { kind: 'source', label: '数量', occurrence: 0 }, createdAt: 1_800_000_000_000 };
    expect(await importProfile(database, profileText([changed]))).toEqual({ added: 0, replaced: 1 });
    expect(withoutIds(await allRules(database)).sort(byKey)).toEqual([RULES[0]!, changed, RULES[2]!].sort(byKey));
  });

  it('lets the clerk delete one rule', async () => {
    const database = fresh();
    await saveRules(database, RULES);
    const [first] = await rulesForForm(database, '9f3a2c10');
    await deleteRule(database, first!.id!);
    expect((await rulesForForm(database, '9f3a2c10')).map((r) => r.targetKey)).toEqual(['#qty', 'input[name="tel"]']);
  });
});

describe('a bad file is refused with its reason', () => {
  const rule = RULES[0]!;
  const cases: [string, string, ProfileErrorCode, number?, string?][] = [
    ['empty file', '', 'notJson'],
    ['cut-off JSON', profileText().slice(0, 80), 'notJson'],
    ['a CSV export', 'フォーム,項目,種類\r\n受注入力,お名前,name\r\n', 'notJson'],
    ['JSON of something else', JSON.stringify({ jobs: [] }), 'notProfile'],
    ['a JSON array', JSON.stringify([rule]), 'notProfile'],
    ['another format name', profileText(RULES, { format: 'other-mapping-profile' }), 'notProfile'],
    ['no version', JSON.stringify({ format: 'tenki-mapping-profile', exportedAt: '', rules: [] }), 'notProfile'],
    ['version as text', profileText(RULES, { version: '1' }), 'notProfile'],
    ['version 0', profileText(RULES, { version: 0 }), 'notProfile'],
    ['a newer version', profileText(RULES, { version: 2 }), 'newerVersion'],
    ['rules not a list', profileText(RULES, { rules: {} }), 'notProfile'],
    ['an unknown top-level key', profileText(RULES, { values: ['山田 太郎'] }), 'notProfile'],
    ['a rule that is not an object', profileText([rule, 'rule']), 'badRule', 2, 'rule'],
    ['a rule carrying a value', profileText([{ ...rule, value: '山田 太郎' }]), 'badRule', 1, 'value'],
    ['a missing key', profileText([{ ...rule, targetKey: undefined }]), 'badRule', 1, 'targetKey'],
    ['a signature that is no hash', profileText([{ ...rule, formSignature: 'https://erp.example.co.jp/' }]), 'badRule', 1, 'formSignature'],
    ['an empty target key', profileText([{ ...rule, targetKey: '' }]), 'badRule', 1, 'targetKey'],
    ['a negative date', profileText([{ ...rule, createdAt: -1 }]), 'badRule', 1, 'createdAt'],
    ['an unknown action', profileText([{ ...rule, action: { kind: 'guess' } }]), 'badRule', 1, 'action.kind'],
    ['a leave action with a value', profileText([{ ...rule, action: { kind: 'leave', value: 'x' } }]), 'badRule', 1, 'action'],
    ['a fractional occurrence', profileText([{ ...rule, action: { kind: 'source', label: '会社名', occurrence: 0.5 } }]), 'badRule', 1, 'action.occurrence'],
    ['an empty source label', profileText([{ ...rule, action: { kind: 'source', label: '', occurrence: 0 } }]), 'badRule', 1, 'action.label'],
    ['a value in the action', profileText([{ ...rule, action: { kind: 'source', label: '会社名', occurrence: 0, value: 'x' } }]), 'badRule', 1, 'action.value'],
    ['two rules for one field', profileText([rule, RULES[1], { ...rule, createdAt: 5 }]), 'badRule', 3, 'targetKey'],
    ['too many rules', profileText(Array.from({ length: MAX_PROFILE_RULES + 1 }, () => rule)), 'tooManyRules'],
    ['too large', ' '.repeat(MAX_PROFILE_BYTES + 1), 'tooLarge'],
  ];

  it.each(cases)('%s', async (_name, text, code, ruleNumber, detail) => {
    const error = refusal(text);
    expect(error.code).toBe(code);
    expect(error.rule).toBe(ruleNumber);
    expect(error.detail).toBe(detail);
    const database = fresh();
    await saveRules(database, [RULES[1]!]);
    const before = await allRules(database);
    await expect(importProfile(database, text)).rejects.toBeInstanceOf(ProfileError);
    expect(await allRules(database)).toEqual(before);
  });

  it('changes nothing when the database fails part-way through the import', async () => {
    const database = fresh();
    await saveRules(database, [RULES[1]!]);
    const before = await allRules(database);
    const add = database.rules.add.bind(database.rules);
    let calls = 0;
    vi.spyOn(database.rules, 'add').mockImplementation((item) => {
      if (++calls === 2) throw new Error('disk full');
      return add(item);
    });
    await expect(importProfile(database, profileText())).rejects.toThrow('disk full');
    expect(calls).toBe(2);
    expect(await allRules(database)).toEqual(before);
  });
});

const hex8 = fc.stringMatching(/^[0-9a-f]{8}$/);
const text = (min: number, max: number) => fc.string({ minLength: min, maxLength: max, unit: 'grapheme' });
const ruleArb: fc.Arbitrary<ProfileRule> = fc.record({
  sourceSignature: hex8,
  formSignature: hex8,
  targetKey: text(1, 60),
  targetLabel: text(0, 30),
  action: fc.oneof(
    fc.constant({ kind: 'leave' as const }),
    fc.record({ kind: fc.constant('source' as const), label: text(1, 30), section: text(0, 20), occurrence: fc.nat(20) }, { requiredKeys: ['kind', 'label', 'occurrence'] }),
  ),
  createdAt: fc.nat(),
});
const rulesArb = fc.uniqueArray(ruleArb, { maxLength: 12, selector: (r) => [r.sourceSignature, r.formSignature, r.targetKey].join('\n') });

describe('properties', () => {
  it('any set of rules survives export and import unchanged', () => {
    fc.assert(
      fc.property(rulesArb, (rules) => {
        const text = JSON.stringify(buildProfile(rules, new Date(0)));
        expect(parseProfile(text).sort(byKey)).toEqual([...rules].sort(byKey));
      }),
    );
  });

  it('a profile with any one character changed is either still a sound profile or refused, never half-read', () => {
    fc.assert(
      fc.property(rulesArb, fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (rules, at, ch) => {
        const original = JSON.stringify(buildProfile(rules, new Date(0)));
        const i = at % original.length;
        const damaged = original.slice(0, i) + ch + original.slice(i + 1);
        let parsed: ProfileRule[] | undefined;
        try {
          parsed = parseProfile(damaged);
        } catch (error) {
          expect(error).toBeInstanceOf(ProfileError);
          return;
        }
        expect(parsed).toHaveLength(rules.length);
        for (const rule of parsed) expect(parseProfile(JSON.stringify(buildProfile([rule], new Date(0))))).toEqual([rule]);
      }),
    );
  });
});
