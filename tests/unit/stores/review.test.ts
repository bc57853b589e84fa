// Protects the side panel's review state: it survives a closed panel or restarted worker (session storage), keeps the clerk's edits while the same job goes on, starts clean for a new message or form, and lets learned rules win for their template; one-field fills, undo values and a picked source field.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractFromText } from '@/utils/extract';
import { readForm, type TargetForm } from '@/utils/form/read-form';
import { sourceSignature, type SourceSnapshot } from '@/utils/source';
import { isIncluded, valueFor } from '@/utils/review-job';
import { learnRules } from '@/utils/mapping/rules';
import { sourceChoices } from '@/utils/stores/review';

type StoreModule = typeof import('@/utils/stores/review');

/** A freshly created store, as in a reopened side panel, once it has loaded what was persisted. */
async function openPanel(): Promise<StoreModule['useReview']> {
  vi.resetModules();
  const { useReview } = (await import('@/utils/stores/review')) as StoreModule;
  if (!useReview.persist.hasHydrated()) await new Promise<void>((resolve) => useReview.persist.onFinishHydration(() => resolve()));
  return useReview;
}

/** Waits until the persist middleware has written the state to session storage. */
async function persisted(): Promise<{ state: Record<string, unknown> }> {
  let raw: unknown;
  await vi.waitFor(async () => {
    raw = (await fakeBrowser.storage.session.get('tenki-review'))['tenki-review'];
    expect(raw).toBeTypeOf('string');
  });
  return JSON.parse(raw as string) as { state: Record<string, unknown> };
}

function snapshot(text: string, at = 1_000): SourceSnapshot {
  const fields = extractFromText(text);
  return { kind: 'page', tabId: 7, url: 'https://mail.example.co.jp/u/0/#inbox/18f2a', title: '【ご注文】ORD-2024-00815', fields, signature: sourceSignature(fields), at };
}

const ORDER_A = '会社名：株式会社ひまわり食品\nお名前：山田 花子\n電話番号：06-6345-7890\n数量：12';
const ORDER_B = '会社名：株式会社あおば建設\nお名前：鈴木 一郎\n電話番号：045-671-2121\n数量：20';
const INQUIRY = 'Company: Northwind Trading Ltd.\nName: Emily Carter';

