// Turns a mail or text file the clerk dropped, or mail text they pasted, into the source the panel reads from.
import { extractFromMessage, extractFromText } from './extract';
import { decodeText, kindOfFile, MAX_SOURCE_BYTES, readEml, readMsg, SourceFileError } from './extract/message-file';
import { snapshotOfFields, type SourceSnapshot } from './source';

/** What is needed of a dropped or chosen File (a plain object in unit tests). */
export type SourceFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

/**
 * The source read from a .eml, .msg or .txt file; an HTML-only mail is parsed by `parseHtml` (DOMParser in the panel).
 * Throws SourceFileError when the file cannot be read.
 */
export async function snapshotOfFile(file: SourceFile, parseHtml: (html: string) => Document): Promise<SourceSnapshot> {
  const kind = kindOfFile(file.name);
  if (kind !== 'eml' && kind !== 'msg' && kind !== 'txt') throw new SourceFileError('unsupported', file.name);
  // Checked before reading too: a mailbox export of gigabytes would otherwise be loaded whole only to be refused.
  if (file.size > MAX_SOURCE_BYTES) throw new SourceFileError('tooLarge', String(file.size));
  const bytes = new Uint8Array(await file.arrayBuffer());
  const from = { kind: 'file', fileName: file.name } as const;
  if (kind === 'txt') return snapshotOfFields(file.name, extractFromText(decodeText(bytes)), from);
  const message = kind === 'eml' ? await readEml(bytes) : readMsg(bytes);
  return snapshotOfFields(message.subject.trim() || file.name, extractFromMessage(message, parseHtml), from);
}

export function snapshotOfText(text: string): SourceSnapshot {
  return snapshotOfFields('', extractFromText(text), { kind: 'text' });
}
