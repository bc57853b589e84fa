// Reads the mail files clerks drop onto the panel (.eml in any charset, Outlook .msg) and pasted text into one message shape.
import PostalMime from 'postal-mime';
import MsgReader from '@kenjiuno/msgreader';

export interface Message {
  subject: string;
  from: string;
  /** The first recipient, as the header names them ("Emily Carter <emily.carter@example.com>"). */
  to?: { name: string; address: string };
  /** The plain-text body; empty when the message has only HTML. */
  text: string;
  html: string;
}

export type SourceFileErrorCode = 'empty' | 'tooLarge' | 'unreadable' | 'unsupported';

/** A file that cannot be read, with a code the UI turns into a message in the clerk's language. */
export class SourceFileError extends Error {
  constructor(readonly code: SourceFileErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'SourceFileError';
  }
}

/** Mail bigger than this is not a transcription source but an archive; reading it would freeze the panel. */
export const MAX_SOURCE_BYTES = 25 * 1024 * 1024;

function checkSize(bytes: Uint8Array): void {
  if (bytes.byteLength === 0) throw new SourceFileError('empty');
  if (bytes.byteLength > MAX_SOURCE_BYTES) throw new SourceFileError('tooLarge', String(bytes.byteLength));
}

export async function readEml(bytes: Uint8Array): Promise<Message> {
  checkSize(bytes);
  let mail;
  try {
    mail = await PostalMime.parse(bytes);
  } catch (error) {
    throw new SourceFileError('unreadable', error instanceof Error ? error.message : String(error));
  }
  const text = mail.text ?? '';
  const html = mail.html ?? '';
  if (!text.trim() && !html.trim()) throw new SourceFileError('unreadable', 'no body');
  const to = mail.to?.find((a) => a.address);
  return { subject: mail.subject ?? '', from: mail.from?.address ?? '', to: to && { name: to.name ?? '', address: to.address ?? '' }, text, html };
}

export function readMsg(bytes: Uint8Array): Message {
  checkSize(bytes);
  let data;
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const reader = new MsgReader(buffer);
    // Older (non-Unicode) .msg files hold their text in the sender's ANSI code page: Windows-31J on Japanese Outlook.
    // The label is one TextDecoder knows, since the extension build decodes with TextDecoder.
    reader.parserConfig = { ansiEncoding: 'shift_jis' };
    data = reader.getFileData();
  } catch (error) {
    throw new SourceFileError('unreadable', error instanceof Error ? error.message : String(error));
  }
  if (data.error) throw new SourceFileError('unreadable', data.error);
  const html = data.bodyHtml ?? (data.html ? new TextDecoder().decode(data.html) : '');
  const text = data.body ?? '';
  if (!text.trim() && !html.trim()) throw new SourceFileError('unreadable', 'no body');
  const to = data.recipients?.find((r) => r.recipType === 'to' && (r.smtpAddress || r.email));
  return { subject: data.subject ?? '', from: data.senderEmail ?? '', to: to && { name: to.name ?? '', address: to.smtpAddress || to.email || '' }, text, html };
}

export type SourceFileKind = 'eml' | 'msg' | 'txt' | 'html';

export function kindOfFile(name: string): SourceFileKind | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'eml' || ext === 'msg' || ext === 'txt') return ext;
  if (ext === 'html' || ext === 'htm') return 'html';
  return undefined;
}

/** Decodes a text file: UTF-8 (with or without BOM), else Shift_JIS, as Japanese Windows tools still write it. */
export function decodeText(bytes: Uint8Array): string {
  checkSize(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
}