function orderForm(extra = ''): TargetForm {
  document.body.innerHTML = `<form><table>
    <tr><th>取引先名</th><td><input name="company"></td></tr>
    <tr><th>ご担当者</th><td><input name="contact"></td></tr>
    <tr><th>電話番号</th><td><input name="tel"></td></tr>
    <tr><th>数量</th><td><input type="number" name="qty"></td></tr>${extra}
  </table></form>`;
  return readForm(document);
}
const keyOf = (form: TargetForm, name: string) => form.fields.find((f) => f.name === name)!.key;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('useReview persistence', () => {
  it('gives a reopened panel the same form, source, proposals, edits and choices', async () => {
    const first = await openPanel();
    const form = orderForm();
    first.getState().setSource(snapshot(ORDER_A), 1_000);
    first.getState().setForm(form, 2_000);
    first.getState().edit(keyOf(form, 'qty'), '15');
    first.getState().include(keyOf(form, 'tel'), false);
    first.getState().setResults([{ key: keyOf(form, 'company'), status: 'filled', before: '', after: '株式会社ひまわり食品' }]);
    const before = first.getState();
    await vi.waitFor(async () => expect((await persisted()).state.results).toBeDefined());

    const reopened = await openPanel();
    expect(reopened).not.toBe(first);
    const after = reopened.getState();
    expect(after.form).toEqual(before.form);
    expect(after.source).toEqual(before.source);
    expect(after.proposals).toEqual(before.proposals);
    expect(after.proposals.length).toBe(4);
    expect(after.edits).toEqual({ [keyOf(form, 'qty')]: '15' });
    expect(after.included).toEqual({ [keyOf(form, 'qty')]: true, [keyOf(form, 'tel')]: false });
    expect(after.results).toEqual(before.results);
    expect(after.startedAt).toBe(2_000);
    expect(valueFor(after, keyOf(form, 'qty'))).toBe('15');
  });

  it('keeps the state in session storage only, never in local or sync storage', async () => {
    const store = await openPanel();
    store.getState().setSource(snapshot(ORDER_A));
    await persisted();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('starts empty when nothing was persisted (new browser session)', async () => {
    const store = await openPanel();
    const s = store.getState();
    expect(s).toMatchObject({ proposals: [], edits: {}, included: {} });
    expect(s.form).toBeUndefined();
    expect(s.source).toBeUndefined();
  });
});

describe('useReview jobs', () => {
  it('resets edits, choices and results when a different message becomes the source', async () => {
    const store = await openPanel();
    const form = orderForm();
    store.getState().setSource(snapshot(ORDER_A), 1_000);
    store.getState().setForm(form, 1_500);
    store.getState().edit(keyOf(form, 'qty'), '15');
    store.getState().include(keyOf(form, 'tel'), false);
    store.getState().setResults([{ key: keyOf(form, 'qty'), status: 'filled', before: '', after: '15' }]);

    // The next order from the same web-shop template: same labels, other values.
    store.getState().setSource(snapshot(ORDER_B, 5_000), 5_000);
    const s = store.getState();
    expect(s).toMatchObject({ edits: {}, included: {}, results: undefined, startedAt: 5_000 });
    expect(valueFor(s, keyOf(form, 'company'))).toBe('株式会社あおば建設');

    store.getState().edit(keyOf(form, 'qty'), '21');
    store.getState().setSource(snapshot(INQUIRY, 6_000), 6_000);
    expect(store.getState().edits).toEqual({});
    // …and the reset is what a reopened panel sees.
    await vi.waitFor(async () => expect((await persisted()).state.startedAt).toBe(6_000));
    const reopened = await openPanel();
    expect(reopened.getState().edits).toEqual({});
  });

  it('keeps edits when the same message is read again (panel refresh, tab revisit)', async () => {
    const store = await openPanel();
    const form = orderForm();
    store.getState().setSource(snapshot(ORDER_A, 1_000), 1_000);
    store.getState().setForm(form, 1_000);
    store.getState().edit(keyOf(form, 'qty'), '15');
    store.getState().setSource(snapshot(ORDER_A, 9_000), 9_000);
    expect(store.getState()).toMatchObject({ edits: { [keyOf(form, 'qty')]: '15' }, startedAt: 1_000 });
  });

  it('keeps edits when the same form is read again, and starts a new job for another form', async () => {
    const store = await openPanel();
    const form = orderForm();
    store.getState().setSource(snapshot(ORDER_A), 1_000);
    store.getState().setForm(form, 1_000);
    store.getState().edit(keyOf(form, 'qty'), '15');
    store.getState().setForm(orderForm(), 2_000);
    expect(store.getState().edits).toEqual({ [keyOf(form, 'qty')]: '15' });

    document.body.innerHTML = '<form><label>請求書番号 <input name="invoice_no"></label><label>取引先名 <input name="company"></label></form>';
    const other = readForm(document);
    store.getState().setForm(other, 3_000);
    expect(store.getState()).toMatchObject({ edits: {}, included: {}, startedAt: 3_000 });
    expect(store.getState().proposals.map((p) => p.key)).toContain(keyOf(other, 'company'));
  });

  it('keeps the job when the page’s form gains or loses a block after load, and holds the new form', async () => {
    const store = await openPanel();
    const form = orderForm();
    store.getState().setSource(snapshot(ORDER_A), 1_000);
    store.getState().setForm(form, 1_000);
    store.getState().edit(keyOf(form, 'qty'), '15');
    const grown = orderForm('<tr><th>会社名</th><td><input name="ship_company"></td></tr>');
    expect(grown.signature).not.toBe(form.signature);
    store.getState().setForm(grown, 2_000);
    expect(store.getState()).toMatchObject({ edits: { [keyOf(form, 'qty')]: '15' }, startedAt: 1_000 });
    expect(store.getState().form).toBe(grown);
    store.getState().setForm(orderForm(), 3_000);
    expect(store.getState()).toMatchObject({ edits: { [keyOf(form, 'qty')]: '15' }, startedAt: 1_000 });
  });

  it('proposes only once both a source and a form are known', async () => {
    const store = await openPanel();
    const form = orderForm();
    store.getState().setForm(form);
    expect(store.getState().proposals).toEqual([]);
    store.getState().setSource(snapshot(ORDER_A));
    expect(store.getState().proposals.map((p) => p.value)).toEqual(['株式会社ひまわり食品', '山田 花子', '06-6345-7890', '12']);
    store.getState().setSource(undefined);
    expect(store.getState().proposals).toEqual([]);
  });

  it('ticks a field as soon as the clerk edits it', async () => {
    const store = await openPanel();
    store.getState().edit('#memo', '検品後に請求書を送付');
    expect(isIncluded(store.getState(), '#memo')).toBe(true);
  });
});

describe('isIncluded / valueFor', () => {
  const proposal = (key: string, tier: 'high' | 'medium' | 'low', value: string) => ({ key, tier, value, targetLabel: '', concept: 'tel' as const, sourceFieldId: 'f0', sourceLabel: '', score: 0, reasons: [] });
  const proposals = [proposal('#a', 'high', '03-5555-0134'), proposal('#b', 'medium', '080-2345-6789'), proposal('#c', 'low', '0456712121')];

  it('includes high and medium proposals by default, low ones only when chosen', () => {
    const s = { proposals, edits: {}, included: {} };
    expect(['#a', '#b', '#c', '#d'].map((k) => isIncluded(s, k))).toEqual([true, true, false, false]);
    expect(isIncluded({ ...s, included: { '#a': false, '#c': true } }, '#a')).toBe(false);
    expect(isIncluded({ ...s, included: { '#a': false, '#c': true } }, '#c')).toBe(true);
  });

  it("prefers the clerk's edit, even an empty one, over the proposal", () => {
    expect(valueFor({ proposals, edits: { '#a': '03-5555-0199' } }, '#a')).toBe('03-5555-0199');
    expect(valueFor({ proposals, edits: { '#a': '' } }, '#a')).toBe('');
    expect(valueFor({ proposals, edits: {} }, '#b')).toBe('080-2345-6789');
    expect(valueFor({ proposals, edits: {} }, '#zzz')).toBe('');
  });
});

describe('useReview learned rules', () => {
  it('lets the rules of the form win for the same template, keeps the clerk’s edits, and returns to the mapper when a rule is deleted', async () => {
    const store = await openPanel();
    const form = orderForm();
    store.getState().setSource(snapshot(ORDER_A), 1_000);
    store.getState().setForm(form, 1_000);
    // The clerk puts the company into ご担当者 and fills: that is the correction the panel learns.
    store.getState().edit(keyOf(form, 'contact'), '株式会社ひまわり食品');
    const rules = learnRules(store.getState(), store.getState().source!, 2_000).map((r, i) => ({ ...r, id: i + 1 }));
    expect(rules).toHaveLength(1);

    store.getState().edit(keyOf(form, 'qty'), '15');
    store.getState().setRules(rules);
    expect(store.getState().edits[keyOf(form, 'qty')]).toBe('15');
    // The next order from the same template is proposed with the rule.
    store.getState().setSource(snapshot(ORDER_B, 5_000), 5_000);
    const contact = store.getState().proposals.find((p) => p.key === keyOf(form, 'contact'));
    expect(contact).toMatchObject({ value: '株式会社あおば建設', tier: 'high', reasons: [{ code: 'learnedRule', detail: '会社名' }] });

    store.getState().edit(keyOf(form, 'qty'), '21');
    store.getState().setRules([]);
    expect(valueFor(store.getState(), keyOf(form, 'contact'))).toBe('鈴木 一郎');
    expect(store.getState().edits).toEqual({ [keyOf(form, 'qty')]: '21' });
  });

  it('does not apply another template’s rules', async () => {
    const store = await openPanel();
    const form = orderForm();
    store.getState().setForm(form, 1_000);
    store.getState().setRules([{ id: 1, sourceSignature: snapshot(ORDER_A).signature, formSignature: form.signature, targetKey: keyOf(form, 'contact'), targetLabel: 'ご担当者', action: { kind: 'leave' }, createdAt: 1 }]);
    store.getState().setSource(snapshot(INQUIRY), 2_000);
    store.getState().setSource(snapshot(ORDER_B), 3_000);
    expect(valueFor(store.getState(), keyOf(form, 'contact'))).toBe('');
    store.getState().setSource(snapshot(`${ORDER_B}\n備考：午前着`), 4_000);
    expect(valueFor(store.getState(), keyOf(form, 'contact'))).toBe('鈴木 一郎');
  });
});

describe('useReview fills, undo and picking another source field', () => {
  it('merges a one-field fill into the results and keeps the undo values across a reopened panel', async () => {
    const store = await openPanel();
    const form = orderForm();
    store.getState().setSource(snapshot(ORDER_A), 1_000);
    store.getState().setForm(form, 1_000);
    const [company, tel] = [keyOf(form, 'company'), keyOf(form, 'tel')];
    store.getState().setResults([
      { key: company, status: 'filled', before: '旧社名', after: '株式会社ひまわり食品' },
      { key: tel, status: 'rejected', before: '', after: '0663457890' },
    ]);
    store.getState().setResults([{ key: tel, status: 'filled', before: '0663457890', after: '06-6345-7890' }]);
    expect(store.getState().results?.map((r) => [r.key, r.status])).toEqual([[company, 'filled'], [tel, 'filled']]);
    expect(store.getState().undo).toEqual([{ key: company, value: '旧社名' }, { key: tel, value: '' }]);

    await vi.waitFor(async () => expect((await persisted()).state.undo).toHaveLength(2));
    const reopened = await openPanel();
    expect(reopened.getState().undo).toEqual([{ key: company, value: '旧社名' }, { key: tel, value: '' }]);
    reopened.getState().undone();
    expect(reopened.getState()).toMatchObject({ results: undefined, undo: undefined });
  });

  it('forgets the undo values when another message starts a new job', async () => {
    const store = await openPanel();
    const form = orderForm();
    store.getState().setSource(snapshot(ORDER_A), 1_000);
    store.getState().setForm(form, 1_000);
    store.getState().setResults([{ key: keyOf(form, 'qty'), status: 'filled', before: '1', after: '12' }]);
    store.getState().setSource(snapshot(ORDER_B), 2_000);
    expect(store.getState().undo).toBeUndefined();
  });

  it('offers the source fields that fit a target field and takes the one picked in the field’s format', async () => {
    const store = await openPanel();
    document.body.innerHTML = `<form>
      <label>会社名 <input name="company"></label>
      <label>電話 <input name="tel" placeholder="ハイフンなし"></label>
      <label>数量 <input type="number" name="qty"></label></form>`;
    const form = readForm(document);
    const source = snapshot('会社名：株式会社ひまわり食品\n電話番号：06-6345-7890\nFAX：06-6345-7891\n数量：12');
    store.getState().setSource(source, 1_000);
    store.getState().setForm(form, 1_000);
    const tel = form.fields.find((f) => f.name === 'tel')!;
    const choices = sourceChoices(tel, form, source.fields);
    expect(choices.map((c) => c.field.label)).toContain('FAX');
    const fax = choices.find((c) => c.field.label === 'FAX')!;
    expect(fax.value).toBe('0663457891');

    store.getState().pick(tel.key, fax.index);
    expect(valueFor(store.getState(), tel.key)).toBe('0663457891');
    expect(isIncluded(store.getState(), tel.key)).toBe(true);
    // A number field is not offered a company name.
    const qty = form.fields.find((f) => f.name === 'qty')!;
    expect(sourceChoices(qty, form, source.fields).map((c) => c.field.label)).not.toContain('会社名');
  });
});
