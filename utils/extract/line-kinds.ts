// Classifies one line of mail or page text: a label/value pair in any of the styles clerks meet, a heading, a ruled line, a quote, or plain text.
import { conceptFromLabel, normalizeLabel } from '../concepts';
import { sectionKindOf } from '../sections';
import { isPartyHeading, isUsSecondary } from './contact-lines';
import { readItemLine } from './item-lines';
import { findLegalForm } from './names';
import { detectKind } from './values';

/** A label and what follows it; `label` is undefined for a value that shows what it is by itself (an e-mail after a "|"). */
export interface InlinePair {
  label?: string;
  value: string;
}

export type LineKind =
  /** `more`: the further pairs written on the same line ("TEL：054-555-0620　FAX：054-555-0621"). */
  | { kind: 'pair'; label: string; value: string; more?: InlinePair[] }
  /** Major headings (framed, 【】) reset the block; minor ones (◎, ■, a plain "お届け先") open a sub-block. */
  | { kind: 'heading'; text: string; major: boolean }
  | { kind: 'rule' }
  | { kind: 'quote' }
  | { kind: 'blank' }
  | { kind: 'text'; text: string };

const DECOR = '・■□◆◇●○◎▼▽▶▷★☆※*＊\\-';
// "label：value" with a full- or half-width colon; the label is short and has no sentence punctuation.
const COLON_RE = new RegExp(`^\\s*[${DECOR}]?\\s*([^:：。、,，]{1,24}?)\\s*[:：]\\s*(.+)$`);
// 【会社名】株式会社… / [会社名] 株式会社…
const BRACKET_RE = /^\s*[【\[［]\s*([^】\]］]{1,20}?)\s*[】\]］]\s*[:：]?\s*(.+)$/;
// "■電話番号 03-…", "TEL 03-…", "小　計　￥4,455", "label<TAB>value": accepted only when the label is vocabulary.
const SPACED_RE = new RegExp(`^\\s*[${DECOR}]?\\s*(\\S{1,12}?(?:[ 　]\\S{1,4})?)(?:\\t+|[ 　]{1,})(.+)$`);
const TAB_RE = /^\s*([^\t]{1,24}?)\t+(.+)$/;
// "締め日          20日締め": a label without spaces, then a gap of two or more spaces or a tab.
const WIDE_RE = new RegExp(`^[${DECOR}]?\\s*([^\\s:：。、,，!?！？]{2,12})(?:\\t+|[ 　]{2,})(\\S.*)$`);
// A line that opens with a mark (■, ・, 【): what follows is the body's own label.
const DECORATED_START = new RegExp(`^[${DECOR}【\\[［]`);
const RULE_CHARS = '-=*_~─━═＝－＊～#+・.';
const RULE_RE = new RegExp(`^([${RULE_CHARS}])\\1{4,}$`);
// The heading text must start right after the run (the lookahead stops the run being re-split), so the match is linear.
const RULED_HEADING_RE = new RegExp(`^([${RULE_CHARS}])\\1{2,}(?!\\1)\\s*([^${RULE_CHARS}\\s].{0,29}?)\\s*\\1{3,}$`);
const DECORATED_HEADING_RE = /^\s*(?:[◎■□◆◇●○▼▽▶▷★☆]\s*(.{1,30}?)|[【\[［＜<《≪『「]\s*(.{1,30}?)\s*[】\]］＞>》≫』」])\s*[:：]?\s*$/;
// Mail headers and the like: they look like pairs but are not what the clerk transcribes.
const HEADER_LABEL = /^(re|fw|fwd|subject|from|to|cc|bcc|date|sent|件名|差出人|宛先|送信日時|送信者|日時)$/i;

