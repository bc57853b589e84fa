// The dashboard's sentences built from data: a redesign candidate's one-line reason, an import's outcome, minutes and shares.
import type { MessageKey } from '@/utils/i18n';
import type { Candidate } from '@/utils/log/candidates';
import type { ImportResult } from '@/utils/log/transfer';
import { clerkLabel, LogImportError } from '@/utils/log/transfer';
import { problemText } from '@/utils/log/problem';

/** `t` of utils/i18n, passed in so these stay pure. */
export type Say = (key: MessageKey, substitutions?: string[]) => string;

/** Whole numbers with the locale's grouping (1,234). */
export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/** Minutes as a person reads them: "約 45 分" under an hour and a half, hours with one decimal above. */
export function formatMinutes(minutes: number, locale: string, say: Say): string {
  if (minutes < 90) return say('dashMinutes', [new Intl.NumberFormat(locale, { maximumFractionDigits: minutes < 10 ? 1 : 0 }).format(minutes)]);
  return say('dashHours', [new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(minutes / 60)]);
}

/** A share as a whole percentage, "—" when there is nothing to share. */
export function formatShare(share: number | undefined, locale: string): string {
  return share === undefined ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The candidate's reason in one line of the page's language, naming the flow or field, the clerk, and the numbers behind it. */
export function candidateLine(c: Candidate, say: Say, locale: string, names: Readonly<Record<string, string>> = {}): string {
  const n = (v: number) => formatCount(v, locale);
  const form = c.formTitle || c.formSignature;
  const source = c.sourceName || say('dashSourceUnknown');
  const field = c.fieldLabel || c.fieldKey || '';
  const r = c.reason;
  switch (r.code) {
    case 'integrate':
      return say('dashReasonIntegrate', [source, form, n(r.manual), n(r.jobs), r.fields.join(say('dashListSeparator'))]);
    case 'retyped':
      return say('dashReasonRetyped', [form, field, source, n(r.manual), n(r.pasted)]);
    case 'corrected':
      return say('dashReasonCorrected', [form, field, n(r.corrected), n(r.proposed)]);
    case 'skipped':
      return say('dashReasonSkipped', [form, field, n(r.skipped), n(r.total)]);
    case 'onePerson':
      return say('dashReasonOnePerson', [source, form, n(r.jobs), clerkLabel(r.clerk, names, say('clerkSelf'))]);
  }
}

/** What an import of one file did, in one line starting with the file's name; the clerk by the name the file gives, if any. */
export function importResultLine(file: string, r: ImportResult, say: Say, locale: string, clerkName?: string): string {
  const n = (v: number) => formatCount(v, locale);
  const who = clerkName ? `${clerkName} (${r.clerk})` : r.clerk;
  // An own export adds nothing, unless it brings back colleagues' rows purged here since: then say what it added.
  if (r.own && r.jobs + r.entries + r.updated === 0) return say('dashImportOwn', [file]);
  if (r.jobs + r.entries + r.updated === 0 && r.alreadyPresent > 0) return say('dashImportAlready', [file, who, n(r.alreadyPresent)]);
  const line = r.alreadyPresent === 0 ? say('dashImportAddedFresh', [file, who, n(r.jobs), n(r.entries)]) : say('dashImportAdded', [file, who, n(r.jobs), n(r.entries), n(r.alreadyPresent)]);
  return r.updated > 0 ? `${line}${say('dashImportUpdated', [n(r.updated)])}` : line;
}

const REFUSAL: Record<LogImportError['code'], MessageKey> = {
  tooLarge: 'dashImportTooLarge',
  notJson: 'dashImportNotJson',
  notLog: 'dashImportNotLog',
  newerVersion: 'dashImportNewerVersion',
  badJob: 'dashImportBadJob',
  badEntry: 'dashImportBadEntry',
};

/** Why a file was refused: a LogImportError in the clerk's words with row and field, any other error with its own name and message. */
export function importErrorLine(file: string, error: unknown, say: Say): string {
  if (error instanceof LogImportError) return say(REFUSAL[error.code], [file, String(error.row ?? ''), error.detail ?? '']);
  return say('dashImportFailed', [file, problemText(error)]);
}
