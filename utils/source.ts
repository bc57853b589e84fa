// The source the clerk is transcribing from, as plain data: built from a page, a file or pasted text.
import type { ExtractedField } from './extract/types';
import type { PageAnalysis } from './messaging';
import { fnv1a } from './hash';

/** Where the source came from: a page in a tab, a mail or text file the clerk dropped, or text the clerk pasted. */
export type SourceKind = 'page' | 'file' | 'text';

export interface SourceSnapshot {
  kind: SourceKind;
  tabId?: number;
  /** The page's address; empty for a file or pasted text, whose path the panel never learns and which no tab shows. */
  url: string;
  /** The page title, or the mail subject (the file name when it has none); empty for pasted text. */
  title: string;
  fileName?: string;
  fields: ExtractedField[];
  /** Identifies the template (the set of labels), not the message: two orders from one form share it. */
  signature: string;
  at: number;
}

/** A page with data and no form of its own to fill is a source; a page with a form is a target. */
export function isSourcePage(page: PageAnalysis): boolean {
  return page.fields.length > 0 && page.form.fields.length < 2;
}

export function sourceSignature(fields: readonly ExtractedField[]): string {
  return fnv1a(fields.map((f) => f.label).join('\n'));
}

/**
 * The source template in words that carry no personal value, for the log: where it came from (the site's host, or the
 * kind of file) and its first labels. Never the title: a mail subject often names a person.
 */
export function templateName(source: Pick<SourceSnapshot, 'kind' | 'url' | 'fileName' | 'fields'>): string {
  let where = '';
  if (source.kind === 'page') {
    try {
      where = new URL(source.url).host;
    } catch {
      where = '';
    }
  } else if (source.kind === 'file') where = /\.([a-z0-9]{1,5})$/i.exec(source.fileName ?? '')?.[1]?.toLowerCase() ?? 'file';
  else where = 'text';
  const labels = [...new Set(source.fields.map((f) => f.label).filter(Boolean))].slice(0, 3);
  return `${where}: ${labels.join('・')}`;
}

export function snapshotOf(page: PageAnalysis, tabId?: number, now = Date.now()): SourceSnapshot {
  return { kind: 'page', tabId, url: page.url, title: page.title, fields: page.fields, signature: sourceSignature(page.fields), at: now };
}

/** A source that is not a page: a dropped file (named) or pasted text. */
export function snapshotOfFields(
  title: string,
  fields: ExtractedField[],
  from: { kind: 'file'; fileName: string } | { kind: 'text' },
  now = Date.now(),
): SourceSnapshot {
  return { ...from, url: '', title, fields, signature: sourceSignature(fields), at: now };
}
