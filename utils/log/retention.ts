// Keeping the log only as long as the team decided: purge by age, and forget everything on request.
import type { TenkiDB } from './db';
import { atRange } from './export';
import { addDays } from './view';

export interface Purged {
  jobs: number;
  entries: number;
}

/**
 * Deletes everything from before the given local day: entries, jobs that ended before it, and day rows, in one
 * transaction so the dashboard's sums and the entries always agree.
 */
export async function purgeBefore(database: TenkiDB, day: string): Promise<Purged> {
  const [cutoff] = atRange({ from: day });
  return database.transaction('rw', [database.jobs, database.entries, database.days], async () => {
    const entries = await database.entries.where('at').below(cutoff).delete();
    const jobs = await database.jobs
      .where('startedAt')
      .below(cutoff)
      .filter((j) => j.endedAt < cutoff)
      .delete();
    await database.days.where('day').below(day).delete();
    return { jobs, entries };
  });
}

/** Empties every table: the log, the imported colleagues' rows, the learned rules and this browser's clerk id. */
export async function forgetEverything(database: TenkiDB): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    await Promise.all(database.tables.map((table) => table.clear()));
  });
}

/** Applies a retention of the last `days` local days (today included); 0 keeps everything. */
export async function applyRetention(database: TenkiDB, days: number, today: string): Promise<Purged> {
  if (days <= 0) return { jobs: 0, entries: 0 };
  return purgeBefore(database, addDays(today, -(days - 1)));
}
