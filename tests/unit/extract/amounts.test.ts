// Protects amount reading: yen and foreign amounts as invoices and order mails write them, tax notes, and the values that only look like numbers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amountDigits, parseAmount } from '@/utils/extract/amounts';

describe('parseAmount', () => {
  it.each([
    ['¥16,892', 16892],
    ['￥16,892', 16892],
    ['16,892円', 16892],
    ['１６，８９２円', 16892],
    ['金16,892円', 16892],
    ['金 16,892 円也', 16892],
    ['金16,892-', 16892],
    ['¥16,892-', 16892],
    ['¥16,892.-', 16892],
    ['\\16,892', 16892],
    ['16,892 円', 16892],
    ['JPY 16,892', 16892],
    ['16,892.00円', 16892],
    ['¥0', 0],
    ['1万6,892円', 16892],
    ['25万円', 250000],
    ['1.5万円', 15000],
    ['1億2,000万円', 120000000],
    ['3千円', 3000],
  ])('%s → %d yen', (text, value) => {
    expect(parseAmount(text)).toMatchObject({ value, currency: 'JPY', marked: true });
  });

  it('reads a bare number as yen but says nothing marked it as money', () => {
    expect(parseAmount('16892')).toEqual({ value: 16892, currency: 'JPY', marked: false });
    expect(parseAmount('16,892')).toEqual({ value: 16892, currency: 'JPY', marked: false });
    expect(parseAmount('１６８９２')).toEqual({ value: 16892, currency: 'JPY', marked: false });
  });

  it.each([
    ['¥16,892-（税込）', true],
    ['16,892円(税込)', true],
    ['16,892円（税込み）', true],
    ['16,892円 税込', true],
    ['税込 16,892円', true],
    ['税込：16,892円', true],
    ['16,892円（内税）', true],
    ['$1,234.50 (tax incl.)', true],
    ['15,357円(税抜)', false],
    ['15,357円（税別）', false],
    ['15,357円+税', false],
    ['税抜 15,357円', false],
    ['15,357円（外税）', false],
    ['USD 1,234.50 excl. tax', false],
  ])('%s: taxIncluded %s', (text, taxIncluded) => {
    expect(parseAmount(text)?.taxIncluded).toBe(taxIncluded);
  });

  it('leaves taxIncluded out when the value says nothing about tax', () => {
    expect(parseAmount('16,892円')).not.toHaveProperty('taxIncluded');
  });

  it.each([
    ['USD 1,234.50', 1234.5, 'USD'],
    ['$1,234.50', 1234.5, 'USD'],
    ['US$1,234.50', 1234.5, 'USD'],
    ['1,234.50 USD', 1234.5, 'USD'],
    ['1,234.50ドル', 1234.5, 'USD'],
    ['€980.00', 980, 'EUR'],
    ['EUR 980', 980, 'EUR'],
    ['£75.20', 75.2, 'GBP'],
    ['CNY 5,000', 5000, 'CNY'],
    ['usd 12.5', 12.5, 'USD'],
  ])('%s → %d %s', (text, value, currency) => {
    expect(parseAmount(text)).toMatchObject({ value, currency, marked: true });
  });

  it('reads negative amounts (値引き, ▲ and △ of Japanese accounts)', () => {
    expect(parseAmount('-1,000円')?.value).toBe(-1000);
    expect(parseAmount('▲1,000')?.value).toBe(-1000);
    expect(parseAmount('△500円')?.value).toBe(-500);
    expect(parseAmount('¥-500')?.value).toBe(-500);
    expect(parseAmount('-¥500')?.value).toBe(-500);
  });

  it.each([
    ['03-1234-5678', 'a phone number'],
    ['0312345678', 'a phone number without hyphens'],
    ['090-1234-5678', 'a mobile number'],
    ['150-0002', 'a postal code'],
    ['〒150-0002', 'a postal code'],
    ['2026/03/02', 'a date'],
    ['2026-03-02', 'a date'],
    ['2026.03.02', 'a date'],
    ['2026年3月2日', 'a date'],
    ['14:05', 'a time'],
    ['1,2345', 'misplaced separators'],
    ['12,34', 'misplaced separators'],
    ['0123', 'a code with a leading zero'],
    ['ORD-2024-00815', 'an order number'],
    ['ABC 100', 'a word that is no currency'],
    ['¥100ドル', 'two currencies'],
    ['--100', 'two signs'],
    ['円', 'no number'],
    ['¥', 'no number'],
    ['', 'nothing'],
    ['16,892円 送料別途', 'more text after the amount'],
    ['10%', 'a rate'],
    ['12個', 'a quantity'],
    ['金壱万円也', 'kanji numerals, not read'],
    ['1234567890123456円', 'more digits than a number holds exactly'],
  ])('rejects %j (%s)', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });
});

describe('amountDigits', () => {
  it('writes the value as a number field takes it', () => {
    expect(amountDigits(parseAmount('¥16,892-（税込）')!)).toBe('16892');
    expect(amountDigits(parseAmount('▲1,000')!)).toBe('-1000');
    expect(amountDigits(parseAmount('$1,234.50')!)).toBe('1234.5');
    expect(amountDigits(parseAmount('25万円')!)).toBe('250000');
  });
});

describe('properties', () => {
  const withCommas = (n: number) => n.toLocaleString('en-US');
  const toFullWidth = (s: string) => s.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

  it('reads back every written form of a yen amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        const forms = [`¥${withCommas(n)}`, `${withCommas(n)}円`, `金${withCommas(n)}円`, `¥${withCommas(n)}-（税込）`, toFullWidth(`${withCommas(n)}円`), String(n)];
        for (const form of forms) expect(parseAmount(form)?.value, form).toBe(n);
        expect(parseAmount(amountDigits(parseAmount(forms[0]!)!))?.value).toBe(n);
      }),
    );
  });

  it('reads back dollar amounts with cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), (dollars, cents) => {
        const value = Number(`${dollars}.${String(cents).padStart(2, '0')}`);
        const written = `$${withCommas(dollars)}.${String(cents).padStart(2, '0')}`;
        expect(parseAmount(written)).toMatchObject({ value, currency: 'USD' });
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    const amountish = fc.array(fc.constantFrom('¥', '￥', '円', '金', ',', '.', '-', '1', '0', '9', '万', '億', '千', '(税込)', '税抜', 'USD', '$', ' ', '▲', '也'), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(amountish, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        const a = parseAmount(text);
        if (a) expect(Number.isFinite(a.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
