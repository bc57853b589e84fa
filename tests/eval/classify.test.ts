// Protects `npm run eval -- --classify`: one line per fillable control with the label and concept the reader found, and the comparison with Chromium's expectations.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  asChromiumLoadsIt,
  classifyHtml,
  compareWithChromium,
  comparisonSummary,
  comparisonTotals,
  conceptOfChromiumType,
  parseChromiumOut,
  perTypeLines,
} from './classify';

const dir = path.resolve('tests/fixtures/forms');
const page = readFileSync(path.join(dir, 'classify-sample.html'));
const out = readFileSync(path.join(dir, 'classify-sample.out'), 'utf8');

describe('classifyHtml', () => {
  it('lists each fillable control with its selector, name, id, label and concept, leaving out hidden and disabled ones', () => {
    expect(classifyHtml(page)).toEqual([
      { selector: '#sei', name: 'last_name', id: 'sei', label: '姓', concept: 'family-name' },
      { selector: 'input[name="first_name"]', name: 'first_name', id: '', label: '名', concept: 'given-name' },
      { selector: 'input[name="zip"]', name: 'zip', id: '', label: '郵便番号', concept: 'postal-code' },
      { selector: 'select[name="pref"]', name: 'pref', id: '', label: '都道府県', concept: 'address-level1' },
      { selector: '#contact', name: '', id: 'contact', label: '連絡先', concept: 'email' },
      { selector: 'input[name="tel"]', name: 'tel', id: '', label: '電話番号', concept: 'tel' },
      { selector: 'textarea[name="memo"]', name: 'memo', id: '', label: '備考', concept: null },
    ]);
  });
});

describe('comparison with Chromium’s heuristics expectations', () => {
  it('reads .out lines, keeping a label that holds the separator whole', () => {
    const fields = parseChromiumOut(out);
    expect(fields).toHaveLength(8);
    expect(fields[7]).toEqual({ type: 'CREDIT_CARD_NUMBER', name: 'coupon', label: 'Coupon | Guests | Rooms' });
  });

  it('maps Chromium types onto the vocabulary only where the meaning is the same', () => {
    expect(conceptOfChromiumType('ADDRESS_HOME_ZIP')).toBe('postal-code');
    expect(conceptOfChromiumType('HTML_TYPE_EMAIL')).toBe('email');
    expect(conceptOfChromiumType('PHONE_HOME_CITY_CODE')).toBe('tel');
    expect(conceptOfChromiumType('CREDIT_CARD_EXP_MONTH')).toBeUndefined();
    expect(conceptOfChromiumType('UNKNOWN_TYPE')).toBeUndefined();
  });

  it('pairs controls by name or id and counts agreement per type and overall', () => {
    const verdicts = compareWithChromium(parseChromiumOut(out), classifyHtml(asChromiumLoadsIt(page.toString('utf8'))));
    expect(verdicts.map((v) => [v.type, v.read, v.ours])).toEqual([
      ['NAME_LAST', true, 'family-name'],
      ['NAME_FIRST', true, 'given-name'],
      ['ADDRESS_HOME_ZIP', true, 'postal-code'],
      ['ADDRESS_HOME_STATE', true, 'address-level1'],
      ['HTML_TYPE_EMAIL', true, 'email'],
      ['PHONE_HOME_WHOLE_NUMBER', true, 'tel'],
      ['UNKNOWN_TYPE', true, null],
      ['CREDIT_CARD_NUMBER', false, null],
    ]);
    const totals = comparisonTotals(1, verdicts);
    expect(totals).toEqual({ pages: 1, fields: 8, read: 7, typed: 7, typedAgree: 6, other: 1, otherAgree: 1, beyond: 0 });
    expect(comparisonSummary(totals)).toBe(
      'classify: pages=1 fields=8 read=7 typed=7 typed_agree=6 other=1 other_agree=1 beyond=0 typed_agreement=0.857 agreement=0.875',
    );
    expect(perTypeLines(verdicts)).toContain('CREDIT_CARD_NUMBER → cc-number: 0/1 (0.000)  instead: (not read)×1');
  });

  it('sets aside a concept Chromium has no type for on a field it leaves unknown', () => {
    const verdicts = compareWithChromium(
      [{ type: 'UNKNOWN_TYPE', name: 'order_no', label: '注文番号' }],
      [{ selector: '#o', name: 'order_no', id: 'o', label: '注文番号', concept: 'x-order-number' }],
    );
    expect(comparisonTotals(1, verdicts)).toMatchObject({ fields: 1, other: 0, beyond: 1 });
  });
});
