// Protects the team view: a clerk's JSON export merges into another browser's log with the same counts, twice counts once, one's own file adds nothing, and a corrupt or foreign file is refused whole.
import { describe, expect, it, vi } from 'vitest';
import { markEditedAfterFill, markUndone, recordJob } from '@/utils/log/record';
import { clerkId, clerkLabel, clerkNames, exportLog, importLog, LogImportError, MAX_LOG_BYTES, parseLogExport, readLogFile, setClerkName, type LogExport } from '@/utils/log/transfer';
import { dashboardView, manualCount, totalCount } from '@/utils/log/view';
import type { TenkiDB } from '@/utils/log/db';
import { EXPENSE, ORDER, ORDER_MAIL, RECEIPT, field, freshDb, job } from './log-fixture';

async function clerkLog(day: number) {
  const database = freshDb('tenki-transfer');
  const id = await recordJob(database, job(ORDER, ORDER_MAIL, new Date(2026, 3, day, 10), [
    field('#order_no', '受注番号', 0, 'autofilled', 'PO-2026-0412', 'x-order-number', false),
    field('#company', '取引先名', 1, 'typed', '株式会社あおば建設', 'organization'),
  ]));
  await recordJob(database, job(ORDER, ORDER_MAIL, new Date(2026, 3, day, 10, 5), [field('#qty', '数量', 5, 'edited', '25', 'x-quantity', true)]), id);
  await recordJob(database, job(EXPENSE, RECEIPT, new Date(2026, 3, day + 1, 9), [field('#amount', '金額', 0, 'pasted', '15840', 'x-amount')], 'manual'));
  return database;
}

async function fileOf(database: TenkiDB): Promise<string> {
  return JSON.stringify(await exportLog(database, new Date(2026, 3, 30)));
}

async function counts(database: TenkiDB) {
  const view = await dashboardView(database, {});
  return { jobs: view.jobs, n: view.n, chars: view.chars, corrected: view.corrected, clerks: view.clerks, entries: await database.entries.count() };
}

describe('exportLog', () => {
  it('writes every job and entry under this clerk, with no value in it', async () => {
    const database = await clerkLog(6);
    const data = await exportLog(database, new Date(2026, 3, 30));
    const clerk = await clerkId(database);
    expect(clerk).toMatch(/^c-[0-9a-f]{16}$/);
    expect(await clerkId(database)).toBe(clerk);
    expect(data).toMatchObject({ format: 'tenki-log', version: 1, exportedAt: new Date(2026, 3, 30).toISOString(), clerk });
    expect(data.jobs.map((j) => [j.origin, j.ref, j.kind, j.fieldCount])).toEqual([
      [clerk, 1, 'assisted', 3],
      [clerk, 2, 'manual', 1],
    ]);
    expect(data.entries.map((e) => [e.ref, e.job, e.fieldKey, e.method, e.chars])).toEqual([
      [1, 1, '#order_no', 'autofilled', 12],
      [2, 1, '#company', 'typed', 9],
      [3, 1, '#qty', 'edited', 2],
      [4, 2, '#amount', 'pasted', 5],
    ]);
    const text = JSON.stringify(data);
    for (const value of ['PO-2026-0412', 'あおば', '15840']) expect(text).not.toContain(value);
    expect(parseLogExport(text)).toEqual(data);
  });
});

describe('exportLog of a period', () => {
  it('carries that period\'s entries with their jobs, and two periods merge into the same team view as the whole log', async () => {
    const a = await clerkLog(6);
    const week = await exportLog(a, new Date(2026, 3, 30), { from: '2026-04-06', to: '2026-04-06' });
    expect(week.entries.map((e) => e.fieldKey)).toEqual(['#order_no', '#company', '#qty']);
    expect(week.jobs.map((j) => j.kind)).toEqual(['assisted']);
    const rest = await exportLog(a, new Date(2026, 3, 30), { from: '2026-04-07' });
    expect(rest.entries.map((e) => e.fieldKey)).toEqual(['#amount']);
    const [pieces, whole] = [freshDb('tenki-lead'), freshDb('tenki-lead')];
    for (const data of [rest, week]) await importLog(pieces, parseLogExport(JSON.stringify(data)));
    await importLog(whole, parseLogExport(await fileOf(a)));
    expect(await counts(pieces)).toEqual(await counts(whole));
  });
});

