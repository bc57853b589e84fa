// The dashboard's sentences: one line per candidate reason and per import outcome, in Japanese and English, numbers grouped.
import { describe, expect, it } from 'vitest';
import en from '../../../../public/_locales/en/messages.json';
import ja from '../../../../public/_locales/ja/messages.json';
import type { MessageKey } from '@/utils/i18n';
import type { Candidate, CandidateReason } from '@/utils/log/candidates';
import { LogImportError } from '@/utils/log/transfer';
import { problemText } from '@/utils/log/problem';
import { candidateLine, formatMinutes, formatShare, importErrorLine, importResultLine, type Say } from '@/components/dashboard/words';

type Catalogue = Record<string, { message: string }>;

/** `t` over one catalogue, substituting $1… as the browser does. */
const sayIn =
  (catalogue: Catalogue): Say =>
  (key: MessageKey, subs: string[] = []) =>
    catalogue[key]!.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
const sayJa = sayIn(ja as Catalogue);
const sayEn = sayIn(en as Catalogue);

const candidate = (reason: CandidateReason, field = true): Candidate => ({
  formSignature: 'a1b2c3d4',
  formTitle: '受注登録',
  sourceSignature: '0badf00d',
  sourceName: 'mail.google.com: お名前・電話番号',
  ...(field ? { fieldKey: '#tel', fieldLabel: '電話番号' } : {}),
  volume: 1,
  reason,
});

const REASONS: [CandidateReason, boolean][] = [
  [{ code: 'integrate', manual: 1234, jobs: 310, pasted: 5, fields: ['お名前', '電話番号'] }, false],
  [{ code: 'retyped', manual: 412, pasted: 12 }, true],
  [{ code: 'corrected', corrected: 40, proposed: 120 }, true],
  [{ code: 'skipped', skipped: 90, total: 100 }, true],
  [{ code: 'onePerson', jobs: 25, clerk: 'c-5555eeee6666ffff' }, false],
];

describe('candidateLine', () => {
  it('words a flow re-keyed by hand as a candidate for integration, with the numbers grouped', () => {
    expect(candidateLine(candidate(REASONS[0]![0], false), sayJa, 'ja-JP')).toBe(
      '「mail.google.com: お名前・電話番号」から「受注登録」へ 1,234 項目を手で転記（310 件、主に お名前・電話番号）— システム連携の候補',
    );
    expect(candidateLine(candidate(REASONS[0]![0], false), sayEn, 'en')).toBe(
      '1,234 values re-entered by hand from “mail.google.com: お名前・電話番号” into “受注登録” (310 jobs; mostly お名前, 電話番号) — a candidate for a system integration',
    );
  });

  it('gives every reason one line that names the form and, for a field, the field', () => {
    for (const [reason, field] of REASONS) {
      for (const [say, locale] of [
        [sayJa, 'ja-JP'],
        [sayEn, 'en'],
      ] as const) {
        const line = candidateLine(candidate(reason, field), say, locale);
        expect(line).not.toMatch(/[\r\n]|\$\d/);
        expect(line).toContain('受注登録');
        if (field) expect(line).toContain('電話番号');
      }
    }
    expect(candidateLine(candidate(REASONS[2]![0]), sayJa, 'ja-JP')).toBe('「電話番号」（受注登録）の提案を 120 件中 40 件修正 — 転記元と入力欄の形式をそろえる候補');
  });

  it('names an unknown source rather than leaving a blank', () => {
    const line = candidateLine({ ...candidate(REASONS[4]![0], false), sourceName: '' }, sayJa, 'ja-JP');
    expect(line).toBe('「転記元不明」から「受注登録」への転記 25 件をひとりの担当者（c-5555eeee6666ffff）だけが処理 — 属人化を解く候補');
  });

  it('names the one clerk by the name they gave, and this browser\'s clerk as 自分 when unnamed', () => {
    const onePerson = candidate(REASONS[4]![0], false);
    expect(candidateLine(onePerson, sayJa, 'ja-JP', { 'c-5555eeee6666ffff': '佐藤' })).toContain('ひとりの担当者（佐藤）だけが処理');
    expect(candidateLine({ ...onePerson, reason: { code: 'onePerson', jobs: 25, clerk: '' } }, sayEn, 'en', {})).toContain('Only one clerk (me) does');
  });
});

