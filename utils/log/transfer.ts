// The log as a versioned JSON file (docs/log-format.md), and the merge of several clerks' files into one team view without double counting.
import { isSensitive } from '../concepts';
import { hasOnlyKeys, isCount, isObject, isText } from '../json-check';
import { ENTRY_METHODS, type Entry, type Job, type TenkiDB } from './db';
import { atRange } from './calendar';
import { applyToDays } from './days';

export const LOG_FORMAT = 'tenki-log';
export const LOG_VERSION = 1;
/** About 800,000 entries (an entry is about 300 bytes), a year of a busy team; a larger file would freeze the page before a word could be said. */
export const MAX_LOG_BYTES = 256 * 1024 * 1024;

/** A file's text, refused by its size before it is read whole. */
export async function readLogFile(file: Blob): Promise<string> {
  if (file.size > MAX_LOG_BYTES) throw new LogImportError('tooLarge');
  return file.text();
}

/** The clerk who did the job and their id for it: together they name the job in every export it travels in. */
interface Named {
  origin: string;
  ref: number;
}

export type ExportedJob = Named & Omit<Job, 'id' | 'origin' | 'ref'>;

export type ExportedEntry = Named &
  Omit<Entry, 'id' | 'jobId' | 'origin' | 'ref'> & {
    /** The ref of the entry's job (same origin). */
    job: number;
  };

export interface LogExport {
  format: typeof LOG_FORMAT;
  version: typeof LOG_VERSION;
  exportedAt: string;
  /** The clerk (browser profile) that wrote the file. */
  clerk: string;
  /** Names clerks gave themselves, by clerk id: the writer's own and those learnt from files it imported. */
  clerkNames?: Record<string, string>;
  jobs: ExportedJob[];
  entries: ExportedEntry[];
}

export type LogImportErrorCode = 'tooLarge' | 'notJson' | 'notLog' | 'newerVersion' | 'badJob' | 'badEntry';

/** Why a file was refused; `row` (1-based) and `detail` say where. */
export class LogImportError extends Error {
  constructor(
    readonly code: LogImportErrorCode,
    readonly row?: number,
    readonly detail?: string,
  ) {
    super(row === undefined ? code : `${code}: ${row}: ${detail}`);
    this.name = 'LogImportError';
  }
}

const CLERK = /^c-[0-9a-f]{8,32}$/;

