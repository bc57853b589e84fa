// People's names, their kana readings and company names: split only where certain, kana converted to the script a form asks for, legal forms such as (株) read and expanded.
import { collapse } from '../text';

/**
 * Folds full-width ASCII, the ideographic space and half-width katakana to their usual widths. Unlike NFKC it leaves
 * every other character alone, so the variant ideographs of people's and places' names (compatibility ideographs,
 * which NFKC and even NFC replace) are kept as written.
 */
export function foldWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[\uFF61-\uFF9F]+/g, (run) => run.normalize('NFKC'));
}

// Trailing honorifics in mail ("山田 太郎 様"); they are never part of the name a form wants.
const HONORIFIC = /(?:\s*(?:様|殿))+$/;

/** A person's name with its width folded, one half-width space between parts and a trailing 様/殿 removed. */
export function normalizePersonName(name: string): string {
  const folded = collapse(foldWidth(name));
  return folded.replace(HONORIFIC, '').trim() || folded;
}

const NAME_PART = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]+$/u;

/**
 * [family, given] for a Japanese name written with a space between exactly two parts ("山田 太郎", "山田　太郎",
 * "ヤマダ タロウ"). Without a space, or with Latin letters (whose order is uncertain), undefined: a name is never guessed apart.
 */
export function splitJapaneseName(name: string): [string, string] | undefined {
  const parts = normalizePersonName(name).split(' ');
  if (parts.length !== 2) return undefined;
  const [family, given] = parts as [string, string];
  return NAME_PART.test(family) && NAME_PART.test(given) ? [family, given] : undefined;
}

