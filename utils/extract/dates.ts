// Reads the dates clerks meet (western, 和暦, English, with weekdays and times) into calendar dates and writes them back in the shapes forms ask for.
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type EraName = '明治' | '大正' | '昭和' | '平成' | '令和';

export interface WarekiDate {
  era: EraName;
  /** 1 for 元年. */
  eraYear: number;
  month: number;
  day: number;
}

interface Era {
  name: EraName;
  letter: string;
  /** First day of the era; 明治 counts from 1873-01-01, when Japan took up the Gregorian calendar (earlier 明治 dates are lunisolar and no arithmetic converts them). */
  start: CalendarDate;
  /** The western year of the era's year 1. */
  firstYear: number;
}

// Newest first, so the first era that has started by a date is the era of that date.
const ERAS: readonly Era[] = [
  { name: '令和', letter: 'R', start: { year: 2019, month: 5, day: 1 }, firstYear: 2019 },
  { name: '平成', letter: 'H', start: { year: 1989, month: 1, day: 8 }, firstYear: 1989 },
  { name: '昭和', letter: 'S', start: { year: 1926, month: 12, day: 25 }, firstYear: 1926 },
  { name: '大正', letter: 'T', start: { year: 1912, month: 7, day: 30 }, firstYear: 1912 },
  { name: '明治', letter: 'M', start: { year: 1873, month: 1, day: 1 }, firstYear: 1868 },
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const JA_WEEKDAYS = '日月火水木金土';
const EN_WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function key(d: CalendarDate): number {
  return d.year * 10000 + d.month * 100 + d.day;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real Gregorian calendar date with a four-digit year. */
export function isValidDate(d: CalendarDate): boolean {
  const { year, month, day } = d;
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1000 || year > 9999 || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

function weekday(d: CalendarDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

// The decorations that may follow a date in a value: a weekday ("(月)", "（月・祝）", "月曜日", "(Mon)") and a time.
const JA_WEEKDAY = String.raw`(?:\(\s*([日月火水木金土])(?:曜日?)?(?:\s*[・･,、]\s*(?:祝|祭|休)日?)?\s*\)|([日月火水木金土])曜日?)`;
const EN_WEEKDAY = String.raw`\(?(sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|urday|s|r|rs)?\.?\)?`;
const TIME = String.raw`(?:(?:T|\s)?\s*(?:(?:午前|午後|AM|PM)\s*)?\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?(?:\s*(?:AM|PM))?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?(?:\s*\(?(?:JST|UTC|GMT)\)?)?|\s*(?:午前|午後)?\s*\d{1,2}時(?:\s*\d{1,2}分(?:\s*\d{1,2}秒)?)?)`;
const TAIL = new RegExp(String.raw`^\s*(?:,?\s*(?:${JA_WEEKDAY}|${EN_WEEKDAY}))?(?:${TIME})?\s*$`, 'i');

const ERA_PREFIX = String.raw`(明治|大正|昭和|平成|令和|[MTSHR])\s*(\d{1,2}|元)`;
const ERA_KANJI = new RegExp(String.raw`^${ERA_PREFIX}\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`, 'i');
const ERA_SEP = new RegExp(String.raw`^${ERA_PREFIX}\s*([-/.])\s*(\d{1,2})\s*\3\s*(\d{1,2})(?!\d)`, 'i');
const YMD_KANJI = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const YMD_SEP = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)/;
const YMD_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_NAME = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const EN_LEAD = String.raw`^(?:${EN_WEEKDAY},?\s*)?`;
const NUMERIC_YEAR_LAST = new RegExp(String.raw`${EN_LEAD}(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\3\s*(\d{4})(?!\d)`, 'i');
const EN_MDY = new RegExp(String.raw`${EN_LEAD}${MONTH_NAME}\s*(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})(?!\d)`, 'i');
const EN_DMY = new RegExp(String.raw`${EN_LEAD}(\d{1,2})(?:st|nd|rd|th)?\s*${MONTH_NAME},?\s*(\d{4})(?!\d)`, 'i');
// Words that make "03/02/2026" read month first.
const ENGLISH_HINT = new RegExp(String.raw`\b${EN_WEEKDAY}\b|\b[AP]M\b`, 'i');

export interface ParseDateOptions {
  /** The text around the value is English, so N/N/YYYY reads month/day/year. */
  english?: boolean;
}

interface Match {
  date: CalendarDate;
  /** What follows the date in the value; only a weekday and a time may. */
  tail: string;
  /** The weekday the value names, 0 = Sunday, when it names one. */
  weekday?: number;
}

function num(s: string | undefined): number {
  return s === '元' ? 1 : Number(s);
}

function fromEra(eraText: string, eraYear: number, month: number, day: number): CalendarDate | undefined {
  const era = ERAS.find((e) => e.name === eraText || e.letter === eraText.toUpperCase());
  if (!era || eraYear < 1) return undefined;
  const date = { year: era.firstYear + eraYear - 1, month, day };
  // A date before its era began (平成元年1月7日) does not exist. One after the era ended is kept: pre-printed forms go on
  // saying 平成 after 2019-05-01 (平成31年5月, 平成32年 are common on real forms) and the arithmetic still names the right day.
  if (!isValidDate(date) || key(date) < key(era.start)) return undefined;
  return date;
}

function matchDate(s: string, english: boolean): Match | undefined {
  let m = ERA_KANJI.exec(s);
  if (m) {
    const date = fromEra(m[1]!, num(m[2]), num(m[3]), num(m[4]));
    return date && { date, tail: s.slice(m[0].length) };
  }
  m = ERA_SEP.exec(s);
  if (m) {
    const date = fromEra(m[1]!, num(m[2]), num(m[4]), num(m[5]));
    return date && { date, tail: s.slice(m[0].length) };
  }
  m = YMD_KANJI.exec(s);
  if (m) return { date: { year: num(m[1]), month: num(m[2]), day: num(m[3]) }, tail: s.slice(m[0].length) };
  m = YMD_SEP.exec(s);
  if (m) return { date: { year: num(m[1]), month: num(m[3]), day: num(m[4]) }, tail: s.slice(m[0].length) };
  m = YMD_COMPACT.exec(s);
  // Eight bare digits are a date only when they look like a modern one; otherwise they are a code or an amount.
  if (m && num(m[1]) >= 1900 && num(m[1]) < 2200) return { date: { year: num(m[1]), month: num(m[2]), day: num(m[3]) }, tail: '' };
  m = EN_MDY.exec(s);
  if (m) return englishMatch(m, monthNumber(m[2]!), m[3]!, m[4]!, s);
  m = EN_DMY.exec(s);
  if (m) return englishMatch(m, monthNumber(m[3]!), m[2]!, m[4]!, s);
  m = NUMERIC_YEAR_LAST.exec(s);
  if (m) {
    const first = num(m[2]);
    const second = num(m[4]);
    // Japanese text never writes day or month first; English writes either. Only a part over 12, equal parts, or
    // English text decide the order; anything else is left unread rather than guessed.
    if (first === second || second > 12 || (english && first <= 12)) return englishMatch(m, first, second, m[5]!, s);
    if (first > 12) return englishMatch(m, second, first, m[5]!, s);
    return undefined;
  }
  return undefined;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** A match whose group 1 is an optional leading English weekday ("Mon, 2 Mar 2026", "Mon 3/2/2026"). */
function englishMatch(m: RegExpExecArray, month: number, day: string | number, year: string, s: string): Match {
  const lead = m[1]?.toLowerCase();
  return {
    date: { year: num(year), month, day: Number(day) },
    tail: s.slice(m[0].length),
    ...(lead ? { weekday: EN_WEEKDAYS.indexOf(lead) } : {}),
  };
}

function tailWeekday(tail: RegExpExecArray): number | undefined {
  const ja = tail[1] ?? tail[2];
  if (ja) return JA_WEEKDAYS.indexOf(ja);
  const en = tail[3]?.toLowerCase();
  return en ? EN_WEEKDAYS.indexOf(en) : undefined;
}

/**
 * The calendar date a value names, or undefined when it names none for certain. The whole value must be the date,
 * optionally followed by a weekday and a time ("2026年3月2日(月)", "2026/03/03 14:05:37"). A weekday that does not fit
 * the date makes the value uncertain: one of the two is a typo and we cannot tell which.
 */
export function parseDate(text: string, options: ParseDateOptions = {}): CalendarDate | undefined {
  const s = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const english = options.english === true || ENGLISH_HINT.test(s);
  const match = matchDate(s, english);
  if (!match || !isValidDate(match.date)) return undefined;
  const tail = TAIL.exec(match.tail);
  if (!tail) return undefined;
  const named = [match.weekday, tailWeekday(tail)].filter((w): w is number => w !== undefined);
  if (named.some((w) => w !== weekday(match.date))) return undefined;
  return match.date;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** "2026-03-02": the shape of `<input type=date>` and of the canonical value. */
export function toIso(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** "2026/03/02", or "2026/3/2" with `{ pad: false }`. */
export function toSlash(d: CalendarDate, options: { pad?: boolean } = {}): string {
  const width = options.pad === false ? 1 : 2;
  return `${d.year}/${pad(d.month, width)}/${pad(d.day, width)}`;
}

/** The 和暦 of a date, or undefined before 1873 (the lunisolar calendar). */
export function toWareki(d: CalendarDate): WarekiDate | undefined {
  if (!isValidDate(d)) return undefined;
  const era = ERAS.find((e) => key(d) >= key(e.start));
  return era && { era: era.name, eraYear: d.year - era.firstYear + 1, month: d.month, day: d.day };
}

/** "令和8年3月2日" (元年 for year 1, as official documents write it) or, with 'letter', "R8.3.2". */
export function formatWareki(w: WarekiDate, style: 'kanji' | 'letter' = 'kanji'): string {
  if (style === 'letter') {
    const letter = ERAS.find((e) => e.name === w.era)!.letter;
    return `${letter}${w.eraYear}.${w.month}.${w.day}`;
  }
  return `${w.era}${w.eraYear === 1 ? '元' : w.eraYear}年${w.month}月${w.day}日`;
}
