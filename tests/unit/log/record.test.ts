// Protects the log's privacy and truth: a job is stored with per-field methods and lengths, never the values themselves, and never a sensitive field.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TenkiDB } from '@/utils/log/db';
import { claimSkipped, recordJob, type JobRecord } from '@/utils/log/record';

let counter = 0;
const opened: TenkiDB[] = [];
function fresh(): TenkiDB {
  const database = new TenkiDB(`tenki-record-test-${++counter}`);
  opened.push(database);
  return database;
}
afterEach(async () => {
  for (const d of opened.splice(0)) await d.delete();
});

async function dump(database: TenkiDB): Promise<string> {
  const all: Record<string, unknown[]> = {};
  for (const table of database.tables) all[table.name] = await table.toArray();
  return JSON.stringify(all);
}

// A new-hire registration (入社手続き) job filled from an HR e-mail.
const PERSONAL = {
  name: '高橋 美咲',
  kana: 'タカハシ ミサキ',
  zip: '530-0001',
  address: '大阪市北区梅田1-2-3 梅田ビル5F',
  tel: '080-2345-6789',
  mail: 'm.takahashi@himawari-foods.example.jp',
  myNumber: '123456789012',
  card: '4111111111111111',
  password: 'Himawari#2024',
};

const HR_JOB: JobRecord = {
  kind: 'assisted',
  formSignature: '7c2e91aa',
  formTitle: '社員登録 | 人事給与システム',
  formUrl: 'https://hr.example.co.jp/employees/new',
  sourceSignature: '0d4f8b13',
  sourceName: 'mail.himawari.example.jp: 氏名・フリガナ・住所',
  startedAt: Date.UTC(2024, 3, 1, 0, 30),
  endedAt: Date.UTC(2024, 3, 1, 0, 33),
  reviewMs: 95_000,
  fields: [
    { key: 'input[name="emp_name"]', label: '氏名', position: 0, concept: 'name', method: 'autofilled', value: PERSONAL.name, tier: 'high' },
    { key: 'input[name="emp_kana"]', label: 'フリガナ', position: 1, concept: 'x-name-kana', method: 'edited', value: PERSONAL.kana, tier: 'high', corrected: true },
    { key: 'input[name="zip"]', label: '郵便番号', position: 2, concept: 'postal-code', method: 'autofilled', value: PERSONAL.zip, tier: 'high' },
    { key: 'input[name="address"]', label: '住所', position: 3, concept: 'street-address', method: 'autofilled', value: PERSONAL.address, tier: 'high' },
    { key: 'input[name="tel"]', label: '携帯電話', position: 4, concept: 'tel', method: 'skipped', value: PERSONAL.tel, tier: 'medium' },
    { key: 'input[name="mail"]', label: 'メールアドレス', position: 5, concept: 'email', method: 'autofilled', value: PERSONAL.mail, tier: 'high' },
    { key: 'input[name="my_number"]', label: '個人番号', position: 6, concept: 'x-my-number', method: 'autofilled', value: PERSONAL.myNumber, tier: 'low' },
    { key: 'input[name="corp_card"]', label: 'カード番号', position: 7, concept: 'cc-number', method: 'edited', value: PERSONAL.card, tier: 'low' },
    { key: 'input[name="init_pw"]', label: '初期パスワード', position: 8, concept: 'current-password', method: 'autofilled', value: PERSONAL.password },
    { key: 'textarea[name="memo"]', label: '備考', position: 9, method: 'typed', value: '4/1入社 経理部配属' },
  ],
};