const LATIN_PART = /^\p{Script=Latin}[\p{Script=Latin}'’.-]*$/u;

/**
 * [family, given] of a two-word name in Latin letters as English mail writes it: given name first ("Emily Carter"),
 * unless one word is in capitals, the usual mark of a family name ("YAMADA Taro").
 */
export function splitLatinName(name: string): [string, string] | undefined {
  const parts = normalizePersonName(name).split(' ');
  if (parts.length !== 2 || !parts.every((p) => LATIN_PART.test(p))) return undefined;
  const [first, second] = parts as [string, string];
  const capitals = (p: string) => p.length > 1 && p === p.toUpperCase() && p !== p.toLowerCase();
  if (capitals(first) && !capitals(second)) return [first, second];
  return [second, first];
}

/** [family, given] of a name in Japanese or in Latin letters; undefined when it cannot be split with certainty. */
export function splitPersonName(name: string): [string, string] | undefined {
  return splitJapaneseName(name) ?? splitLatinName(name);
}

export type KanaScript = 'hiragana' | 'katakana' | 'halfwidth-katakana' | 'mixed';

const HIRAGANA = /[\u3041-\u3096\u309D\u309E]/;
const KATAKANA = /[\u30A1-\u30FA\u30FD\u30FE]/;
const HALF_KATAKANA = /[\uFF66-\uFF6F\uFF71-\uFF9D]/;
const KANA_ONLY = /^[\u3041-\u3096\u309D\u309E\u30A1-\u30FE\uFF65-\uFF9F\s]+$/;

/** Which kana a string is written in, or undefined when it is not kana only (spaces, ー and ・ allowed). */
export function kanaScript(text: string): KanaScript | undefined {
  if (!KANA_ONLY.test(text)) return undefined;
  const found: KanaScript[] = [];
  if (HIRAGANA.test(text)) found.push('hiragana');
  if (KATAKANA.test(text)) found.push('katakana');
  if (HALF_KATAKANA.test(text)) found.push('halfwidth-katakana');
  if (found.length === 0) return undefined;
  return found.length === 1 ? found[0] : 'mixed';
}

export function isKana(text: string): boolean {
  return kanaScript(text) !== undefined;
}

function shift(text: string, pattern: RegExp, offset: number): string {
  return text.replace(pattern, (c) => String.fromCharCode(c.charCodeAt(0) + offset));
}

function fullWidthKana(text: string): string {
  return text.replace(/[\uFF61-\uFF9F]+/g, (run) => run.normalize('NFKC'));
}

/** Hiragana and half-width katakana to full-width katakana ("やまだ", "ﾔﾏﾀﾞ" → "ヤマダ"); anything else unchanged. */
export function toKatakana(text: string): string {
  return shift(fullWidthKana(text), /[\u3041-\u3096\u309D\u309E]/g, 0x60);
}

/** Katakana of either width to hiragana ("ヤマダ", "ﾔﾏﾀﾞ" → "やまだ"); ヷ–ヺ, which hiragana lacks, stay katakana. */
export function toHiragana(text: string): string {
  return shift(fullWidthKana(text), /[\u30A1-\u30F6\u30FD\u30FE]/g, -0x60);
}

// Full-width → half-width katakana, derived from Unicode's own half-width mappings so that ガ → ｶﾞ and パ → ﾊﾟ follow.
const HALF_OF = (() => {
  const table = new Map<string, string>([['\u3000', ' '], ['゛', 'ﾞ'], ['゜', 'ﾟ']]);
  for (let code = 0xff61; code <= 0xff9d; code++) {
    const half = String.fromCharCode(code);
    const full = half.normalize('NFKC');
    table.set(full, half);
    for (const [mark, halfMark] of [['\u3099', 'ﾞ'], ['\u309A', 'ﾟ']] as const) {
      const marked = (full + mark).normalize('NFC');
      if (marked.length === 1) table.set(marked, half + halfMark);
    }
  }
  // Half-width katakana has no ヮ ヰ ヱ ヵ ヶ; their nearest letters are what a half-width field can hold.
  for (const [full, half] of [['ヮ', 'ﾜ'], ['ヰ', 'ｲ'], ['ヱ', 'ｴ'], ['ヵ', 'ｶ'], ['ヶ', 'ｹ']] as const) table.set(full, half);
  return table;
})();

/** Kana to half-width katakana, voiced sounds as two characters ("ガ" → "ｶﾞ"); the rest unchanged. */
export function toHalfWidthKatakana(text: string): string {
  return Array.from(toKatakana(text), (c) => HALF_OF.get(c) ?? c).join('');
}

// A long-vowel mark typed as a dash or wave after katakana ("ハ-パ-", "ｽｽﾞｷ-").
const DASH_AFTER_KANA = /(?<=[\u30A1-\u30FA\u30FC])[-‐‑‒–—―−~〜]+/g;

/** A kana reading as full-width katakana with one half-width space between parts ("やまだ　たろう" → "ヤマダ タロウ"). */
export function normalizeKanaName(text: string): string {
  return collapse(toKatakana(foldWidth(text)).replace(DASH_AFTER_KANA, (run) => 'ー'.repeat(run.length)));
}

export interface LegalForm {
  /** The full form: 株式会社, 有限会社, …, or the English form as written (Co., Ltd.). */
  form: string;
  /** Written short: (株), ㈱, (有). */
  abbreviated: boolean;
  /** 前株 (株式会社ひまわり食品) is 'prefix', 後株 (ひまわり食品株式会社) is 'suffix'. */
  position: 'prefix' | 'suffix';
  language: 'ja' | 'en';
}

// Longest first, so 医療法人社団 is found before 医療法人 and 有限責任監査法人 before 監査法人.
const JA_FORMS = [
  '株式会社', '有限会社', '合同会社', '合資会社', '合名会社', '相互会社',
  '一般社団法人', '一般財団法人', '公益社団法人', '公益財団法人', '特定非営利活動法人', 'NPO法人', '社会福祉法人',
  '医療法人社団', '医療法人財団', '医療法人', '学校法人', '宗教法人', '地方独立行政法人', '独立行政法人', '国立大学法人',
  '税理士法人', '弁護士法人', '司法書士法人', '行政書士法人', '社会保険労務士法人', '土地家屋調査士法人', '特許業務法人',
  '有限責任監査法人', '監査法人', '有限責任事業組合', '事業協同組合', '協同組合', '企業組合', '農事組合法人', '社団法人', '財団法人',
].sort((a, b) => b.length - a.length);

// The abbreviations in parentheses as 登記 and 全銀 usage writes them. (農) and (特) are left out: each names more than one form.
const ABBREVIATIONS: Record<string, string> = {
  株: '株式会社', 有: '有限会社', 同: '合同会社', 資: '合資会社', 名: '合名会社', 相: '相互会社',
  一社: '一般社団法人', 一財: '一般財団法人', 公社: '公益社団法人', 公財: '公益財団法人', 特非: '特定非営利活動法人',
  社福: '社会福祉法人', 医: '医療法人', 学: '学校法人', 宗: '宗教法人', 独: '独立行政法人',
  税: '税理士法人', 弁: '弁護士法人', 司: '司法書士法人', 行: '行政書士法人', 監: '監査法人',
  社: '社団法人', 財: '財団法人', 企: '企業組合', 協: '協同組合',
};
const ABBREVIATION = new RegExp(String.raw`[(（]\s*(${Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length).join('|')})\s*[)）]`, 'g');
// One-character forms of the abbreviations: ㈱ ㈲ ㈳ ㈴ ㈶ ㈻ ㈼ ㈽ ㈾ ㈿, and ㍿ for 株式会社.
const ENCLOSED = /[\u3231-\u3234\u3236\u323B-\u323F\u337F]/g;
const EN_FORM = /(?:^|[\s,])(Co\.,?\s*Ltd\.?|Company\s+Limited|Pty\.?\s*Ltd\.?|Inc\.?|Incorporated|Corp\.?|Corporation|L\.?L\.?C\.?|LLP|Ltd\.?|Limited|GmbH|AG|PLC|S\.A\.|K\.K\.)$/i;

function unenclose(name: string): string {
  return name.replace(ENCLOSED, (c) => c.normalize('NFKC'));
}

/** The legal form in a company name, where it stands and whether it is abbreviated; undefined when the name has none. */
export function findLegalForm(name: string): LegalForm | undefined {
  const s = unenclose(foldWidth(name)).trim();
  const hits: Array<LegalForm & { at: number }> = [];
  for (const m of s.matchAll(ABBREVIATION)) {
    hits.push({ form: ABBREVIATIONS[m[1]!]!, abbreviated: true, position: 'suffix', language: 'ja', at: m.index });
  }
  for (const form of JA_FORMS) {
    const at = s.indexOf(form);
    if (at >= 0) hits.push({ form, abbreviated: false, position: 'suffix', language: 'ja', at });
  }
  const en = EN_FORM.exec(s);
  if (en) hits.push({ form: en[1]!, abbreviated: false, position: 'suffix', language: 'en', at: s.length - en[1]!.length });
  if (hits.length === 0) return undefined;
  // The earliest, and at one place the longest (JA_FORMS is sorted longest first and pushed after the abbreviations).
  const { at, ...first } = hits.reduce((best, hit) => (hit.at < best.at ? hit : best));
  return { ...first, position: at === 0 ? 'prefix' : 'suffix' };
}

/** (株)/（株）/㈱ and the other abbreviations spelled out where they stand: "(株)ひまわり食品" → "株式会社ひまわり食品". */
export function expandCompanyAbbreviations(name: string): string {
  return unenclose(name).replace(ABBREVIATION, (_, short: string) => ABBREVIATIONS[short]!);
}

// The salutations that follow a company name in an address line ("ひまわり食品株式会社 御中").
const ORGANIZATION_SALUTATION = /(?:\s*(?:御中|様|殿))+$/;

/** A company name with its width folded, abbreviations spelled out, one space between words and 御中 removed. */
export function normalizeOrganization(name: string): string {
  const expanded = collapse(expandCompanyAbbreviations(foldWidth(name)));
  return expanded.replace(ORGANIZATION_SALUTATION, '').trim() || expanded;
}
