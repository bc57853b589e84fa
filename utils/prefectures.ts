// The 47 prefectures with their JIS codes, so addresses can be split and prefecture selects matched by code or name.
export const PREFECTURES = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県',
  '埼玉県', '千葉県', '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県',
  '岐阜県', '静岡県', '愛知県', '三重県', '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県',
  '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県', '香川県', '愛媛県', '高知県', '福岡県',
  '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県',
] as const;

export interface Prefecture {
  name: string;
  /** JIS X 0401 code, 1–47. */
  code: number;
}

/** The prefecture an address starts with, and the rest of the address. */
export function splitPrefecture(address: string): { prefecture?: Prefecture; rest: string } {
  const trimmed = address.trim();
  const index = PREFECTURES.findIndex((name) => trimmed.startsWith(name));
  if (index < 0) return { rest: trimmed };
  const name = PREFECTURES[index]!;
  return { prefecture: { name, code: index + 1 }, rest: trimmed.slice(name.length).trim() };
}

/** Finds a prefecture by its name, its name without 都/府/県, or its code (1, "01", "13"). */
export function findPrefecture(text: string): Prefecture | undefined {
  const t = text.trim();
  if (/^\d{1,2}$/.test(t)) {
    const code = Number(t);
    return code >= 1 && code <= 47 ? { name: PREFECTURES[code - 1]!, code } : undefined;
  }
  const index = PREFECTURES.findIndex((name) => name === t || (t.length >= 2 && name.replace(/[都府県]$/, '') === t));
  return index < 0 ? undefined : { name: PREFECTURES[index]!, code: index + 1 };
}