function isTimeOrUrl(label: string, value: string): boolean {
  if (/^(https?|mailto|ftp)$/i.test(label.trim()) || /^\/\//.test(value)) return true;
  // "10:30" is a time, not a label; "住所2：1-2-3" and "電話番号2：090-…" are numbered labels.
  return /\d$/.test(label) && /^[0-5]\d(?!\d)/.test(value) && detectKind(value) !== 'tel';
}

/** "北のめぐみ市場（運営" is the start of a sentence cut at its colon, not a label. */
function unbalanced(label: string): boolean {
  const open = (label.match(/[(（「『【]/g) ?? []).length;
  const close = (label.match(/[)）」』】]/g) ?? []).length;
  return open !== close;
}

/**
 * A label/value pair, unless the label is a mail header, a time, a URL scheme or half a sentence. `decorated`: the label
 * is marked (■件名, 【件名】), so even a header word is the body's own field, not the mail's header repeated.
 */
export function asPair(label: string, value: string, decorated = false): Extract<LineKind, { kind: 'pair' }> | undefined {
  const l = label.trim();
  const v = value.trim();
  if (!v || !normalizeLabel(l) || (!decorated && HEADER_LABEL.test(normalizeLabel(l))) || isTimeOrUrl(l, v) || unbalanced(l)) return undefined;
  return { kind: 'pair', label: l, value: v };
}

// Where a second pair may start inside a value: after "／", "|", " / ", a tab, a full-width space or a run of spaces, and
// (for contact labels only) after one space: "054-555-0620　FAX：…", "082-555-0456 ／ FAX 092-…", "(503) 555-0132 | j@…".
// The last alternative takes a whole run of spaces, so no run is scanned twice.
const INLINE_SEPARATOR = /[ \t　]*[／｜|][ \t　]*|[ \t　]+\/[ \t　]+|[ \t　]+/g;
// The label of a further pair: a short word, then a colon or white space, then the value.
const INLINE_LABEL = /^([^\s:：／｜|]{1,12})(?:[ \t　]*[:：][ \t　]*|[ \t　]+)(?=\S)/;
const CONTACT_CONCEPTS = new Set(['tel', 'x-fax', 'email', 'url']);
const EMAIL_OR_WEB = /^(?:[\w.%+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|www\.\S+)[ \t　]*$/i;

/** Whether a further pair starts at `rest`: a vocabulary label (a contact label when only a space or no colon precedes its value). */
function inlinePairAt(rest: string, separator: string): { label?: string; skip: number } | undefined {
  const m = INLINE_LABEL.exec(rest);
  if (m && !/\d/.test(m[1]!)) {
    const match = conceptFromLabel(m[1]!);
    const colon = /[:：]/.test(m[0]);
    if (match?.score === 1 && (CONTACT_CONCEPTS.has(match.concept) || (colon && separator !== ' '))) {
      // Without a colon the value must look like what the label names (FAX 092-…, E-mail a@b.jp), or it is prose.
      const after = rest.slice(m[0].length, m[0].length + 40);
      const shaped = match.concept === 'email' ? /^[^\s@]+@/.test(after) : match.concept === 'url' ? /^\S+\.\S/.test(after) : /^[+＋(（]?[0-9０-９]/.test(after);
      if (colon || shaped) return { label: m[1]!, skip: m[0].length };
    }
  }
  // After "|" or "／" an e-mail or a web address closing the line needs no label.
  if (/[／｜|/]/.test(separator) && EMAIL_OR_WEB.test(rest)) return { skip: 0 };
  return undefined;
}

/**
 * The pairs written on one line: the value of the first ends where a further label begins ("TEL：054-555-0620　FAX：…"),
 * so a phone number never carries the fax number after it. Each value is a piece of the line as written.
 */
export function splitInlinePairs(first: Extract<LineKind, { kind: 'pair' }>): Extract<LineKind, { kind: 'pair' }> {
  const pieces: InlinePair[] = [];
  let current: InlinePair = { label: first.label, value: first.value };
  let from = 0;
  const value = first.value;
  for (const sep of value.matchAll(INLINE_SEPARATOR)) {
    const end = sep.index + sep[0].length;
    if (sep.index <= from || end >= value.length) continue;
    const found = inlinePairAt(value.slice(end), sep[0]);
    if (!found) continue;
    pieces.push({ ...current, value: value.slice(from, sep.index).trim() });
    current = { label: found.label, value: '' };
    from = end + found.skip;
  }
  if (pieces.length === 0) return first;
  pieces.push({ ...current, value: value.slice(from).trim() });
  const [head, ...more] = pieces.filter((p) => p.value);
  return { kind: 'pair', label: first.label, value: head!.value, more };
}

/** "日付     内容          金額": three or more columns apart by wide gaps and no figure is the header of a text table. */
function isColumnHeader(text: string): boolean {
  return !/[0-9０-９]/.test(text) && text.split(/\t+|[ 　]{2,}/).length >= 3;
}

/** A label that is vocabulary on its own, as the looser separators (spaces, tabs) require. */
function isVocabularyLabel(label: string): boolean {
  return conceptFromLabel(label)?.score === 1;
}

/** The pair a line holds in any of the styles, before further pairs on the same line are split off. */
function pairOf(text: string): Extract<LineKind, { kind: 'pair' }> | undefined {
  const bracket = BRACKET_RE.exec(text);
  const fromBracket = bracket && asPair(bracket[1]!, bracket[2]!, true);
  if (fromBracket) return fromBracket;
  const colon = COLON_RE.exec(text);
  const fromColon = colon && asPair(colon[1]!, colon[2]!, DECORATED_START.test(text));
  if (fromColon) return fromColon;
  const tab = TAB_RE.exec(text);
  const fromTab = tab && isVocabularyLabel(tab[1]!) && asPair(tab[1]!, tab[2]!);
  if (fromTab) return fromTab;
  const spaced = SPACED_RE.exec(text);
  const fromSpaced = spaced && isVocabularyLabel(spaced[1]!) && asPair(spaced[1]!, spaced[2]!);
  if (fromSpaced) return fromSpaced;
  const wide = WIDE_RE.exec(text);
  return (wide && isWidePair(wide[1]!, wide[2]!) && asPair(wide[1]!, wide[2]!)) || undefined;
}

/**
 * "社員番号　　　20170342": any short label before a wide gap, unless the label is a number, a date or a company, or the
 * line is a row of a text table (a further gap in the value, or a value that is itself a column heading such as "Amount").
 */
function isWidePair(label: string, value: string): boolean {
  if (!/^\p{L}/u.test(label) || findLegalForm(label) || /\t|[ 　]{2}/.test(value)) return false;
  return !(conceptFromLabel(value)?.score === 1 && !/\s/.test(value));
}

// Patterns below expect a trimmed line: their last group runs to its end, and no white-space run is scanned twice.
export function classifyLine(raw: string): LineKind {
  const text = raw.trim();
  if (!text.trim()) return { kind: 'blank' };
  if (/^\s*(>|＞)/.test(text)) return { kind: 'quote' };
  if (RULE_RE.test(text)) return { kind: 'rule' };
  const ruled = RULED_HEADING_RE.exec(text);
  if (ruled) return { kind: 'heading', text: ruled[2]!.trim(), major: true };

  // "Building C", "Suite 410" under a street are the address's second line, though "building" and "suite" are labels too;
  // "・深煎りブレンド　数量：6" is an item, its colon notwithstanding.
  const pair = isUsSecondary(text) || readItemLine(text, false) || isColumnHeader(text) ? undefined : pairOf(text);
  if (pair) return splitInlinePairs(pair);

  const decorated = DECORATED_HEADING_RE.exec(text);
  if (decorated) return decorated[1] ? { kind: 'heading', text: decorated[1].trim(), major: false } : { kind: 'heading', text: decorated[2]!.trim(), major: true };
  // A short plain line that names a block ("お届け先", "Ship to:", "Please remit payment to:") opens a section too.
  const plain = text.replace(/[:：]$/, '').trim();
  const colonEnded = plain.length < text.length;
  if (!/[。、,.!?]/.test(plain) && (plain.length <= 16 || (colonEnded && plain.length <= 40))) {
    if (sectionKindOf(plain) || (isPartyHeading(plain) && (colonEnded || plain.split(/\s+/).length <= 3))) return { kind: 'heading', text: plain, major: false };
  }
  return { kind: 'text', text: text.trim() };
}

/** Where the quoted earlier message of a reply or forward begins: nothing after it is this message's data. */
export function isReplyBoundary(text: string): boolean {
  const t = text.trim();
  return (
    /^-{2,}\s*(original message|元のメッセージ|forwarded message|転送されたメッセージ|転送メッセージ)\s*-*$/i.test(t) ||
    /^on .{4,120} wrote:$/i.test(t) ||
    /^\d{4}年\d{1,2}月\d{1,2}日.{0,80}(wrote|書きました|:|：)$/.test(t) ||
    /^\d{4}\/\d{1,2}\/\d{1,2}.{0,80}(wrote|書きました):?$/.test(t)
  );
}

/** The conventional signature delimiter "-- " (and the "--" clerks type): the rest is the sender's signature. */
export function isSignatureDelimiter(text: string): boolean {
  return /^--\s*$/.test(text);
}

/** An Outlook-style reply header ("From: …" followed by "Sent:"/"送信日時:" lines) starting at this line. */
export function isReplyHeader(lines: readonly string[], i: number): boolean {
  if (!/^\s*(from|差出人)\s*[:：]/i.test(lines[i] ?? '')) return false;
  const next = lines.slice(i + 1, i + 4).join('\n');
  return /^\s*(sent|date|送信日時|日時|to|宛先)\s*[:：]/im.test(next);
}
