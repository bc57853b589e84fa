// Protects date reading: western, 和暦 and English dates in the shapes invoices, order mails and HR forms use, era boundaries, and the formats written back.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatWareki, isValidDate, parseDate, toIso, toSlash, toWareki, type CalendarDate } from '@/utils/extract/dates';

const iso = (text: string, options?: { english?: boolean }) => {
  const d = parseDate(text, options);
  return d && toIso(d);
};

describe('parseDate: Japanese and ISO shapes', () => {
  it.each([
    ['2026年3月2日', '2026-03-02'],
    ['2026年03月02日', '2026-03-02'],
    ['2026 年 3 月 2 日', '2026-03-02'],
    ['2026/3/2', '2026-03-02'],
    ['2026/03/02', '2026-03-02'],
    ['2026-03-02', '2026-03-02'],
    ['2026.3.2', '2026-03-02'],
    ['２０２６年３月２日', '2026-03-02'],
    ['２０２６／０３／０２', '2026-03-02'],
    ['20260302', '2026-03-02'],
    [' 2026/3/2 ', '2026-03-02'],
  ])('%s → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ['R8.3.2', '2026-03-02'],
    ['R8/3/2', '2026-03-02'],
    ['R08.03.02', '2026-03-02'],
    ['r8.3.2', '2026-03-02'],
    ['Ｒ８．３．２', '2026-03-02'],
    ['令和8年3月2日', '2026-03-02'],
    ['令和８年３月２日', '2026-03-02'],
    ['令和8.3.2', '2026-03-02'],
    ['R8年3月2日', '2026-03-02'],
    ['令和元年5月1日', '2019-05-01'],
    ['令和1年5月1日', '2019-05-01'],
    ['H31.4.30', '2019-04-30'],
    ['平成31年4月30日', '2019-04-30'],
    ['平成元年1月8日', '1989-01-08'],
    ['S64.1.7', '1989-01-07'],
    ['昭和64年1月7日', '1989-01-07'],
    ['昭和元年12月25日', '1926-12-25'],
    ['昭和45年10月1日', '1970-10-01'],
    ['T15.12.24', '1926-12-24'],
    ['大正15年12月24日', '1926-12-24'],
    ['大正元年7月30日', '1912-07-30'],
    ['明治45年7月29日', '1912-07-29'],
    ['㍻元年1月8日', '1989-01-08'],
  ])('和暦 %s → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ['令和元年4月30日', 'the day before 令和 began'],
    ['R1.4.30', 'the day before 令和 began'],
    ['平成元年1月7日', 'still 昭和64年'],
    ['昭和元年12月24日', 'still 大正15年'],
    ['大正元年7月29日', 'still 明治45年'],
    ['明治5年12月2日', 'the lunisolar calendar, before 1873'],
    ['令和0年1月1日', 'there is no year 0'],
  ])('rejects %s (%s)', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it('accepts an era year past the era\'s end, as pre-printed forms write it (平成32年 = 2020)', () => {
    // 平成32年 never officially existed, but forms printed before the change of era kept "平成" and clerks fill in
    // 32; the arithmetic names the day the writer meant, so refusing it would only lose the value.
    expect(iso('平成32年1月15日')).toBe('2020-01-15');
    expect(iso('H31.5.1')).toBe('2019-05-01');
    expect(iso('昭和64年1月8日')).toBe('1989-01-08');
  });

  it('reads the date of a value that carries a weekday', () => {
    expect(iso('2026年3月2日(月)')).toBe('2026-03-02');
    expect(iso('2026年3月2日（月）')).toBe('2026-03-02');
    expect(iso('2026年3月2日 (月)')).toBe('2026-03-02');
    expect(iso('2026年3月2日（月曜日）')).toBe('2026-03-02');
    expect(iso('2026年3月2日 月曜日')).toBe('2026-03-02');
    expect(iso('2026年4月29日（水・祝）')).toBe('2026-04-29');
    expect(iso('令和8年3月2日(月)')).toBe('2026-03-02');
    expect(iso('2026/3/2 (Mon)')).toBe('2026-03-02');
  });

  it('refuses a weekday that does not fit the date: one of the two is a typo', () => {
    expect(parseDate('2026年3月2日(火)')).toBeUndefined();
    expect(parseDate('Tue, 2 Mar 2026')).toBeUndefined();
  });

  it('reads the date of a timestamp', () => {
    expect(iso('2026/03/03 14:05:37')).toBe('2026-03-03');
    expect(iso('2026/03/03 14:05')).toBe('2026-03-03');
    expect(iso('2026-03-03T14:05:37+09:00')).toBe('2026-03-03');
    expect(iso('2026-03-03T05:05:37Z')).toBe('2026-03-03');
    expect(iso('2026年3月3日(火) 14:05')).toBe('2026-03-03');
    expect(iso('2026年3月3日 14時05分')).toBe('2026-03-03');
    expect(iso('2026年3月3日 午後2時')).toBe('2026-03-03');
    expect(iso('2026/3/3 14:05 JST')).toBe('2026-03-03');
  });

  it.each([
    '3月2日',
    '2026年3月',
    '2026/3',
    '26/3/2',
    '2026/2/29',
    '2026/13/1',
    '2026/4/31',
    '2026-03/02',
    '2026年3月2日までにお振込みください',
    '2026/3/2〜2026/3/5',
    '12345678',
    '0999/1/1',
    '03-1234-5678',
    '150-0002',
    'ORD-2026-0302',
    '',
  ])('rejects %j', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it('knows leap years', () => {
    expect(iso('2024/2/29')).toBe('2024-02-29');
    expect(iso('2000/2/29')).toBe('2000-02-29');
    expect(parseDate('2100/2/29')).toBeUndefined();
    expect(iso('令和6年2月29日')).toBe('2024-02-29');
  });
});