describe('recordJob', () => {
  it('never stores a value: no personal string appears anywhere in the database', async () => {
    const database = fresh();
    await recordJob(database, HR_JOB);
    const everything = await dump(database);
    expect(everything).toContain('社員登録');
    for (const value of [...Object.values(PERSONAL), '4/1入社 経理部配属']) expect(everything).not.toContain(value);
    // Not even partly: the family name, the local part of the address, the digits of the phone.
    for (const part of ['高橋', 'タカハシ', 'm.takahashi', '23456789', '梅田1-2-3']) expect(everything).not.toContain(part);
  });

  it('leaves out My Number, card number and password fields entirely', async () => {
    const database = fresh();
    const jobId = await recordJob(database, HR_JOB);
    const entries = await database.entries.where('jobId').equals(jobId).toArray();
    expect(entries.map((e) => e.concept)).not.toContain('x-my-number');
    expect(entries.map((e) => e.concept)).not.toContain('cc-number');
    expect(entries.map((e) => e.concept)).not.toContain('current-password');
    expect(entries.map((e) => e.fieldLabel)).toEqual(['氏名', 'フリガナ', '郵便番号', '住所', '携帯電話', 'メールアドレス', '備考']);
    expect((await database.jobs.get(jobId))?.fieldCount).toBe(7);
  });

  it('keeps per field the method, the length in characters (0 when skipped), the tier and the position', async () => {
    const database = fresh();
    const jobId = await recordJob(database, HR_JOB);
    const entries = await database.entries.where('jobId').equals(jobId).sortBy('position');
    expect(entries.map((e) => [e.fieldKey, e.method, e.chars, e.tier, e.position])).toEqual([
      ['input[name="emp_name"]', 'autofilled', 5, 'high', 0],
      ['input[name="emp_kana"]', 'edited', 8, 'high', 1],
      ['input[name="zip"]', 'autofilled', 8, 'high', 2],
      ['input[name="address"]', 'autofilled', 19, 'high', 3],
      ['input[name="tel"]', 'skipped', 0, 'medium', 4],
      ['input[name="mail"]', 'autofilled', 37, 'high', 5],
      ['textarea[name="memo"]', 'typed', 11, undefined, 9],
    ]);
    for (const e of entries) expect(e).toMatchObject({ jobId, at: HR_JOB.endedAt, formSignature: HR_JOB.formSignature });
  });

  it('counts characters as a person sees them, not UTF-16 units', async () => {
    const database = fresh();
    const jobId = await recordJob(database, { ...HR_JOB, fields: [{ key: '#n', label: '氏名', position: 0, concept: 'name', method: 'autofilled', value: '𠮷野 花子' }] });
    expect((await database.entries.where('jobId').equals(jobId).first())?.chars).toBe(5);
  });

  it('stores the job with its form, source template and timing', async () => {
    const database = fresh();
    const jobId = await recordJob(database, HR_JOB);
    expect(await database.jobs.get(jobId)).toEqual({
      id: jobId,
      kind: 'assisted',
      formSignature: '7c2e91aa',
      formTitle: '社員登録 | 人事給与システム',
      formUrl: 'https://hr.example.co.jp/employees/new',
      sourceSignature: '0d4f8b13',
      sourceName: 'mail.himawari.example.jp: 氏名・フリガナ・住所',
      reviewMs: 95_000,
      startedAt: HR_JOB.startedAt,
      endedAt: HR_JOB.endedAt,
      fieldCount: 7,
    });
  });

  it('keeps a personal value out of the form title and a record number out of its address', async () => {
    const database = fresh();
    const jobId = await recordJob(database, { ...HR_JOB, formTitle: `社員編集: ${PERSONAL.name} | 人事給与システム`, formUrl: 'https://hr.example.co.jp/employees/40213/edit?tab=1' });
    expect(await database.jobs.get(jobId)).toMatchObject({ formTitle: '社員編集: … | 人事給与システム', formUrl: 'https://hr.example.co.jp/employees/*/edit' });
    const titles = (await database.days.toArray()).map((d) => d.formTitle);
    expect(titles).toEqual(['社員編集: … | 人事給与システム']);
  });

  it('keeps a job on its form when the form grows a block mid-job and so changes its signature', async () => {
    const database = fresh();
    const jobId = await recordJob(database, HR_JOB);
    await recordJob(database, { ...HR_JOB, formSignature: 'aaaaaaaa', endedAt: HR_JOB.endedAt + 60_000, fields: [{ key: '#ship', label: 'お届け先', position: 20, method: 'typed', value: '大阪' }] }, jobId);
    expect(new Set((await database.entries.toArray()).map((e) => e.formSignature))).toEqual(new Set(['7c2e91aa']));
    expect((await database.days.toArray()).map((d) => d.formSignature)).toEqual(['7c2e91aa']);
  });

  it('turns a skipped proposal the clerk then keyed by hand into that hand entry, not a second one', async () => {
    const database = fresh();
    await recordJob(database, HR_JOB);
    const claim = { formSignature: '7c2e91aa', fieldKey: 'input[name="tel"]', sourceSignature: '0d4f8b13', method: 'typed' as const, chars: 13, since: HR_JOB.endedAt - 1 };
    // Typed from another source, it is another transcription.
    expect(await claimSkipped(database, { ...claim, sourceSignature: 'ffffffff' })).toBe(false);
    expect(await claimSkipped(database, claim)).toBe(true);
    expect(await claimSkipped(database, claim)).toBe(false);
    expect(await claimSkipped(database, { ...claim, fieldKey: 'input[name="zip"]' })).toBe(false);
    const tel = (await database.entries.toArray()).filter((e) => e.fieldKey === 'input[name="tel"]');
    expect(tel.map((e) => [e.method, e.chars, e.rev])).toEqual([['typed', 13, 1]]);
  });

  it('writes nothing when the entries cannot be written, so counts never half-land', async () => {
    const database = fresh();
    const broken = { ...HR_JOB, fields: [{ key: '#a', label: '氏名', position: 0, method: 'autofilled' as const, value: 'x' }] };
    const spy = vi.spyOn(database.entries, 'bulkAdd').mockImplementation(() => Promise.reject(new Error('QuotaExceededError')) as never);
    await expect(recordJob(database, broken)).rejects.toThrow('QuotaExceededError');
    spy.mockRestore();
    expect(await database.jobs.count()).toBe(0);
    expect(await database.entries.count()).toBe(0);
  });
});
