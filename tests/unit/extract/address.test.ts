// Protects address splitting: 〒, 都道府県, 市区町村 (wards, 郡, and the names that hold 市/町/村 inside), 番地 and building, each split only where certain.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeStreetAddress, splitAddress } from '@/utils/extract/address';

describe('splitAddress', () => {
  it('splits a full address from a 住所変更届', () => {
    expect(splitAddress('〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 34階')).toEqual({
      postalCode: '150-0002',
      prefecture: '東京都',
      city: '渋谷区',
      rest: '渋谷2-21-1',
      building: '渋谷ヒカリエ 34階',
    });
  });

  it('reads full-width digits and hyphens in the 番地 as half-width', () => {
    expect(splitAddress('〒５３０－０００１　大阪府大阪市北区梅田３－１－３')).toEqual({
      postalCode: '530-0001',
      prefecture: '大阪府',
      city: '大阪市北区',
      rest: '梅田3-1-3',
    });
    expect(splitAddress('東京都港区芝公園４ー２ー８').rest).toBe('芝公園4-2-8');
    expect(splitAddress('東京都港区芝公園4‐2―8').rest).toBe('芝公園4-2-8');
  });

  it.each([
    ['東京都千代田区丸の内1-9-1', '千代田区'],
    ['東京都北区王子1-1-1', '北区'],
    ['東京都江戸川区中央1-4-1', '江戸川区'],
    ['大阪府大阪市北区梅田3-1-3', '大阪市北区'],
    ['大阪府堺市堺区南瓦町3-1', '堺市堺区'],
    ['神奈川県横浜市西区みなとみらい2-2-1', '横浜市西区'],
    ['愛知県名古屋市中村区名駅1-1-4', '名古屋市中村区'],
    ['福岡県北九州市小倉北区城内1-1', '北九州市小倉北区'],
    ['京都府京都市下京区烏丸通七条下る東塩小路町721-1', '京都市下京区'],
    ['埼玉県さいたま市大宮区桜木町1-7-5', 'さいたま市大宮区'],
    ['静岡県浜松市中央区元城町103-2', '浜松市中央区'],
    ['東京都西多摩郡奥多摩町氷川215', '西多摩郡奥多摩町'],
    ['神奈川県愛甲郡愛川町角田251-1', '愛甲郡愛川町'],
    ['長野県北安曇郡白馬村北城7025', '北安曇郡白馬村'],
    ['北海道余市郡余市町朝日町4', '余市郡余市町'],
    ['群馬県佐波郡玉村町下新田201', '佐波郡玉村町'],
    ['佐賀県杵島郡大町町大字大町5017', '杵島郡大町町'],
    ['富山県中新川郡上市町法音寺1', '中新川郡上市町'],
    ['奈良県高市郡明日香村岡55', '高市郡明日香村'],
    ['山形県西村山郡河北町谷地戊81', '西村山郡河北町'],
    ['宮城県柴田郡村田町村田字迫85', '柴田郡村田町'],
    ['山梨県西八代郡市川三郷町市川大門1790-3', '西八代郡市川三郷町'],
    ['三重県四日市市諏訪町1-5', '四日市市'],
    ['広島県廿日市市下平良1-11-1', '廿日市市'],
    ['石川県野々市市三納1-1', '野々市市'],
    ['千葉県市川市八幡1-1-1', '市川市'],
    ['千葉県市川市市川1-1-1', '市川市'],
    ['千葉県市原市国分寺台中央1-1-1', '市原市'],
    ['東京都町田市森野2-2-22', '町田市'],
    ['長野県大町市大町3887', '大町市'],
    ['新潟県十日町市千歳町3-3', '十日町市'],
    ['山形県村山市中央1-3-6', '村山市'],
    ['東京都東村山市本町1-2-3', '東村山市'],
    ['東京都武蔵村山市本町1-1-1', '武蔵村山市'],
    ['東京都羽村市緑ヶ丘5-2-1', '羽村市'],
    ['長崎県大村市玖島1-25', '大村市'],
    ['福島県郡山市朝日1-23-7', '郡山市'],
    ['奈良県大和郡山市北郡山町248-4', '大和郡山市'],
    ['愛知県蒲郡市旭町17-1', '蒲郡市'],
    ['福岡県小郡市小郡255-1', '小郡市'],
    ['鹿児島県いちき串木野市昭和通133-1', 'いちき串木野市'],
    ['山梨県南アルプス市小笠原376', '南アルプス市'],
  ])('%s → city %s', (address, city) => {
    expect(splitAddress(address).city).toBe(city);
  });

  it('finds the city without a prefecture where the name is certain', () => {
    expect(splitAddress('横浜市西区みなとみらい2-2-1')).toEqual({ city: '横浜市西区', rest: 'みなとみらい2-2-1' });
    expect(splitAddress('渋谷区渋谷2-21-1')).toEqual({ city: '渋谷区', rest: '渋谷2-21-1' });
    expect(splitAddress('四日市市諏訪町1-5').city).toBe('四日市市');
  });

  it('does not take a 町域 for a municipality without a prefecture before it', () => {
    expect(splitAddress('本町1-2-3')).toEqual({ rest: '本町1-2-3' });
    expect(splitAddress('大阪府本町1-2-3').city).toBe('本町');
  });

  it('leaves a ward that is not one of Tokyo\'s outside Tokyo', () => {
    expect(splitAddress('北海道中央区北1条西2').city).toBeUndefined();
  });

  it('reads the parts across spaces', () => {
    expect(splitAddress('東京都 西多摩郡 奥多摩町 氷川215')).toEqual({ prefecture: '東京都', city: '西多摩郡奥多摩町', rest: '氷川215' });
    expect(splitAddress('大阪府 大阪市 北区 梅田3-1-3')).toEqual({ prefecture: '大阪府', city: '大阪市北区', rest: '梅田3-1-3' });
  });

  it.each([
    ['東京都千代田区丸の内1-9-1 グラントウキョウノースタワー 15F', '丸の内1-9-1', 'グラントウキョウノースタワー 15F'],
    ['東京都新宿区西新宿2-8-1 都庁第一本庁舎 32階', '西新宿2-8-1', '都庁第一本庁舎 32階'],
    ['東京都世田谷区桜新町1-2-3 サンハイツ桜 203号室', '桜新町1-2-3', 'サンハイツ桜 203号室'],
    ['東京都世田谷区桜新町1-2-3　コーポ山田101', '桜新町1-2-3', 'コーポ山田101'],
    ['東京都中央区日本橋1丁目2番3号 日本橋ビル5F', '日本橋1丁目2番3号', '日本橋ビル5F'],
    ['大阪府大阪市北区梅田1-1-3 大阪駅前第3ビル 12F', '梅田1-1-3', '大阪駅前第3ビル 12F'],
    ['東京都港区芝公園4-2-8 B1F', '芝公園4-2-8', 'B1F'],
    ['東京都板橋区大山1-2 レジデンス大山 #302', '大山1-2', 'レジデンス大山 #302'],
  ])('splits the building off %s', (address, rest, building) => {
    expect(splitAddress(address)).toMatchObject({ rest, building });
  });

  it.each([
    ['東京都千代田区丸の内1-9-1グラントウキョウノースタワー', 'no space after the 番地'],
    ['東京都世田谷区桜新町1-2-3 山田方', 'no building word after the space'],
    ['東京都世田谷区桜新町二丁目 サンハイツ', 'the 番地 is written in kanji'],
    ['東京都世田谷区 桜新町1-2-3', 'the space is before the 番地'],
  ])('keeps the building in rest for %s (%s)', (address) => {
    expect(splitAddress(address).building).toBeUndefined();
  });

  it('takes a postal code only where it is marked or hyphenated', () => {
    expect(splitAddress('〒1500002 東京都渋谷区渋谷2-21-1').postalCode).toBe('150-0002');
    expect(splitAddress('150-0002 東京都渋谷区渋谷2-21-1').postalCode).toBe('150-0002');
    expect(splitAddress('〒150-0002東京都渋谷区').prefecture).toBe('東京都');
    expect(splitAddress('1500002 東京都渋谷区').postalCode).toBeUndefined();
  });

  it('returns no parts for what is not an address', () => {
    expect(splitAddress('')).toEqual({});
    expect(splitAddress('別途ご連絡します')).toEqual({ rest: '別途ご連絡します' });
  });
});