describe('import lines', () => {
  const result = { clerk: 'c-aaaaaaaa11111111', own: false, jobs: 2, entries: 8, alreadyPresent: 0, updated: 0 };

  it('says what was added, what was there already, and when the file is the clerk’s own', () => {
    expect(importResultLine('a.json', result, sayJa, 'ja-JP')).toBe('a.json: 担当者 c-aaaaaaaa11111111 の転記 2 件、項目 8 件を取り込みました。');
    expect(importResultLine('a.json', { ...result, jobs: 0, entries: 0, alreadyPresent: 9, updated: 1 }, sayEn, 'en')).toBe(
      'a.json: imported 0 jobs and 0 entries of clerk c-aaaaaaaa11111111 (9 already present, skipped). Updated to a later revision (edited or undone since): 1.',
    );
    expect(importResultLine('a.json', result, sayJa, 'ja-JP', '佐藤')).toBe('a.json: 担当者 佐藤 (c-aaaaaaaa11111111) の転記 2 件、項目 8 件を取り込みました。');
    expect(importResultLine('a.json', { ...result, alreadyPresent: 3 }, sayEn, 'en')).toBe('a.json: imported 2 jobs and 8 entries of clerk c-aaaaaaaa11111111 (3 already present, skipped).');
    expect(importResultLine('a.json', { ...result, jobs: 0, entries: 0, alreadyPresent: 10 }, sayJa, 'ja-JP')).toBe(
      'a.json: 担当者 c-aaaaaaaa11111111 の記録はすべて取り込み済みです（10 件）。何も追加していません。',
    );
    expect(importResultLine('mine.json', { ...result, own: true, jobs: 0, entries: 0 }, sayEn, 'en')).toBe('mine.json: this is your own export. Its rows are here already, so nothing was added.');
    // An own export that brings back colleagues' rows purged here says what it added.
    expect(importResultLine('mine.json', { ...result, own: true }, sayEn, 'en')).toBe('mine.json: imported 2 jobs and 8 entries of clerk c-aaaaaaaa11111111.');
  });

  it('words every refusal, with the row and the field for a bad row', () => {
    for (const code of ['tooLarge', 'notJson', 'notLog', 'newerVersion', 'badJob', 'badEntry'] as const) {
      const line = importErrorLine('x.json', new LogImportError(code, 3, 'method'), sayEn);
      expect(line.startsWith('x.json: ')).toBe(true);
      expect(line).toContain('Nothing was changed.');
    }
    expect(importErrorLine('x.json', new LogImportError('badEntry', 3, 'method'), sayJa)).toBe(
      'x.json: 3 件目の項目の「method」が正しくないため、ファイル全体を取り込みませんでした。何も変更していません。',
    );
    expect(importErrorLine('p.json', new LogImportError('notLog'), sayJa)).toContain('マッピングプロファイル');
  });

  it('shows any other error by the browser’s own name and message', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(problemText(quota)).toBe('QuotaExceededError: The quota has been exceeded.');
    expect(importErrorLine('big.json', quota, sayJa)).toBe('big.json: 取り込みに失敗しました（QuotaExceededError: The quota has been exceeded.）。何も変更していません。');
    expect(problemText('plain')).toBe('plain');
  });
});

describe('numbers', () => {
  it('writes minutes, hours and shares as a person reads them', () => {
    expect(formatMinutes(4.26, 'ja-JP', sayJa)).toBe('約 4.3 分');
    expect(formatMinutes(45.4, 'en', sayEn)).toBe('about 45 min');
    expect(formatMinutes(750, 'ja-JP', sayJa)).toBe('約 12.5 時間');
    expect(formatShare(0.184, 'en')).toBe('18%');
    expect(formatShare(undefined, 'en')).toBe('—');
  });
});
