// Splits a Japanese address into the parts forms ask for separately (〒, 都道府県, 市区町村, 町域・番地, 建物), each only where the split is certain.
import { splitPrefecture } from '../prefectures';
import { foldWidth } from './names';
import { normalizePostalCode } from './values';

export interface AddressParts {
  /** NNN-NNNN. */
  postalCode?: string;
  prefecture?: string;
  /** 市区町村: "渋谷区", "大阪市北区", "西多摩郡奥多摩町", "四日市市". */
  city?: string;
  /** What follows the parts split off: 町域 and 番地, and the building when it could not be split off for certain. */
  rest?: string;
  building?: string;
}

const DESIGNATED_CITIES = [
  '札幌市', '仙台市', 'さいたま市', '千葉市', '横浜市', '川崎市', '相模原市', '新潟市', '静岡市', '浜松市',
  '名古屋市', '京都市', '大阪市', '堺市', '神戸市', '岡山市', '広島市', '北九州市', '福岡市', '熊本市',
];

const TOKYO_WARDS = [
  '千代田区', '中央区', '港区', '新宿区', '文京区', '台東区', '墨田区', '江東区', '品川区', '目黒区', '大田区', '世田谷区',
  '渋谷区', '中野区', '杉並区', '豊島区', '北区', '荒川区', '板橋区', '練馬区', '足立区', '葛飾区', '江戸川区',
];

// Municipalities and 郡 whose names hold 市, 郡, 町 or 村 before their last character, where the shortest match would
// cut them short. A 市/郡/町/村 as the first character (市川市, 郡山市, 町田市, 村田町) needs no entry.
const INNER_SUFFIX = [
  '四日市市', '廿日市市', '野々市市', '大和郡山市', '蒲郡市', '小郡市', '大町市', '十日町市',
  '東村山市', '武蔵村山市', '羽村市', '大村市', '田村市',
  '余市郡', '高市郡', '西村山郡', '北村山郡', '東村山郡', '田村郡',
  '余市町', '上市町', '大町町', '玉村町',
];

/** One municipal unit at the start of the text: a known name, else the shortest name ending in 市, 区, 郡, 町 or 村. */
function unit(s: string): string | undefined {
  return INNER_SUFFIX.find((name) => s.startsWith(name)) ?? /^[^\s\d-][^\s\d-]{0,6}?[市区郡町村]/.exec(s)?.[0];
}

function matchCity(s: string, prefecture: string | undefined): string | undefined {
  const first = unit(s);
  if (!first) return undefined;
  const after = s.slice(first.length).trimStart();
  if (first.endsWith('郡')) {
    const town = unit(after);
    return town && /[町村]$/.test(town) ? first + town : undefined;
  }
  if (first.endsWith('市')) {
    // Wards of the designated cities; searched for 区 alone because ward names hold 村 (名古屋市中村区).
    const ward = DESIGNATED_CITIES.includes(first) ? /^[^\s\d-]{1,4}?区/.exec(after)?.[0] : undefined;
    return first + (ward ?? '');
  }
  if (first.endsWith('区')) return TOKYO_WARDS.includes(first) && (!prefecture || prefecture === '東京都') ? first : undefined;
  // A bare 町 or 村 is a municipality only straight after the prefecture; without one it may be a 町域 such as 本町.
  return prefecture ? first : undefined;
}

const BUILDING_WORD = /ビル|マンション|ハイツ|タワー|レジデンス|コーポ|アパート|ハウス|メゾン|ヴィラ|パレス|コート|ヒルズ|プラザ|センター|荘|寮|棟|号室|号館|館|階|(?<!\d)\d+F(?![A-Za-z])|Bldg|Building|#\d/gi;

/** [番地, building] where a space follows the 番地 digits and the words after it name a building; else undefined. */
function splitBuilding(s: string): [string, string] | undefined {
  // Where the last building word starts: a space before it leaves one in the tail (found once, so long text stays linear).
  let lastWord = -1;
  for (const m of s.matchAll(BUILDING_WORD)) lastWord = m.index;
  for (const space of s.matchAll(/\s+/g)) {
    const end = space.index + space[0].length;
    if (end > lastWord) break;
    if (/\d(?:番地?|号)?$/.test(s.slice(Math.max(0, space.index - 3), space.index))) return [s.slice(0, space.index), s.slice(end)];
  }
  return undefined;
}

/**
 * An address with full-width letters and digits folded, hyphens between digits made "-" (２－２１－１ → 2-21-1) and one
 * half-width space between words. Other characters stay as written: place names keep their variant ideographs.
 */
export function normalizeStreetAddress(text: string): string {
  return foldWidth(text)
    .replace(/(?<=\d)\s*[-‐‑‒–—―−ー]\s*(?=\d)/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const POSTAL_PREFIX = /^(?:〒\s*(\d{3}-?\d{4})|(\d{3}-\d{4}))(?!\d)\s*/;

/** The parts of an address; a part that cannot be told for certain is left out and stays in `rest`. */
export function splitAddress(text: string): AddressParts {
  let s = normalizeStreetAddress(text);
  const parts: AddressParts = {};
  const postal = POSTAL_PREFIX.exec(s);
  if (postal) {
    parts.postalCode = normalizePostalCode(postal[1] ?? postal[2]!);
    s = s.slice(postal[0].length);
  }
  const { prefecture, rest } = splitPrefecture(s);
  if (prefecture) parts.prefecture = prefecture.name;
  s = rest;
  const city = matchCity(s, prefecture?.name);
  if (city) {
    parts.city = city;
    // The city was matched on the text with its spaces; drop as many non-space characters as it has.
    let taken = 0;
    let i = 0;
    while (taken < city.length && i < s.length) {
      if (!/\s/.test(s[i]!)) taken++;
      i++;
    }
    s = s.slice(i).trim();
  }
  const building = splitBuilding(s);
  if (building) {
    [s, parts.building] = building;
  }
  if (s) parts.rest = s;
  return parts;
}