describe('parseDate: English shapes', () => {
  it.each([
    ['March 2, 2026', '2026-03-02'],
    ['Mar 2, 2026', '2026-03-02'],
    ['Mar. 2, 2026', '2026-03-02'],
    ['march 2nd, 2026', '2026-03-02'],
    ['2 March 2026', '2026-03-02'],
    ['2 Mar 2026', '2026-03-02'],
    ['Monday, March 2, 2026', '2026-03-02'],
    ['Mon, 2 Mar 2026 14:05:37 +0900', '2026-03-02'],
    ['September 30, 2026', '2026-09-30'],
    ['Sept 30, 2026', '2026-09-30'],
  ])('%s → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('leaves N/N/YYYY unread when both parts could be the month', () => {
    expect(parseDate('03/02/2026')).toBeUndefined();
    expect(parseDate('3/2/2026')).toBeUndefined();
  });

  it('reads N/N/YYYY month first when the text is English', () => {
    expect(iso('03/02/2026', { english: true })).toBe('2026-03-02');
    expect(iso('03/02/2026 2:05 PM')).toBe('2026-03-02');
    expect(iso('Mon 03/02/2026')).toBe('2026-03-02');
  });

  it('reads N/N/YYYY when one part can only be the day', () => {
    expect(iso('03/13/2026')).toBe('2026-03-13');
    expect(iso('13/03/2026')).toBe('2026-03-13');
    // 13 can only be the day, so the US reading (December 13) is certain: 12/13/2026 is a valid US date.
    expect(iso('12/13/2026')).toBe('2026-12-13');
    expect(iso('12/13/2026', { english: true })).toBe('2026-12-13');
    expect(iso('13/03/2026', { english: true })).toBe('2026-03-13');
    expect(iso('03/03/2026')).toBe('2026-03-03');
  });

  it.each(['13/13/2026', '02/30/2026', '00/12/2026', 'Smarch 2, 2026', 'March 32, 2026', 'Feb 29, 2026'])('rejects %j', (text) => {
    expect(parseDate(text, { english: true })).toBeUndefined();
  });
});

