// Reads the unlabeled lines of an address block, a letterhead or a signature by their shape: a company, a department, a person, a postal address, a US street or city line, an e-mail.
import type { ConceptId } from '../concepts';
import { splitPrefecture } from '../prefectures';
import { findLegalForm } from './names';
import { detectKind } from './values';

/** A value read from a line by its shape; `value` is a piece of the line as written. */
export interface ShapedField {
  concept: ConceptId;
  /** What the value is, in the language of the line: the source names no label of its own. */
  label: string;
  value: string;
  /** 0..1: a legal form or a 〒 is sure, a bare two-word name much less so. */
  confidence: number;
}

/** A piece of the line with a label of its own ("TEL 03-…" after a department): the caller reads it as a pair. */
export interface LabeledPiece {
  piece: string;
}

type Lang = 'ja' | 'en';

const LABELS: Partial<Record<ConceptId, Record<Lang, string>>> = {
  organization: { ja: '会社名', en: 'Company' },
  'x-department': { ja: '部署', en: 'Department' },
  'organization-title': { ja: '役職', en: 'Title' },
  name: { ja: '氏名', en: 'Name' },
  'postal-code': { ja: '郵便番号', en: 'ZIP code' },
  'street-address': { ja: '住所', en: 'Street address' },
  'address-line1': { ja: '住所1', en: 'Address line 1' },
  'address-line2': { ja: '住所2', en: 'Address line 2' },
  'address-level2': { ja: '市区町村', en: 'City' },
  'address-level1': { ja: '都道府県', en: 'State' },
  email: { ja: 'メール', en: 'E-mail' },
  tel: { ja: '電話番号', en: 'Phone' },
  url: { ja: 'URL', en: 'URL' },
};

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function langOf(text: string): Lang {
  return CJK.test(text) ? 'ja' : 'en';
}

export function shapeLabel(concept: ConceptId, text: string): string {
  return LABELS[concept]?.[langOf(text)] ?? concept;
}

function shaped(concept: ConceptId, value: string, confidence: number, line: string): ShapedField {
  return { concept, label: shapeLabel(concept, line), value, confidence };
}

// ——— phones ———

// North American numbers as US forms write them: (503) 555-0148, 614-555-0110, +1 206 555 0163.
const NANP = /^(?:\+?1[ .-]?)?(?:\(\d{3}\)|\d{3})[ .-]?\d{3}[ .-]\d{4}$/;
// Other international numbers: "+" and a country code, then 6–14 digits in groups.
const INTERNATIONAL = /^\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,5}$/;

/** A phone number in any shape a business mail writes one: Japanese, North American, or international with "+". */
export function looksLikePhone(value: string): boolean {
  const v = value.normalize('NFKC').trim();
  if (v.length > 24) return false;
  return detectKind(v) === 'tel' || NANP.test(v) || INTERNATIONAL.test(v);
}

