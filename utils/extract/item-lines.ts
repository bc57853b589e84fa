// Reads a line item written as free text ("1. LEDベースライト 40形　20台", "・コピー用紙 A4 10箱", "1) MT-LAN-24　ハブ　2台　@38,000") into its code, name, quantity, unit and unit price.

/** The parts of an item line, each a piece of the line as written. */
export interface ItemLine {
  code?: string;
  name: string;
  /** The quantity as written ("8,000枚", "× 1", "一式"); `count` is its number. */
  quantity: string;
  count: string;
  unit?: string;
  unitPrice?: string;
}

// Counters written after a quantity, Japanese and English.
const COUNTER = '台|個|式|枚|箱|本|点|冊|組|脚|部|袋|缶|巻|足|着|客|双|丁|セット|ケース|パック|ダース|ロール|カートン|pcs?|pieces?|units?|ea|each|cases?|boxes|box|sets?|rolls?|packs?|cartons?|pairs?|dozen';
// A bullet or a number opening the line: ・, -, *, 1., 1), (1), ①, No.1.
const MARKER = /^(?:[・･\-*•●○◦▪]|[0-9０-９]{1,3}[.)．）](?![0-9０-９])|[(（][0-9０-９]{1,3}[)）]|[①-⑳]|No\.\s?\d{1,3})[\s　]*/;
// The quantity closing the name: "数量：6", "Qty 400", "× 1", "20台", "8,000枚", "40 cases"; then nothing but prices.
// Groups: 1 the label or "×" before it, 2 the quantity as written, 3 its number, 4 its counter.
const QUANTITY = new RegExp(
  String.raw`(?:^|[\s　])((?:数量|個数|qty|quantity)[\s　]*[:：]?[\s　]*|[×xX＊*][\s　]*)?(([0-9０-９][0-9０-９,，]*)(?:[\s　]?(${COUNTER}))?)(?![A-Za-z0-9０-９])`,
  'giu',
);
// "一式" glued to the name or after it: one set.
const ONE_SET = /(一式)$/;
// What may follow the quantity: a unit price with "@" or 単価, then the line's amount.
const PRICES = /^[\s　]*(?:(?:@|＠|単価[:：]?)[\s　]*([$¥￥]?[\s]?[0-9０-９][0-9０-９,，.]*(?:円)?))?[\s　]*(?:=?[\s　]*[$¥￥]?[\s]?[0-9０-９][0-9０-９,，.]*(?:円)?)?[\s　]*$/;
// A code opening the name: letters and digits with - _ / . and at least one digit ("MT-LAN-24", "KZ-2040", "HP-7730").
const CODE = /^([A-Z0-9][A-Z0-9\-_/.]{3,29})[\s　]+(?=\S)/;
const PROSE = /[。！？!?]|です|ます|ください|お願い/;

function digits(text: string): string {
  return text.normalize('NFKC').replace(/,/g, '');
}

/**
 * The item a line describes, or undefined. `listed`: the line sits in a block of items (under 明細, 品目, Items), where a
 * line needs no bullet; elsewhere only a bulleted or numbered line with a quantity is read as an item.
 */
export function readItemLine(text: string, listed: boolean): ItemLine | undefined {
  const line = text.trim();
  if (line.length > 160 || PROSE.test(line)) return undefined;
  const marker = MARKER.exec(line);
  if (!marker && !listed) return undefined;
  const body = marker ? line.slice(marker[0].length) : line;
  let found: { at: number; quantity: string; count: string; unit?: string; unitPrice?: string } | undefined;
  for (const m of body.matchAll(QUANTITY)) {
    // A bare number is a quantity only after 数量 or ×; else it needs its counter ("20台"), or it is a size or a code.
    if (!m[1] && !m[4]) continue;
    const tail = PRICES.exec(body.slice(m.index + m[0].length));
    if (!tail) continue;
    found = { at: m.index, quantity: m[2]!, count: digits(m[3]!), unit: m[4], unitPrice: tail[1]?.trim() };
    break;
  }
  let name: string;
  if (found) name = body.slice(0, found.at).replace(/[\s　,、]+$/, '').trim();
  else {
    const set = ONE_SET.exec(body);
    if (!set) return undefined;
    name = body.slice(0, set.index).trim();
    found = { at: set.index, quantity: set[1]!, count: '1', unit: '式' };
  }
  // A name is words, not a label ("数量：") nor a number.
  if (!name || /[:：]/.test(name) || !/\p{L}/u.test(name)) return undefined;
  const code = CODE.exec(name);
  const item: ItemLine = { name, quantity: found.quantity, count: found.count };
  if (code && /\d/.test(code[1]!) && (/[A-Z-]/.test(code[1]!) || code[1]!.length >= 8)) {
    item.code = code[1]!;
    item.name = name.slice(code[0].length).trim();
  }
  if (found.unit) item.unit = found.unit;
  if (found.unitPrice) item.unitPrice = found.unitPrice;
  return item;
}
