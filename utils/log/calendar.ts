// Local calendar days as YYYY-MM-DD: the clerk's working day, not UTC's, written and read one way across the log.
const pad = (n: number) => String(n).padStart(2, '0');

export function formatDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local calendar day of a moment. */
export function dayOf(at: number): string {
  return formatDay(new Date(at));
}

/** Local midnight starting a day, as a Date the caller may move. */
export function parseDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

/** A day moved by a number of days (negative goes back). */
export function addDays(day: string, days: number): string {
  const date = parseDay(day);
  date.setDate(date.getDate() + days);
  return formatDay(date);
}

/** The same day a number of months away, as the calendar has it (31 March less one month is 3 March in a short February). */
export function addMonths(day: string, months: number): string {
  const date = parseDay(day);
  date.setMonth(date.getMonth() + months);
  return formatDay(date);
}

/** The Monday on or before a day. */
export function weekOf(day: string): string {
  const date = parseDay(day);
  date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  return formatDay(date);
}

/** The moments a period of inclusive local days covers: from the first day's midnight up to, not including, the midnight after the last. */
export function atRange(period: { from?: string; to?: string }): [number, number] {
  return [period.from ? parseDay(period.from).getTime() : -Infinity, period.to ? parseDay(addDays(period.to, 1)).getTime() : Infinity];
}
