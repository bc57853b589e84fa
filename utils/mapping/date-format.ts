// Writes a date the way a target field asks for it: type=date, the format its note or example shows, 和暦, or one piece per select.
import type { DatePart, TargetField } from '../form/read-form';
import { formatWareki, isValidDate, parseDate, toIso, toSlash, toWareki, type CalendarDate } from '../extract/dates';
import { toHalfWidth, withoutNote } from '../extract/values';
import { fieldNotes } from './transforms';

/** The calendar date of a normalised ("2026-03-02") value. */
export function isoDate(normalized: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(normalized);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

/** A date for one text or date input, in the format its type, note or example asks for; ISO when it says nothing. */
export function formatDateFor(field: TargetField, date: CalendarDate): string {
  if (field.type === 'date') return toIso(date);
  if (field.type === 'month') return toIso(date).slice(0, 7);
  const text = fieldNotes(field);
  const wareki = toWareki(date);
  if (wareki && /[RHS]\s?\d{1,2}[./]\d{1,2}[./]\d{1,2}/.test(text)) return formatWareki(wareki, 'letter');
  if (wareki && /和暦|令和|平成|昭和|元号/.test(text)) return formatWareki(wareki);
  if (/YYYY年|\d{4}年\d{1,2}月/i.test(text)) return `${date.year}年${date.month}月${date.day}日`;
  if (/YYYYMMDD|(?<!\d)\d{8}(?!\d)/i.test(text)) return toIso(date).replace(/-/g, '');
  const slash = /YYYY\/MM?\/DD?|\d{4}\/\d{1,2}\/\d{1,2}/i.exec(text)?.[0];
  if (slash) return toSlash(date, { pad: /MM|\/\d{2}\//i.test(slash) });
  return toIso(date);
}

/**
 * The pieces of a date for a split field, one per control in order; undefined when the date cannot be written in
 * them (a 和暦 year before 明治). A year control beside an 元号 control, or one listing only small numbers, takes the
 * 和暦 year.
 */
export function datePieces(fields: readonly TargetField[], date: CalendarDate): string[] | undefined {
  const hasEra = fields.some((f) => f.datePart === 'era');
  const wareki = toWareki(date);
  const out: string[] = [];
  for (const f of fields) {
    const piece = pieceFor(f.datePart, date, hasEra || yearIsWareki(f), wareki);
    if (piece === undefined) return undefined;
    out.push(piece);
  }
  return out;
}

/** A year select whose options stand for 和暦 years: only small numbers, in their values or their texts (令和8年 over 2026 is western). */
function yearIsWareki(field: TargetField): boolean {
  if (field.datePart !== 'year' || !field.options?.length) return false;
  const numbers = (texts: string[]) => texts.map((t) => Number(/\d+/.exec(t)?.[0] ?? NaN)).filter((n) => !Number.isNaN(n));
  const values = numbers(field.options.map((o) => o.value));
  const texts = numbers(field.options.map((o) => o.text));
  if ([...values, ...texts].some((n) => n >= 1800)) return false;
  const years = values.length > 0 ? values : texts;
  return years.length > 0 && Math.max(...years) < 100;
}

function pieceFor(part: DatePart | undefined, date: CalendarDate, wareki: boolean, w: ReturnType<typeof toWareki>): string | undefined {
  switch (part) {
    case 'era':
      return w?.era;
    case 'year':
      if (!wareki) return String(date.year);
      return w ? String(w.eraYear) : undefined;
    case 'month':
      return String(date.month);
    case 'day':
      return String(date.day);
    default:
      return undefined;
  }
}

// What mail writes after a date it asks for: 3月19日まで, 4/10必着, 3月11日(水)までにお願いします。
const UNTIL = /\s*(まで(に|には)?|迄|必着|着|頃|ごろ|予定|希望)([ぁ-ん。、！!]*)$/;
const JA_WEEKDAYS = '日月火水木金土';
const MONTH_DAY_WEEKDAY = /^(\d{1,2})\s*[月/]\s*(\d{1,2})\s*日?\s*[(（]\s*([日月火水木金土])\s*(?:曜日?)?\s*[)）]/;

/**
 * The date a source value names, read with what the mapper knows that the extractor did not: a label in English makes
 * 03/02/2026 month first; a note or a まで after the date goes; a month and day with their weekday (3月11日(水)) name the
 * year nearest `now` on which that day falls on that weekday.
 */
export function sourceDate(source: { value: string; normalized: string; label: string }, now = new Date()): CalendarDate | undefined {
  const iso = isoDate(source.normalized);
  if (iso) return iso;
  const english = /^[\x20-\x7e]+$/.test(source.label);
  const text = toHalfWidth(source.value).trim();
  for (const candidate of [text, withoutNote(text), text.replace(UNTIL, ''), withoutNote(text.replace(UNTIL, ''))]) {
    const date = parseDate(candidate, { english });
    if (date) return date;
  }
  const m = MONTH_DAY_WEEKDAY.exec(text);
  if (!m) return undefined;
  const [month, day, weekday] = [Number(m[1]), Number(m[2]), JA_WEEKDAYS.indexOf(m[3]!)];
  const years = [0, -1, 1, -2, 2].map((d) => now.getFullYear() + d);
  const fits = years.map((year) => ({ year, month, day })).filter((d) => isValidDate(d) && new Date(Date.UTC(d.year, month - 1, day)).getUTCDay() === weekday);
  return fits[0];
}
