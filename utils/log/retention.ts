// Keeping the log only as long as the team decided: purge by age, and forget everything on request.
import type { TenkiDB } from './db';
import { applyToDays } from './days';
import { addDays, atRange } from './calendar';

export interface Purged {
  jobs: number;
  entries: number;
}

/**
 * Deletes everything from before the given local day, in one transaction so the dashboard's sums and the entries always
 * agree: the day rows before it, the entries before it, and the jobs started before it with all their entries (a later
 * entry of such a job is taken out of its day row too, since its job no longer exists).
 */
export async function purgeBefore(database: TenkiDB, day: string): Promise<Purged> {
  const [cutoff] = atRange({ from: day });
  return database.transaction('rw', [database.jobs, database.entries, database.days], async () => {
    const oldJobs = await database.jobs.where('startedAt').below(cutoff).primaryKeys();
    const later = (await database.entries.where('jobId').anyOf(oldJobs).toArray()).filter((e) => e.at >= cutoff);
    await applyToDays(database, { entries: later.map((entry) => ({ entry, sign: -1 as const })) });
    await database.entries.bulkDelete(later.map((e) => e.id));
    const entries = (await database.entries.where('at').below(cutoff).delete()) + later.length;
    await database.jobs.bulkDelete(oldJobs);
    await database.days.where('day').below(day).delete();
    return { jobs: oldJobs.length, entries };
  });
}

/**
 * Empties the log, the imported colleagues' rows, the learned rules and the clerk's name. The clerk id stays: it names no
 * one, and a new one would make this clerk two people in a team lead's merged view.
 */
export async function forgetEverything(database: TenkiDB): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    await Promise.all(database.tables.filter((table) => table.name !== 'meta').map((table) => table.clear()));
    await database.meta.where('key').notEqual('clerk').delete();
  });
}

/** Applies a retention of the last `days` local days (today included); 0 keeps everything. */
export async function applyRetention(database: TenkiDB, days: number, today: string): Promise<Purged> {
  if (days <= 0) return { jobs: 0, entries: 0 };
  return purgeBefore(database, addDays(today, -(days - 1)));
}