describe('normalizeStreetAddress', () => {
  it.each([
    ['渋谷２－２１－１', '渋谷2-21-1'],
    ['渋谷2ー21ー1', '渋谷2-21-1'],
    ['渋谷2‐21‐1', '渋谷2-21-1'],
    ['渋谷2−21−1', '渋谷2-21-1'],
    ['渋谷2 - 21 - 1', '渋谷2-21-1'],
    ['東京都　渋谷区渋谷２－２１－１　渋谷ヒカリエ　３４Ｆ', '東京都 渋谷区渋谷2-21-1 渋谷ヒカリエ 34F'],
    ['ｻﾝﾊｲﾂ 101', 'サンハイツ 101'],
    ['コーポラス ハーモニー', 'コーポラス ハーモニー'],
  ])('%j → %j', (raw, norm) => {
    expect(normalizeStreetAddress(raw)).toBe(norm);
  });

  it('keeps the variant ideographs of place names', () => {
    expect(normalizeStreetAddress('宮\uFA11市1-1')).toBe('宮\uFA11市1-1');
  });
});

describe('properties', () => {
  const piece = fc.constantFrom('〒150-0002', '〒', ' ', '　', '東京都', '大阪府', '北海道', '渋谷区', '大阪市', '北区', '西多摩郡', '奥多摩町', '四日市市', '市川市', '町', '村', '市', '郡', '区', '本町', '２', '-', '－', 'ー', '1', '21', 'ビル', '5F', '号室', 'ハイツ');
  const addressish = fc.array(piece, { maxLength: 14 }).map((a) => a.join(''));
  const anyText = fc.oneof(addressish, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

  it('normalizeStreetAddress is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeStreetAddress(text);
        expect(normalizeStreetAddress(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('splitAddress never throws and loses nothing but the postal code and spaces', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parts = splitAddress(text);
        if (parts.postalCode) return;
        const joined = [parts.prefecture, parts.city, parts.rest, parts.building].join('').replace(/\s/g, '');
        expect(joined).toBe(normalizeStreetAddress(text).replace(/\s/g, ''));
      }),
      { numRuns: 3000 },
    );
  });
});