/** This browser's clerk id, made on first use: it names this clerk's rows in every export, so a merge can tell them apart. */
export async function clerkId(database: TenkiDB): Promise<string> {
  return database.transaction('rw', database.meta, async () => {
    const stored = await database.meta.get('clerk');
    if (stored) return stored.value;
    const bytes = crypto.getRandomValues(new Uint8Array(8));
    const value = `c-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    await database.meta.put({ key: 'clerk', value });
    return value;
  });
}

const NAME_KEY = 'clerkName';
const NAME_OF = 'clerkName:';
export const MAX_CLERK_NAME = 60;

/** A name as a clerk may give it: trimmed, one line, no control characters, not longer than a name needs. */
export function cleanClerkName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_CLERK_NAME);
}

/** Sets the name this browser's clerk goes by in exports and in a team lead's view; empty removes it. */
export async function setClerkName(database: TenkiDB, name: string): Promise<void> {
  const clean = cleanClerkName(name);
  if (clean) await database.meta.put({ key: NAME_KEY, value: clean });
  else await database.meta.delete(NAME_KEY);
}

/**
 * The names known here by clerk id: this browser's own under '' (its rows carry no origin) and under its id, and the
 * names imported files brought. A clerk without a name is shown by id.
 */
export async function clerkNames(database: TenkiDB): Promise<Record<string, string>> {
  const rows = await database.meta.where('key').startsWith(NAME_KEY).toArray();
  const own = rows.find((r) => r.key === NAME_KEY)?.value;
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const r of rows) if (r.key.startsWith(NAME_OF)) out[r.key.slice(NAME_OF.length)] = r.value;
  if (own) {
    out[''] = own;
    const id = (await database.meta.get('clerk'))?.value;
    if (id) out[id] = own;
  }
  return out;
}

/** How a clerk is shown: the name they gave, else "me" (the `self` word) for this browser's clerk, else their id. */
export function clerkLabel(id: string, names: Readonly<Record<string, string>>, self: string): string {
  return names[id] ?? (id === '' ? self : id);
}

/**
 * The log, own and imported, each row under the clerk it came from: everything, or the entries of a period with their
 * jobs (so a year of work can travel as months; the merge puts the pieces together without counting anything twice).
 */
export async function exportLog(database: TenkiDB, now = new Date(), period?: { from?: string; to?: string }): Promise<LogExport> {
  const clerk = await clerkId(database);
  const { '': _own, ...names } = await clerkNames(database);
  return database.transaction('r', database.jobs, database.entries, async () => {
    const [from, to] = atRange(period ?? {});
    const inPeriod = period ? await database.entries.where('at').between(from, to, true, false).toArray() : undefined;
    const jobs = inPeriod
      ? (await database.jobs.bulkGet([...new Set(inPeriod.map((e) => e.jobId))])).filter((j): j is Job => j !== undefined)
      : await database.jobs.toArray();
    const refOf = new Map(jobs.map((j) => [j.id, j.ref ?? j.id]));
    const exportedJobs: ExportedJob[] = jobs.map((j) => ({
      origin: j.origin ?? clerk,
      ref: j.ref ?? j.id,
      kind: j.kind,
      formSignature: j.formSignature,
      formTitle: j.formTitle,
      formUrl: j.formUrl,
      sourceSignature: j.sourceSignature,
      sourceName: j.sourceName,
      startedAt: j.startedAt,
      endedAt: j.endedAt,
      reviewMs: j.reviewMs,
      fieldCount: j.fieldCount,
    }));
    const entries: ExportedEntry[] = [];
    const add = (e: Entry) =>
      entries.push({
        origin: e.origin ?? clerk,
        ref: e.ref ?? e.id,
        job: refOf.get(e.jobId) ?? e.jobId,
        at: e.at,
        formSignature: e.formSignature,
        sourceSignature: e.sourceSignature,
        fieldKey: e.fieldKey,
        fieldLabel: e.fieldLabel,
        position: e.position,
        ...(e.concept === undefined ? {} : { concept: e.concept }),
        method: e.method,
        chars: e.chars,
        ...(e.tier === undefined ? {} : { tier: e.tier }),
        ...(e.corrected === undefined ? {} : { corrected: e.corrected }),
        ...(e.rev === undefined ? {} : { rev: e.rev }),
      });
    if (inPeriod) inPeriod.forEach(add);
    else await database.entries.each(add);
    return { format: LOG_FORMAT, version: LOG_VERSION, exportedAt: now.toISOString(), clerk, clerkNames: { ...names }, jobs: exportedJobs, entries };
  });
}

const SIGNATURE = /^[0-9a-f]{8}$/;
const SOURCE_SIGNATURE = /^([0-9a-f]{8})?$/;
const CONCEPT = /^[a-z0-9-]{1,64}$/;
/** No moment after the last day of year 9999: day rows are named YYYY-MM-DD and sort as text. */
const LAST_MOMENT = Date.UTC(9999, 11, 30);
/** A day of slack for clocks that disagree between the clerk's machine and the file's stamp. */
const CLOCK_SLACK = 86_400_000;
const TIERS: readonly unknown[] = ['high', 'medium', 'low'];
const KINDS: readonly unknown[] = ['assisted', 'manual'];

function jobProblem(value: unknown, latest: number): string | undefined {
  if (!isObject(value)) return 'job';
  const key = hasOnlyKeys(value, ['origin', 'ref', 'kind', 'formSignature', 'formTitle', 'formUrl', 'sourceSignature', 'sourceName', 'startedAt', 'endedAt', 'reviewMs', 'fieldCount']);
  if (key) return key;
  if (typeof value.origin !== 'string' || !CLERK.test(value.origin)) return 'origin';
  if (!isCount(value.ref, Number.MAX_SAFE_INTEGER)) return 'ref';
  if (!KINDS.includes(value.kind)) return 'kind';
  if (typeof value.formSignature !== 'string' || !SIGNATURE.test(value.formSignature)) return 'formSignature';
  if (!isText(value.formTitle, 0, 1_000)) return 'formTitle';
  if (!isText(value.formUrl, 0, 2_000)) return 'formUrl';
  if (typeof value.sourceSignature !== 'string' || !SOURCE_SIGNATURE.test(value.sourceSignature)) return 'sourceSignature';
  if (!isText(value.sourceName, 0, 1_000)) return 'sourceName';
  for (const time of ['startedAt', 'endedAt'] as const) if (!isCount(value[time], latest)) return time;
  if (!isCount(value.reviewMs, LAST_MOMENT)) return 'reviewMs';
  if (!isCount(value.fieldCount, 100_000)) return 'fieldCount';
  return undefined;
}

function entryProblem(value: unknown, latest: number): string | undefined {
  if (!isObject(value)) return 'entry';
  const key = hasOnlyKeys(value, ['origin', 'ref', 'job', 'at', 'formSignature', 'sourceSignature', 'fieldKey', 'fieldLabel', 'position', 'method', 'chars'], ['concept', 'tier', 'corrected', 'rev']);
  if (key) return key;
  if (typeof value.origin !== 'string' || !CLERK.test(value.origin)) return 'origin';
  if (!isCount(value.ref, Number.MAX_SAFE_INTEGER)) return 'ref';
  if (!isCount(value.job, Number.MAX_SAFE_INTEGER)) return 'job';
  if (!isCount(value.at, latest)) return 'at';
  if (typeof value.formSignature !== 'string' || !SIGNATURE.test(value.formSignature)) return 'formSignature';
  if (typeof value.sourceSignature !== 'string' || !SOURCE_SIGNATURE.test(value.sourceSignature)) return 'sourceSignature';
  if (!isText(value.fieldKey, 1, 1_000)) return 'fieldKey';
  if (!isText(value.fieldLabel, 0, 500)) return 'fieldLabel';
  if (!isCount(value.position, 100_000)) return 'position';
  if (value.concept !== undefined && (typeof value.concept !== 'string' || !CONCEPT.test(value.concept))) return 'concept';
  if (!(ENTRY_METHODS as readonly unknown[]).includes(value.method)) return 'method';
  if (!isCount(value.chars, 1_000_000)) return 'chars';
  if (value.method === 'skipped' && value.chars !== 0) return 'chars';
  if (value.tier !== undefined && !TIERS.includes(value.tier)) return 'tier';
  if (value.corrected !== undefined && typeof value.corrected !== 'boolean') return 'corrected';
  if (value.rev !== undefined && !isCount(value.rev, Number.MAX_SAFE_INTEGER)) return 'rev';
  return undefined;
}

/** Clerk ids to names: ids of the clerk shape only (so no "__proto__"), names as cleanClerkName leaves them. */
function namesAreSound(value: unknown): boolean {
  if (!isObject(value)) return false;
  const entries = Object.entries(value);
  return entries.length <= 10_000 && entries.every(([id, name]) => CLERK.test(id) && typeof name === 'string' && name !== '' && cleanClerkName(name) === name);
}

const refKey = (origin: string, ref: number) => `${origin}\u0000${ref}`;

/** A log export checked whole, or a LogImportError saying why the file is refused. */
export function parseLogExport(text: string): LogExport {
  if (text.length > MAX_LOG_BYTES) throw new LogImportError('tooLarge');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new LogImportError('notJson');
  }
  if (!isObject(data) || data.format !== LOG_FORMAT) throw new LogImportError('notLog');
  if (typeof data.version === 'number' && Number.isSafeInteger(data.version) && data.version > LOG_VERSION) throw new LogImportError('newerVersion');
  if (
    data.version !== LOG_VERSION ||
    hasOnlyKeys(data, ['format', 'version', 'exportedAt', 'clerk', 'jobs', 'entries'], ['clerkNames']) ||
    (data.clerkNames !== undefined && !namesAreSound(data.clerkNames)) ||
    typeof data.exportedAt !== 'string' ||
    Number.isNaN(Date.parse(data.exportedAt)) ||
    typeof data.clerk !== 'string' ||
    !CLERK.test(data.clerk) ||
    !Array.isArray(data.jobs) ||
    !Array.isArray(data.entries)
  ) {
    throw new LogImportError('notLog');
  }
  // Nothing can have happened after the file was written.
  const latest = Math.min(Date.parse(data.exportedAt as string) + CLOCK_SLACK, LAST_MOMENT);
  const jobs = new Set<string>();
  data.jobs.forEach((job: unknown, i) => {
    const problem = jobProblem(job, latest);
    if (problem) throw new LogImportError('badJob', i + 1, problem);
    const { origin, ref } = job as ExportedJob;
    if (jobs.has(refKey(origin, ref))) throw new LogImportError('badJob', i + 1, 'ref');
    jobs.add(refKey(origin, ref));
  });
  const entries = new Set<string>();
  data.entries.forEach((entry: unknown, i) => {
    const problem = entryProblem(entry, latest);
    if (problem) throw new LogImportError('badEntry', i + 1, problem);
    const { origin, ref, job } = entry as ExportedEntry;
    if (!jobs.has(refKey(origin, job))) throw new LogImportError('badEntry', i + 1, 'job');
    if (entries.has(refKey(origin, ref))) throw new LogImportError('badEntry', i + 1, 'ref');
    entries.add(refKey(origin, ref));
  });
  return data as unknown as LogExport;
}

export interface ImportResult {
  /** The clerk who wrote the file. */
  clerk: string;
  /** The file is this browser's own export: its rows are here already. */
  own: boolean;
  jobs: number;
  entries: number;
  /** Rows skipped because an earlier import brought them already. */
  alreadyPresent: number;
  /** Entries here already that the file brings in a later revision (an edit after the fill, an undo), replaced. */
  updated: number;
}

/** Rows imported earlier from the given clerks, by origin and ref, with their local ids; read from the [origin+ref] index only. */
async function presentRefs(table: TenkiDB['jobs'] | TenkiDB['entries'], origins: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const origin of origins) {
    const range = () => table.where('[origin+ref]').between([origin, -Infinity], [origin, Infinity]);
    const [keys, ids] = await Promise.all([range().keys(), range().primaryKeys()]);
    (keys as unknown as [string, number][]).forEach(([o, ref], i) => out.set(refKey(o, ref), ids[i] as number));
  }
  return out;
}

/**
 * Merges a checked export into the log in one transaction: rows already here (from an earlier import of the same or an
 * overlapping file) and this clerk's own rows are skipped, so nothing is counted twice; sensitive fields never enter.
 */
export async function importLog(database: TenkiDB, data: LogExport): Promise<ImportResult> {
  const own = await clerkId(database);
  return database.transaction('rw', [database.jobs, database.entries, database.days, database.meta], async () => {
    // The writer's own name is the latest word on it (a clerk may have renamed themselves); a colleague's copy of a
    // third clerk's name only fills a gap, since it may be stale.
    const namesHere = await clerkNames(database);
    const names = Object.entries(data.clerkNames ?? {}).filter(([id]) => id !== own && (id === data.clerk || namesHere[id] === undefined));
    await database.meta.bulkPut(names.map(([id, name]) => ({ key: `${NAME_OF}${id}`, value: name })));
    const foreignJobs = data.jobs.filter((j) => j.origin !== own);
    const foreignEntries = data.entries.filter((e) => e.origin !== own && !isSensitive(e.concept));
    const origins = [...new Set(foreignJobs.map((j) => j.origin))];
    const [jobsHere, entriesHere] = await Promise.all([presentRefs(database.jobs, origins), presentRefs(database.entries, origins)]);

    const newJobs = foreignJobs.filter((j) => !jobsHere.has(refKey(j.origin, j.ref)));
    const ids = await database.jobs.bulkAdd(
      newJobs.map(({ origin, ref, ...job }) => ({ ...job, origin, ref }) as Job),
      { allKeys: true },
    );
    const localId = new Map<string, number>();
    for (const [key, id] of jobsHere) localId.set(key, id);
    newJobs.forEach((j, i) => localId.set(refKey(j.origin, j.ref), ids[i] as number));

    const toEntry = ({ job, ...e }: ExportedEntry): Omit<Entry, 'id'> => ({ ...e, jobId: localId.get(refKey(e.origin, job))! });
    const newEntries = foreignEntries.filter((e) => !entriesHere.has(refKey(e.origin, e.ref))).map(toEntry);
    // An entry revised since the file that brought it (an edit after the fill, an undo) replaces the older copy.
    const known = foreignEntries.filter((e) => entriesHere.has(refKey(e.origin, e.ref)) && (e.rev ?? 0) > 0);
    const olds = await database.entries.bulkGet(known.map((e) => entriesHere.get(refKey(e.origin, e.ref))!));
    const replaced = known.flatMap((e, i) => {
      const old = olds[i];
      return old && (e.rev ?? 0) > (old.rev ?? 0) ? [{ old, now: { ...toEntry(e), id: old.id } as Entry }] : [];
    });
    await database.entries.bulkAdd(newEntries as Entry[]);
    await database.entries.bulkPut(replaced.map((r) => r.now));
    await applyToDays(database, {
      jobs: newJobs.map((job) => ({ job: { ...job, at: job.startedAt }, sign: 1 as const })),
      entries: [
        ...newEntries.map((entry) => ({ entry, sign: 1 as const })),
        ...replaced.flatMap((r) => [
          { entry: r.old, sign: -1 as const },
          { entry: r.now, sign: 1 as const },
        ]),
      ],
    });
    const skipped = foreignJobs.length - newJobs.length + (foreignEntries.length - newEntries.length - replaced.length);
    return { clerk: data.clerk, own: data.clerk === own, jobs: newJobs.length, entries: newEntries.length, alreadyPresent: skipped, updated: replaced.length };
  });
}