describe('importLog', () => {
  it('merges two clerks into a team view with the sum of their counts, each under its clerk', async () => {
    const [a, b, lead] = [await clerkLog(6), await clerkLog(13), freshDb('tenki-lead')];
    for (const clerk of [a, b]) {
      const result = await importLog(lead, parseLogExport(await fileOf(clerk)));
      expect(result).toEqual({ clerk: await clerkId(clerk), own: false, jobs: 2, entries: 4, alreadyPresent: 0, updated: 0 });
    }
    const [ca, cb, team] = [await counts(a), await counts(b), await counts(lead)];
    expect(team.jobs).toBe(ca.jobs + cb.jobs);
    expect(team.n).toEqual({ autofilled: 2, edited: 2, typed: 2, pasted: 2, skipped: 0 });
    expect(team.corrected).toBe(2);
    expect(team.clerks).toBe(2);
    expect(team.entries).toBe(8);
    // The weeks are the clerks' own.
    const view = await dashboardView(lead, {});
    expect(view.weeks.filter((w) => totalCount(w) > 0).map((w) => [w.week, totalCount(w), manualCount(w)])).toEqual([
      ['2026-04-06', 4, 3],
      ['2026-04-13', 4, 3],
    ]);
  });

  it('counts nothing twice: the same file again, or a later export that overlaps, adds only what is new', async () => {
    const [a, lead] = [await clerkLog(6), freshDb('tenki-lead')];
    const first = await fileOf(a);
    await importLog(lead, parseLogExport(first));
    const once = await counts(lead);
    expect(await importLog(lead, parseLogExport(first))).toMatchObject({ jobs: 0, entries: 0, alreadyPresent: 6 });
    expect(await counts(lead)).toEqual(once);
    // The clerk works on; their next export carries the old rows and one new job.
    await recordJob(a, job(EXPENSE, RECEIPT, new Date(2026, 3, 20, 9), [field('#amount', '金額', 0, 'typed', '2200', 'x-amount')], 'manual'));
    expect(await importLog(lead, parseLogExport(await fileOf(a)))).toMatchObject({ jobs: 1, entries: 1, alreadyPresent: 6 });
    expect((await counts(lead)).n.typed).toBe(once.n.typed + 1);
  });

  it('takes a later revision of an entry: an edit after the fill or an undo since the last export reaches the team view', async () => {
    const [a, lead] = [freshDb('tenki-transfer'), freshDb('tenki-lead')];
    const at = new Date(2026, 3, 6, 10);
    const id = await recordJob(a, job(ORDER, ORDER_MAIL, at, [field('#name', '氏名', 0, 'autofilled', '山田 花子', 'name', false), field('#tel', '電話番号', 1, 'autofilled', '03-1234-5678', 'tel', false)]));
    await importLog(lead, parseLogExport(await fileOf(a)));
    await markEditedAfterFill(a, { formSignature: ORDER.formSignature, fieldKey: '#name', chars: 6, since: at.getTime() });
    await markUndone(a, id, ['#tel']);
    expect(await importLog(lead, parseLogExport(await fileOf(a)))).toMatchObject({ jobs: 0, entries: 0, updated: 2, alreadyPresent: 1 });
    expect(await counts(lead)).toMatchObject({ n: { autofilled: 0, edited: 1, typed: 0, pasted: 0, skipped: 1 }, corrected: 1, entries: 2 });
    // The same file again, or an older one, changes nothing more.
    const older = await fileOf(a);
    expect(await importLog(lead, parseLogExport(older))).toMatchObject({ updated: 0, alreadyPresent: 3 });
    expect((await counts(lead)).n).toEqual((await counts(a)).n);
  });

  it('adds nothing from the clerk\'s own export, and passes on colleagues\' rows under their own clerk', async () => {
    const [a, b, lead] = [await clerkLog(6), await clerkLog(13), freshDb('tenki-lead')];
    const own = await importLog(a, parseLogExport(await fileOf(a)));
    expect(own).toMatchObject({ own: true, jobs: 0, entries: 0 });
    // b merges a's file, then the lead merges b's file (carrying a's rows) and a's file: a's rows still count once.
    await importLog(b, parseLogExport(await fileOf(a)));
    await importLog(lead, parseLogExport(await fileOf(b)));
    expect(await importLog(lead, parseLogExport(await fileOf(a)))).toMatchObject({ jobs: 0, entries: 0, alreadyPresent: 6 });
    expect((await counts(lead)).entries).toBe(8);
    expect((await counts(lead)).clerks).toBe(2);
  });

  it('leaves the log as it was when the disk is full halfway through, and says so', async () => {
    const lead = await clerkLog(6);
    const before = await counts(lead);
    const data = parseLogExport(await fileOf(await clerkLog(13)));
    const spy = vi.spyOn(lead.entries, 'bulkAdd').mockImplementation(() => Promise.reject(new DOMException('quota', 'QuotaExceededError')) as never);
    await expect(importLog(lead, data)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    spy.mockRestore();
    expect(await counts(lead)).toEqual(before);
    expect(await lead.jobs.count()).toBe(2);
  });

  it('drops a sensitive field a foreign tool put in the file', async () => {
    const data = await exportLog(await clerkLog(6));
    data.entries.push({ ...data.entries[0]!, ref: 99, fieldKey: '#card', fieldLabel: 'カード番号', concept: 'cc-number' });
    const lead = freshDb('tenki-lead');
    await importLog(lead, parseLogExport(JSON.stringify(data)));
    expect((await lead.entries.toArray()).map((e) => e.concept)).not.toContain('cc-number');
  });
});

describe('clerk names', () => {
  it('travel with the export, name the clerk in a colleague\'s log and its CSV, and can be changed', async () => {
    const [a, lead] = [await clerkLog(6), freshDb('tenki-lead')];
    await setClerkName(a, '  佐藤\n花子 ');
    const id = await clerkId(a);
    expect(await clerkNames(a)).toEqual({ '': '佐藤 花子', [id]: '佐藤 花子' });
    const data = await exportLog(a);
    expect(data.clerkNames).toEqual({ [id]: '佐藤 花子' });
    await importLog(lead, parseLogExport(JSON.stringify(data)));
    const names = await clerkNames(lead);
    expect(names).toEqual({ [id]: '佐藤 花子' });
    expect(clerkLabel(id, names, '自分')).toBe('佐藤 花子');
    expect(clerkLabel('', names, '自分')).toBe('自分');
    expect(clerkLabel('c-0000000000000000', names, '自分')).toBe('c-0000000000000000');
    // The lead's own name is not overwritten by a file, and a later file renames its clerk.
    await setClerkName(a, '佐藤');
    await importLog(lead, parseLogExport(JSON.stringify(await exportLog(a))));
    expect((await clerkNames(lead))[id]).toBe('佐藤');
    await setClerkName(a, '');
    expect(await clerkNames(a)).toEqual({});
    // A colleague's file with an older copy of that name fills no gap here, so it changes nothing.
    const b = await clerkLog(13);
    await importLog(b, parseLogExport(JSON.stringify({ ...data, clerkNames: { [id]: '佐藤 花子' } })));
    await importLog(lead, parseLogExport(await fileOf(b)));
    expect((await clerkNames(lead))[id]).toBe('佐藤');
  });

  it('refuses names that are not names: a key that is no clerk id, control characters, an empty name', async () => {
    const good = await exportLog(await clerkLog(6));
    for (const clerkNamesValue of [{ __proto__x: 'x' }, JSON.parse('{"__proto__": "x"}'), { 'c-0123456789abcdef': 'a\u0007b' }, { 'c-0123456789abcdef': '' }, ['佐藤']]) {
      expect(() => parseLogExport(JSON.stringify({ ...good, clerkNames: clerkNamesValue }))).toThrow(LogImportError);
    }
  });
});

describe('parseLogExport', () => {
  const refused = (text: string) => {
    try {
      parseLogExport(text);
    } catch (error) {
      expect(error).toBeInstanceOf(LogImportError);
      const e = error as LogImportError;
      return [e.code, e.row, e.detail];
    }
    throw new Error('accepted');
  };

  it('refuses what is not a log export, saying why', async () => {
    const good = await exportLog(await clerkLog(6));
    expect(refused('{"format":"tenki-log",')).toEqual(['notJson', undefined, undefined]);
    expect(refused(JSON.stringify({ format: 'tenki-mapping-profile', version: 1, exportedAt: '', rules: [] }))).toEqual(['notLog', undefined, undefined]);
    expect(refused('[]')).toEqual(['notLog', undefined, undefined]);
    expect(refused(JSON.stringify({ ...good, version: 2 }))).toEqual(['newerVersion', undefined, undefined]);
    expect(refused(JSON.stringify({ ...good, extra: 1 }))).toEqual(['notLog', undefined, undefined]);
    expect(refused(' '.repeat(MAX_LOG_BYTES + 1))).toEqual(['tooLarge', undefined, undefined]);
  });

  it('refuses a file too large by its size, before reading it', async () => {
    const huge = { size: MAX_LOG_BYTES + 1, text: () => Promise.reject(new Error('read')) } as unknown as Blob;
    await expect(readLogFile(huge)).rejects.toMatchObject({ code: 'tooLarge' });
    await expect(readLogFile(new Blob(['{"format":"tenki-log"}']))).resolves.toBe('{"format":"tenki-log"}');
  });

  it('refuses moments after the file was written (a day of slack for clocks) and a stamp that is no date', async () => {
    const good = await exportLog(await clerkLog(6), new Date(2026, 3, 30));
    const late = new Date(2026, 4, 2).getTime();
    expect(refused(JSON.stringify({ ...good, entries: good.entries.map((e, i) => (i === 1 ? { ...e, at: late } : e)) }))).toEqual(['badEntry', 2, 'at']);
    expect(refused(JSON.stringify({ ...good, jobs: good.jobs.map((j, i) => (i === 0 ? { ...j, endedAt: Date.UTC(11476, 0, 1) } : j)) }))).toEqual(['badJob', 1, 'endedAt']);
    expect(refused(JSON.stringify({ ...good, exportedAt: 'yesterday' }))).toEqual(['notLog', undefined, undefined]);
    expect(parseLogExport(JSON.stringify({ ...good, entries: good.entries.map((e) => ({ ...e, at: new Date(2026, 3, 30, 23, 0).getTime() })) })).entries).toHaveLength(4);
  });

  it('names the first bad row: a raw value riding along, a broken method, an entry without its job', async () => {
    const good = await exportLog(await clerkLog(6));
    const withEntry = (i: number, change: Record<string, unknown>) => JSON.stringify({ ...good, entries: good.entries.map((e, j) => (j === i ? { ...e, ...change } : e)) });
    expect(refused(withEntry(1, { value: '株式会社あおば建設' }))).toEqual(['badEntry', 2, 'value']);
    expect(refused(withEntry(0, { method: 'editedBeforeFill' }))).toEqual(['badEntry', 1, 'method']);
    expect(refused(withEntry(2, { job: 42 }))).toEqual(['badEntry', 3, 'job']);
    expect(refused(withEntry(3, { ref: 1 }))).toEqual(['badEntry', 4, 'ref']);
    expect(refused(JSON.stringify({ ...good, jobs: [{ ...good.jobs[0], formSignature: '<script>' }, good.jobs[1]] }))).toEqual(['badJob', 1, 'formSignature']);
  });

  it('changes nothing in the log when a file is refused', async () => {
    const lead = await clerkLog(6);
    const before = await counts(lead);
    const data = (await exportLog(await clerkLog(13))) as LogExport;
    const text = JSON.stringify({ ...data, entries: [...data.entries, { ...data.entries[0], ref: 77, chars: -1 }] });
    expect(() => importLog(lead, parseLogExport(text))).toThrow(LogImportError);
    expect(await counts(lead)).toEqual(before);
  });
});