// The number at the start of a value, then a note about it: "03-5555-1170（直通）", "0138-55-5200（平日9:00〜17:00）", "内線 214".
const PHONE_HEAD = /^([+＋]?[(（]?[0-9０-９][0-9０-９()（）\-－ー‐ .]{5,22}[0-9０-９])(?=\s*(?:[(（]|内線|ext\.?|x\d|$))/i;

/** The phone number a value starts with, without the note after it; undefined when the value does not start with one. */
export function phoneHead(value: string): string | undefined {
  const head = PHONE_HEAD.exec(value.trim())?.[1];
  return head && looksLikePhone(head) ? head : undefined;
}

// ——— people, departments, titles, companies ———

const HONORIFIC = /^(?:様|さま|殿|御中|各位|さん)$/;
// Departments by their last word; bare names of functions written alone ("受付 坂口 由香", "総務 山田").
const DEPARTMENT_JA = /^(?:[^\s]{0,14}(?:部|課|室|局|係|グループ|チーム|センター|本部|事業部|窓口|デスク)|総務|経理|人事|営業|受付|購買|資材|法務|広報|庶務)$/;
const DEPARTMENT_EN =
  /^(?:(?:[A-Z][A-Za-z&]*\s){0,3}(?:Department|Dept\.?|Division|Team|Desk)|Accounts Payable|Accounts Receivable|Purchasing|Procurement|Billing|Finance|Accounting|Receiving|Shipping and Receiving|Remittance Processing|Customer Service|Human Resources)$/;
const TITLE_JA = /^(?:[^\s]{0,8}(?:長|長代理|役|取締役|社長|会長|主任|主査|マネージャー|マネジャー|リーダー|担当|担当者|責任者|代表|理事|監事|顧問|専務|常務)|代表取締役社長|代表取締役)$/;
const TITLE_EN =
  /^(?:(?:[A-Z][A-Za-z&-]*\s){0,3}(?:Manager|Director|Officer|President|Vice President|VP|Head|Lead|Specialist|Coordinator|Assistant|Clerk|Buyer|Engineer|Representative|Executive|Analyst|Administrator|Supervisor|Agent|Owner|Partner|Accountant|Controller)|CEO|CFO|COO|CTO)$/;
// A family name of one to four kanji (or katakana), a given name of one to four kanji or kana.
const FAMILY_JA = /^(?:[\p{Script=Han}々]{1,4}|[\p{Script=Katakana}ー]{2,6})$/u;
const GIVEN_JA = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,5}$/u;
const LATIN_WORD = /^[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?$/;
// Words that start lines but are no part of a name: closings, greetings, headings.
const NOT_A_NAME_EN = /^(?:Best|Kind|Warm|Many|Thanks|Thank|Regards|Sincerely|Cheers|Dear|Hello|Hi|Please|Note|Total|Subtotal|United|States|Line|Items?|Ship|Bill|Remit|Sold|Invoice|Order|Payment|Terms|Customer|Vendor|Supplier|Account|Accounts|Sales|Tax|Due|Date)$/;
// Facilities and branches: a line naming one is an organization even without a legal form ("カフェ・ソレイユ 三軒茶屋店").
const FACILITY_JA = /(?:店|支店|営業所|支社|本社|事業所|事務所|工場|倉庫|物流センター|クリニック|病院|医院|歯科|薬局|園|院|学校|大学|協会|組合|事務局|法人)$/;
const PROSE = /[。、！？!?「」]|です|ます|ください|下さい|お願い|ありがとう|でした|について|のため/;

/** A word that names a unit, a role or a place rather than a person. */
function notPersonal(word: string): boolean {
  return DEPARTMENT_JA.test(word) || TITLE_JA.test(word) || FACILITY_JA.test(word) || HONORIFIC.test(word);
}

/** "工藤 隆之", "石川 亜希子": a Japanese name written in two parts. */
function isJapaneseName(family: string, given: string): boolean {
  return FAMILY_JA.test(family) && GIVEN_JA.test(given) && !notPersonal(family) && !notPersonal(given);
}

/** "Jennifer Alvarez", "Marcus Lee": two or three capitalised Latin words that are not a closing or a heading. */
export function isLatinName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  // Three words only with a middle initial ("Mary K. Chen"): "Reno Distribution Center" is a place.
  if (words.length === 3 ? !/^[A-Z]\.$/.test(words[1]!) : words.length !== 2) return false;
  return words.every((w, i) => (LATIN_WORD.test(w) || (i === 1 && words.length === 3)) && !NOT_A_NAME_EN.test(w));
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return Array.from(text.matchAll(/[^\s　]+/g), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const span = (line: string, from: Token, to: Token) => line.slice(from.start, to.end);

/** A person's name closing a run of tokens ("… 橋本 真央 様", "… 村上様"): the tokens it takes and its value. */
function nameAtEnd(line: string, toks: readonly Token[]): { taken: number; value: string; sure: boolean } | undefined {
  let end = toks.length;
  let honorific = false;
  if (end > 0 && HONORIFIC.test(toks[end - 1]!.text)) {
    end -= 1;
    honorific = true;
  }
  const last = toks[end - 1];
  if (!last) return undefined;
  const glued = /^(.+?)(様|さま|殿)$/u.exec(last.text);
  if (glued && FAMILY_JA.test(glued[1]!) && !notPersonal(glued[1]!)) {
    const before = toks[end - 2];
    if (before && isJapaneseName(before.text, glued[1]!)) return { taken: toks.length - end + 2, value: line.slice(before.start, last.start + glued[1]!.length), sure: true };
    return { taken: toks.length - end + 1, value: glued[1]!, sure: true };
  }
  const first = toks[end - 2];
  if (first && isJapaneseName(first.text, last.text)) return { taken: toks.length - end + 2, value: span(line, first, last), sure: honorific };
  return undefined;
}

/**
 * The fields of a line that names a party: company (by its legal form or a facility word), then departments, a title and
 * a person in any combination ("株式会社こだま電設 購買課", "総務部　工藤 隆之", "代表取締役 大滝 誠", "石川 亜希子").
 */
function partyFields(line: string): ShapedField[] {
  if (PROSE.test(line) || /\d{3,}|@|〒/.test(line) || line.length > 60) return [];
  // A note in parentheses at the end names the person who receives ("（受取担当：村上）"): read apart.
  const note = /^(.*?)\s*[（(]([^（）()]*?)[:：]\s*([^（）()]+?)[)）]$/.exec(line);
  const body = note ? note[1]! : line;
  const out: ShapedField[] = [];
  const toks = tokens(body);
  if (toks.length === 0) return [];
  let i = 0;
  // The company: up to the token holding a legal form (株式会社 alone joins the next token), then the branch after it.
  const formAt = toks.findIndex((t, k) => k < 4 && findLegalForm(t.text)?.language === 'ja');
  if (formAt >= 0) {
    let end = formAt;
    if (/^(?:株式会社|有限会社|合同会社|\(株\)|（株）|㈱)$/.test(toks[end]!.text) && end === 0 && toks[1]) end = 1;
    while (toks[end + 1] && !DEPARTMENT_JA.test(toks[end + 1]!.text) && !TITLE_JA.test(toks[end + 1]!.text) && FACILITY_JA.test(toks[end + 1]!.text)) end++;
    out.push(shaped('organization', span(body, toks[0]!, toks[end]!), 0.85, line));
    i = end + 1;
  } else if (toks.length <= 2 && FACILITY_JA.test(toks[toks.length - 1]!.text) && !DEPARTMENT_JA.test(toks[0]!.text) && CJK.test(body)) {
    return [shaped('organization', body.trim(), 0.6, line)];
  }
  const rest = toks.slice(i);
  const person = nameAtEnd(body, rest);
  const middle = person ? rest.slice(0, rest.length - person.taken) : rest;
  // What stands between the company and the person: departments, then a title; anything else and the line is not a party's.
  let d = 0;
  while (d < middle.length && DEPARTMENT_JA.test(middle[d]!.text) && !TITLE_JA.test(middle[d]!.text)) d++;
  let t = d;
  while (t < middle.length && TITLE_JA.test(middle[t]!.text)) t++;
  // Anything else there ("社会福祉法人つばさ会 つばさ保育園（八島町分園）") leaves the company alone, less surely.
  if (t < middle.length) return out.map((f) => ({ ...f, confidence: 0.75 }));
  if (d > 0) out.push(shaped('x-department', span(body, middle[0]!, middle[d - 1]!), out.length > 0 || person ? 0.8 : 0.7, line));
  if (t > d) out.push(shaped('organization-title', span(body, middle[d]!, middle[t - 1]!), 0.75, line));
  if (person) out.push(shaped('name', person.value, person.sure || out.length > 0 ? 0.75 : 0.6, line));
  const receiver = note && /担当|受取|宛/.test(note[2]!) ? note[3]!.replace(/\s*(?:様|さま|殿)$/, '') : undefined;
  if (receiver && out.length > 0 && (nameAtEnd(receiver, tokens(receiver)) || (FAMILY_JA.test(receiver) && !notPersonal(receiver)))) out.push(shaped('name', receiver, 0.7, line));
  return out;
}

// English company names end with their legal form, or carry it before a dash and a place ("… LLC - Vancouver Warehouse").
const EN_FORM = /(?:^|[\s,])(?:Co\.(?:,?\s*Ltd\.?)?|Company|Pty\.?\s*Ltd\.?|Inc\.?|Incorporated|Corp\.?|Corporation|L\.?L\.?C\.?|LLP|Ltd\.?|Limited|GmbH|PLC|K\.K\.)(?=$|\s[-–—]\s)/;

/** The fields of an English line naming a party: "Cascade Office Supply Co. — Billing Department", "Sales Director | Northgate Packaging Inc.". */
function englishPartyFields(line: string): ShapedField[] {
  if (/[.!?]$/.test(line) && !EN_FORM.test(line)) return [];
  if (/\d{3,}|@/.test(line) || line.length > 80) return [];
  const pieces = line.split(/\s+[|｜·•]\s+|\s+[—–]\s+/);
  if (pieces.length > 3) return [];
  const out: ShapedField[] = [];
  for (const raw of pieces) {
    const piece = raw.trim();
    const form = EN_FORM.exec(piece);
    if (form) {
      // "Purchasing Manager, Brightline Fixtures LLC": a title before a comma is not part of the name.
      const comma = piece.indexOf(', ');
      const title = comma > 0 && TITLE_EN.test(piece.slice(0, comma)) ? piece.slice(0, comma) : undefined;
      if (title) out.push(shaped('organization-title', title, 0.7, line));
      out.push(shaped('organization', title ? piece.slice(comma + 2) : piece, 0.85, line));
    } else if (DEPARTMENT_EN.test(piece)) out.push(shaped('x-department', piece, 0.75, line));
    else if (TITLE_EN.test(piece)) out.push(shaped('organization-title', piece, 0.7, line));
    else if (isLatinName(piece)) out.push(shaped('name', piece, 0.6, line));
    else if (pieces.length === 1 || !out.some((f) => f.concept === 'organization')) return [];
  }
  return out;
}

// ——— addresses ———

const POSTAL = /^〒?\s*([0-9０-９]{3}[-－ー‐][0-9０-９]{4})(?![0-9０-９])\s*/;

/** "〒730-0031 広島県…3階", "千葉県千葉市中央区富士見2-9-28": postal code and address, each a field. */
function japaneseAddressFields(line: string, afterPostal: boolean): ShapedField[] {
  const postal = POSTAL.exec(line);
  if (postal && (line.startsWith('〒') || postal[0].length < line.length)) {
    const out = [shaped('postal-code', postal[1]!, line.startsWith('〒') ? 0.9 : 0.8, line)];
    const rest = line.slice(postal[0].length).trim();
    if (rest && /[0-9０-９]/.test(rest) && CJK.test(rest) && !PROSE.test(rest)) out.push(...addressAndAddressee(rest, 0.85, line));
    return out;
  }
  const { prefecture } = splitPrefecture(line);
  if ((prefecture || afterPostal) && /[0-9０-９]/.test(line) && CJK.test(line) && !PROSE.test(line) && line.length <= 80) return addressAndAddressee(line, prefecture ? 0.85 : 0.7, line);
  return [];
}

/**
 * An address, and the place or person it is addressed to when one follows the last 番地 word ("群馬県高崎市八島町58-3
 * つばさ保育園 八島町分園"). A building ("ことのはビル", "ノースコート301") stays part of the address.
 */
function addressAndAddressee(text: string, confidence: number, line: string): ShapedField[] {
  const toks = tokens(text);
  let last = -1;
  toks.forEach((t, i) => {
    if (/[0-9０-９]/.test(t.text)) last = i;
  });
  const tail = last >= 0 && last < toks.length - 1 ? text.slice(toks[last + 1]!.start) : '';
  const addressee = tail && !isAddressContinuation(tail) ? partyFields(tail) : [];
  if (addressee.length === 0 || !addressee.every((f) => f.concept === 'organization' || f.concept === 'name' || f.concept === 'x-department')) return [shaped('street-address', text, confidence, line)];
  return [shaped('street-address', text.slice(0, toks[last]!.end), confidence, line), ...addressee.map((f) => ({ ...f, confidence: Math.min(f.confidence, 0.7) }))];
}

const STREET_TYPE = 'St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Ct|Court|Pl|Place|Hwy|Highway|Ter|Terrace|Cir|Circle|Sq|Square|Trl|Trail|Pike|Loop|Plaza|Broadway';
const SECONDARY = String.raw`(?:Suite|Ste\.?|Apt\.?|Apartment|Unit|Bldg\.?|Building|Floor|Fl\.?|Room|Rm\.?|Dock|#)\s*[A-Za-z0-9-]{1,8}`;
// "2200 SW Morrison St, Suite 410", "8800 NE 117th Ave", "PO Box 3341"; the words between number and street type are bounded.
const US_STREET = new RegExp(String.raw`^(\d{1,6}[A-Za-z]?(?: [A-Za-z0-9.'-]{1,20}){1,5} (?:${STREET_TYPE})\.?(?: [NSEW]{1,2})?|(?:P\.?\s?O\.?\s?Box|Post Office Box) \d{1,8})(?:,? (${SECONDARY}))?$`, 'i');
const US_SECONDARY = new RegExp(String.raw`^${SECONDARY}$`, 'i');
// "Portland, OR 97205", "Columbus, OH 43219-1234".
const US_CITY = /^([A-Z][A-Za-z.' -]{1,30}), ([A-Z]{2}) (\d{5}(?:-\d{4})?)$/;

/** The fields of a US street line: the street (as street-address and address-line1) and the suite (address-line2). */
function usStreetFields(line: string): ShapedField[] | undefined {
  const m = US_STREET.exec(line);
  if (!m) return undefined;
  const out = [shaped('street-address', line, 0.8, line), shaped('address-line1', m[1]!, 0.8, line)];
  if (m[2]) out.push(shaped('address-line2', m[2], 0.8, line));
  return out;
}

function usCityFields(line: string): ShapedField[] | undefined {
  const m = US_CITY.exec(line);
  if (!m) return undefined;
  return [shaped('address-level2', m[1]!, 0.85, line), shaped('address-level1', m[2]!, 0.85, line), shaped('postal-code', m[3]!, 0.85, line)];
}

/**
 * The lines of an address written under one label ("Remit-to address: 1450 Industrial Pkwy / Building C / Columbus, OH
 * 43219"), when they end in a US city line: street lines and the city, state and ZIP as fields; undefined otherwise.
 */
export function usAddressFields(lines: readonly string[]): ShapedField[] | undefined {
  const city = lines.length >= 2 ? usCityFields(lines[lines.length - 1]!.trim()) : undefined;
  if (!city) return undefined;
  const street = lines.slice(0, -1).map((l) => l.trim());
  const first = usStreetFields(street[0]!) ?? [shaped('address-line1', street[0]!, 0.7, street[0]!)];
  const out = first.filter((f) => f.concept !== 'street-address');
  if (street.length === 2 && !out.some((f) => f.concept === 'address-line2')) out.push(shaped('address-line2', street[1]!, 0.75, street[1]!));
  if (street.length > 2) return undefined;
  return [shaped('street-address', street.join('\n'), 0.8, street[0]!), ...out, ...city];
}

/** "Suite 410", "Building C": the second line of a US street address. */
export function isUsSecondary(text: string): boolean {
  return US_SECONDARY.test(text.trim());
}

// Headings of blocks that name a party by its address: 発注元, 納入場所, Bill To, Ship To, Remit to, Ship from, Vendor.
const PARTY_HEADING = /remit|ship\s*from|ship\s*to|bill\s*to|sold\s*to|vendor|supplier|payee|発注元|発注者|仕入先|請求元|発行元|送り主|差出人|依頼主|注文者|申込者|納入場所|納品場所|届け先|送付先|連絡先|所在地/i;

/** Whether a heading opens a block whose lines are a party's name and address. */
export function isPartyHeading(text: string): boolean {
  return PARTY_HEADING.test(text);
}

// ——— the line as a whole ———

// A piece that starts with a contact label and a number or address: "TEL 03-5555-7720（平日9:00～17:00）".
const LABELED_PIECE = /^(?:TEL|Tel|電話|FAX|Fax|携帯|E-?mail|e-?mail|メール|Mail|URL)[\s:：.]*\S/;

/** Where the pieces of a contact line part: wide gaps, "|", "／", " / ". */
const PIECE_SEPARATOR = /[ \t　]*[|｜／][ \t　]*|[ \t]+\/[ \t]+|[\t　][ \t　]*| {2,}/;

export interface LineContext {
  /** The line before was a postal code alone, or an address: a line of digits and place names continues it. */
  afterPostal?: boolean;
}

/**
 * The fields an unlabeled line of a contact block holds, by its shape; [] for a line that has none (prose, a greeting,
 * a remark). Pieces with a label of their own (TEL 03-…) are left to the caller, which reads them as pairs.
 */
export function contactLineFields(text: string, context: LineContext = {}): Array<ShapedField | LabeledPiece> {
  const line = text.trim();
  if (!line || line.length > 120) return [];
  if (/^[\w.%+-]+@[\w-]+(?:\.[\w-]+)+$/.test(line)) return [shaped('email', line, 0.85, line)];
  const us = usStreetFields(line) ?? usCityFields(line);
  if (us) return us;
  if (US_SECONDARY.test(line)) return [];
  const address = japaneseAddressFields(line, context.afterPostal ?? false);
  if (address.length > 0) return address;
  if (!CJK.test(line)) return englishPartyFields(line);
  // "株式会社ことのは製本　〒650-0021 兵庫県…": a company and its address on one line, apart by a wide gap.
  const pieces = line.split(PIECE_SEPARATOR).filter(Boolean);
  if (pieces.length > 1 && pieces.length <= 4) {
    const out: Array<ShapedField | LabeledPiece> = [];
    for (const piece of pieces) {
      const found = japaneseAddressFields(piece, false);
      if (found.length > 0) out.push(...found);
      else if (LABELED_PIECE.test(piece)) out.push({ piece });
      else out.push(...partyFields(piece));
    }
    const whole = partyFields(line);
    return whole.length >= out.filter((f) => 'concept' in f).length ? whole : out;
  }
  return partyFields(line);
}

/** "サンライズビル1F", "Building C": a line that carries on the address above it. */
export function isAddressContinuation(text: string): boolean {
  const line = text.trim();
  if (!line || line.length > 40 || PROSE.test(line) || /[:：@]/.test(line) || findLegalForm(line)) return false;
  return US_SECONDARY.test(line) || /(?:ビル|マンション|ハイツ|タワー|レジデンス|コーポ|アパート|ハウス|メゾン|ヴィラ|パレス|コート|ヒルズ|プラザ|荘|号室|号館|[0-9０-９]+(?:階|F|Ｆ))/.test(line);
}

/** A line that closes a mail's text before the signature. */
export function isClosing(text: string): boolean {
  const t = text.trim();
  return (
    t.length <= 40 &&
    (/^(?:(?:best|kind|warm|many)\s+)?(?:regards|thanks|wishes)[,.!]?$|^(?:sincerely|cheers|best|respectfully|thank you|thanks)(?: [a-z ]{0,30})?[,.!]?$|^(?:yours (?:truly|sincerely))[,.]?$/i.test(t) ||
      /よろしくお願い(?:いた|致|申し上げ)?(?:します|いたします|致します|申し上げます)[。！!]?$|^以上(?:です|となります)?[。、]?$/.test(t))
  );
}
