// Protects writing a date in a target's own format: type=date, the format its note or example shows, 和暦, and one piece per select.
import { describe, expect, it } from 'vitest';
import type { TargetField } from '@/utils/form/read-form';
import { datePieces, formatDateFor, isoDate, sourceDate } from '@/utils/mapping/date-format';

function target(partial: Partial<TargetField>): TargetField {
  return { key: '#f', tag: 'input', type: 'text', name: 'f', label: '', hint: '', conceptScore: 1, required: false, value: '', ...partial };
}

const options = (texts: string[]) => texts.map((t, i) => ({ value: String(i + 1), text: t }));
const march2 = { year: 2026, month: 3, day: 2 };

describe('isoDate', () => {
  it('reads the normalised form and nothing else', () => {
    expect(isoDate('2026-03-02')).toEqual(march2);
    expect(isoDate('指定なし')).toBeUndefined();
    expect(isoDate('2026/03/02')).toBeUndefined();
  });
});

describe('formatDateFor', () => {
  it('writes ISO into type=date and year-month into type=month', () => {
    expect(formatDateFor(target({ type: 'date' }), march2)).toBe('2026-03-02');
    expect(formatDateFor(target({ type: 'month' }), march2)).toBe('2026-03');
  });

  it('follows a YYYY/MM/DD note or an example in the placeholder, padded or not as shown', () => {
    expect(formatDateFor(target({ hint: 'YYYY/MM/DD' }), march2)).toBe('2026/03/02');
    expect(formatDateFor(target({ placeholder: '例：2024/1/5' }), march2)).toBe('2026/3/2');
    expect(formatDateFor(target({ placeholder: '２０２４／０１／０５' }), march2)).toBe('2026/03/02');
  });

  it('writes 年月日, eight digits, or 和暦 when the field asks for them', () => {
    expect(formatDateFor(target({ placeholder: 'YYYY年MM月DD日' }), march2)).toBe('2026年3月2日');
    expect(formatDateFor(target({ hint: '例: 20240105' }), march2)).toBe('20260302');
    expect(formatDateFor(target({ hint: '和暦で入力' }), march2)).toBe('令和8年3月2日');
    expect(formatDateFor(target({ placeholder: '例：R6.1.5' }), march2)).toBe('R8.3.2');
  });

  it('writes ISO when the field says nothing', () => {
    expect(formatDateFor(target({}), march2)).toBe('2026-03-02');
  });
});

describe('datePieces', () => {
  const year = target({ tag: 'select', datePart: 'year', options: options(['2025', '2026', '2027']) });
  const month = target({ tag: 'select', datePart: 'month' });
  const day = target({ tag: 'select', datePart: 'day' });

  it('gives year, month and day for western selects, unpadded (the option matcher pads)', () => {
    expect(datePieces([year, month, day], march2)).toEqual(['2026', '3', '2']);
  });

  it('gives 元号 and the 和暦 year when an era select is there', () => {
    const era = target({ tag: 'select', datePart: 'era', options: options(['昭和', '平成', '令和']) });
    const warekiYear = target({ tag: 'select', datePart: 'year', options: options(Array.from({ length: 64 }, (_, i) => String(i + 1))) });
    expect(datePieces([era, warekiYear, month, day], { year: 1989, month: 1, day: 8 })).toEqual(['平成', '1', '1', '8']);
    expect(datePieces([era, warekiYear, month, day], { year: 1989, month: 1, day: 7 })).toEqual(['昭和', '64', '1', '7']);
  });

  it('reads a year select listing only small numbers as a 和暦 year', () => {
    const warekiYear = target({ tag: 'select', datePart: 'year', options: options(['1', '2', '元', '8']) });
    expect(datePieces([warekiYear, month, day], march2)).toEqual(['8', '3', '2']);
  });

  it('refuses a piece it cannot name', () => {
    expect(datePieces([target({}), month, day], march2)).toBeUndefined();
  });
});

describe('sourceDate', () => {
  const now = new Date('2026-11-24T00:00:00Z');
  const read = (value: string, label = '納期') => sourceDate({ value, normalized: value, label }, now);

  it('reads month first in an English label, and drops a note or a まで after the date', () => {
    expect(read('03/02/2026', 'Invoice Date')).toEqual(march2);
    expect(read('04/01/2026 (Net 30)', 'Due Date')).toEqual({ year: 2026, month: 4, day: 1 });
    expect(read('2026年3月19日まで')).toEqual({ year: 2026, month: 3, day: 19 });
    expect(read('2026年4月10日（金）必着')).toEqual({ year: 2026, month: 4, day: 10 });
  });

  it('finds the year of a month and day from their weekday, nearest to now', () => {
    expect(read('3月11日(水)までにお願いします。')).toEqual({ year: 2026, month: 3, day: 11 });
    expect(read('3月18日（水）')).toEqual({ year: 2026, month: 3, day: 18 });
  });

  it('reads no date where none is certain', () => {
    expect(read('3月11日までに')).toBeUndefined();
    expect(read('03/02/2026')).toBeUndefined();
    expect(read('指定なし')).toBeUndefined();
    expect(read('ご発注後 約3週間')).toBeUndefined();
  });
});

describe('year selects written the 和暦 way', () => {
  it('choose the western year when the options show 令和8年 but hold 2026', () => {
    const year = target({ tag: 'select', datePart: 'year', options: [{ value: '2025', text: '令和7年' }, { value: '2026', text: '令和8年' }] });
    const month = target({ tag: 'select', datePart: 'month' });
    const day = target({ tag: 'select', datePart: 'day' });
    expect(datePieces([year, month, day], march2)).toEqual(['2026', '3', '2']);
  });
});