describe('formatting', () => {
  const d: CalendarDate = { year: 2026, month: 3, day: 2 };

  it('writes ISO and slash forms', () => {
    expect(toIso(d)).toBe('2026-03-02');
    expect(toSlash(d)).toBe('2026/03/02');
    expect(toSlash(d, { pad: false })).toBe('2026/3/2');
    expect(toSlash({ year: 2026, month: 12, day: 25 }, { pad: false })).toBe('2026/12/25');
  });

  it('writes 和暦 in kanji and letter forms, 元年 for year 1', () => {
    expect(toWareki(d)).toEqual({ era: '令和', eraYear: 8, month: 3, day: 2 });
    expect(formatWareki(toWareki(d)!)).toBe('令和8年3月2日');
    expect(formatWareki(toWareki(d)!, 'letter')).toBe('R8.3.2');
    expect(formatWareki(toWareki({ year: 2019, month: 5, day: 1 })!)).toBe('令和元年5月1日');
    expect(formatWareki(toWareki({ year: 2019, month: 5, day: 1 })!, 'letter')).toBe('R1.5.1');
  });

  it.each([
    [{ year: 2019, month: 4, day: 30 }, '平成31年4月30日'],
    [{ year: 2019, month: 5, day: 1 }, '令和元年5月1日'],
    [{ year: 1989, month: 1, day: 7 }, '昭和64年1月7日'],
    [{ year: 1989, month: 1, day: 8 }, '平成元年1月8日'],
    [{ year: 1926, month: 12, day: 24 }, '大正15年12月24日'],
    [{ year: 1926, month: 12, day: 25 }, '昭和元年12月25日'],
    [{ year: 1912, month: 7, day: 29 }, '明治45年7月29日'],
    [{ year: 1912, month: 7, day: 30 }, '大正元年7月30日'],
    [{ year: 1985, month: 11, day: 23 }, '昭和60年11月23日'],
  ])('era boundary %o → %s', (date, text) => {
    expect(formatWareki(toWareki(date)!)).toBe(text);
  });

  it('has no 和暦 before 1873 or for an invalid date', () => {
    expect(toWareki({ year: 1872, month: 12, day: 31 })).toBeUndefined();
    expect(toWareki({ year: 2026, month: 2, day: 30 })).toBeUndefined();
  });

  it('validates calendar dates', () => {
    expect(isValidDate({ year: 2026, month: 3, day: 2 })).toBe(true);
    expect(isValidDate({ year: 2026, month: 2, day: 29 })).toBe(false);
    expect(isValidDate({ year: 2026, month: 0, day: 1 })).toBe(false);
    expect(isValidDate({ year: 2026, month: 1.5, day: 1 })).toBe(false);
  });
});

describe('properties', () => {
  const validDate = fc
    .date({ min: new Date('1926-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d): CalendarDate => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));
  const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  it('never throws on arbitrary text, and whatever it returns is a valid date', () => {
    const datey = fc.array(fc.constantFrom('2026', '令和', '元', '年', '月', '日', '/', '-', '.', '(月)', ' ', '3', '12', '31', 'R', 'H', 'Mar', ',', ':', '14', 'PM'), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(datey, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), fc.boolean(), (text, english) => {
        const d = parseDate(text, { english });
        if (d) expect(isValidDate(d)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips every written form of a date 1926–2100', () => {
    fc.assert(
      fc.property(validDate, (d) => {
        const forms = [
          toIso(d),
          toSlash(d),
          toSlash(d, { pad: false }),
          `${d.year}年${d.month}月${d.day}日`,
          `${MONTH_NAMES[d.month - 1]} ${d.day}, ${d.year}`,
          `${d.day} ${MONTH_NAMES[d.month - 1]!.slice(0, 3)} ${d.year}`,
          `${d.month}/${d.day}/${d.year}`,
        ];
        for (const form of forms) expect(parseDate(form, { english: true }), form).toEqual(d);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips 和暦 in both forms', () => {
    fc.assert(
      fc.property(validDate, (d) => {
        const w = toWareki(d)!;
        expect(parseDate(formatWareki(w))).toEqual(d);
        expect(parseDate(formatWareki(w, 'letter'))).toEqual(d);
        expect(toWareki(parseDate(formatWareki(w))!)).toEqual(w);
      }),
      { numRuns: 1000 },
    );
  });
});
