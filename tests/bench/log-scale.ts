// Issue 6 "Scale": the dashboard's main view over logs of 10k, 100k and 1M entries, to show day rows keep it flat as the log grows.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { ConceptId } from '../../utils/concepts';
import { ENTRY_METHODS, TenkiDB, type Entry, type EntryMethod, type Job, type MethodCounts } from '../../utils/log/db';
import { applyToDays, buildDays, type DayChange } from '../../utils/log/days';
import { dashboardView, summarize, type Counted, type DashboardView, type FieldTotal, type FlowTotal, type FormTotal, type Period } from '../../utils/log/view';
import { redesignCandidates } from '../../utils/log/candidates';

// --- A deterministic team log -------------------------------------------------------------------------------------

/** mulberry32: small, fast, seeded. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
function weighted<T>(rand: Rand, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1]![0];
}

const FIELD_POOL: readonly (readonly [string, ConceptId | undefined, number])[] = [
  ['受注番号', 'x-order-number', 10], ['注文番号', 'x-order-number', 12], ['取引先名', 'organization', 18], ['取引先名カナ', 'x-organization-kana', 20],
  ['部署名', 'x-department', 10], ['ご担当者名', 'name', 8], ['フリガナ', 'x-name-kana', 12], ['郵便番号', 'postal-code', 8],
  ['都道府県', 'address-level1', 4], ['市区町村', 'address-level2', 6], ['番地', 'address-line1', 10], ['建物名', 'address-line2', 14],
  ['電話番号', 'tel', 12], ['FAX番号', 'x-fax', 12], ['メールアドレス', 'email', 22], ['商品コード', 'x-product-code', 10],
  ['商品名', 'x-product-name', 24], ['数量', 'x-quantity', 3], ['単価', 'x-unit-price', 6], ['金額', 'x-amount', 8],
  ['小計', 'x-subtotal', 8], ['消費税', 'x-tax', 6], ['送料', 'x-shipping-fee', 4], ['受注日', 'x-date', 10],
  ['納期', 'x-delivery-date', 10], ['支払期限', 'x-due-date', 10], ['請求書番号', 'x-invoice-number', 12], ['登録番号', 'x-registration-number', 14],
  ['備考', undefined, 30], ['社内メモ', undefined, 20], ['案件区分', undefined, 4], ['ロット番号', 'x-lot-number', 10],
];

const FORM_NAMES = ['受注登録', '顧客マスタ登録', '見積作成', '請求書発行', '入社手続き', '住所変更届', '備品購入申請', '出荷指示'];
const SOURCE_NAMES = [
  'mail: ご注文の確認 / 注文番号・お名前', 'mail: 見積依頼 / 会社名・ご担当者', 'mail: 請求書送付のご案内 / 請求書番号', 'portal: 発注書 / 発注番号・品番',
  'pdf: 注文書 / 注文番号・取引先', 'mail: 住所変更のお知らせ / 新住所', 'web: お問い合わせフォーム / お名前・会社名', 'mail: 納期回答 / 納期・数量',
  'portal: EDI 受注一覧 / 受注番号', 'mail: 入社書類 / 氏名・住所', 'xlsx: 備品申請 / 品名・数量', 'mail: 出荷依頼 / お届け先',
];

interface FormDef {
  signature: string;
  title: string;
  url: string;
  fields: { key: string; label: string; position: number; concept?: ConceptId; chars: number }[];
  /** Source templates that feed this form, with how often. */
  sources: (readonly [number, number])[];
}

interface World {
  forms: FormDef[];
  /** Per form, source and field: a skew of methods, so some flows are the retyped, corrected or skipped kind. */
  skew: Map<string, Partial<Record<EntryMethod, number>>>;
}

function world(): World {
  const rand = prng(0x7e4b1);
  const forms: FormDef[] = FORM_NAMES.map((title, f) => {
    const count = int(rand, 8, 25);
    const pool = [...FIELD_POOL];
    const fields: FormDef['fields'] = [];
    for (let i = 0; i < count; i++) {
      const [label, concept, chars] = pool.splice(Math.floor(rand() * pool.length), 1)[0]!;
      fields.push({ key: `f${f}_${i}`, label, position: i, concept, chars });
    }
    const sources: FormDef['sources'] = [];
    const n = int(rand, 2, 4);
    for (let s = 0; s < n; s++) sources.push([(f + s * 5 + int(rand, 0, 1)) % SOURCE_NAMES.length, s === 0 ? 6 : int(rand, 1, 4)]);
    return { signature: `form-${f.toString(16)}-${title.length}`, title, url: `https://erp.example.co.jp/app/${f}/new`, fields, sources };
  });
  const skew = new Map<string, Partial<Record<EntryMethod, number>>>();
  for (const form of forms) {
    for (const [source] of form.sources) {
      for (const field of form.fields) {
        const r = rand();
        const key = `${form.signature}|${source}|${field.key}`;
        if (r < 0.08) skew.set(key, { typed: 6, pasted: 3 });
        else if (r < 0.14) skew.set(key, { edited: 5 });
        else if (r < 0.18) skew.set(key, { skipped: 8 });
      }
    }
  }
  return { forms, skew };
}

const BASE_METHODS: readonly (readonly [EntryMethod, number])[] = [['autofilled', 74], ['edited', 7], ['typed', 9], ['pasted', 4], ['skipped', 6]];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnights of the working days among the last 365 (weekdays, without the New Year, Golden Week and Obon breaks). */
function workingDays(today: Date): Date[] {
  const out: Date[] = [];
  for (let back = 364; back >= 0; back--) {
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back);
    const md = (d.getMonth() + 1) * 100 + d.getDate();
    const holiday = md >= 1229 || md <= 103 || (md >= 503 && md <= 505) || (md >= 813 && md <= 815);
    if (d.getDay() !== 0 && d.getDay() !== 6 && !holiday) out.push(d);
  }
  return out;
}

/** A clerk of the team: '' is this browser's, the others came in through imported exports (origin and their own ids). */
const CLERKS: readonly (readonly [string, number])[] = [['', 4], ['clerk-2f9a', 3], ['clerk-81c0', 2], ['clerk-d3e7', 1]];

type NewJob = Omit<Job, 'id'>;
type NewEntry = Omit<Entry, 'id' | 'jobId'>;

/**
 * Calls `flush` with batches of about `batchEntries` entries, in time order, until exactly `total` entries are made:
 * every working day gets its share (Monday a little more, Friday less), jobs of 5–20 fields between 9:00 and 18:30.
 */
async function generate(total: number, w: World, today: Date, batchEntries: number, flush: (jobs: NewJob[], entries: NewEntry[][]) => Promise<void>): Promise<number> {
  const rand = prng(0x5ca1e ^ total);
  const days = workingDays(today);
  const weight = (d: Date) => [0, 1.2, 1, 1, 1, 0.8, 0][d.getDay()]!;
  const totalWeight = days.reduce((s, d) => s + weight(d), 0);
  const refs = new Map<string, number>();
  let made = 0;
  let cum = 0;
  let jobs: NewJob[] = [];
  let entries: NewEntry[][] = [];
  let pending = 0;
  let jobCount = 0;
  for (const day of days) {
    cum += weight(day);
    const target = day === days[days.length - 1] ? total : Math.round((total * cum) / totalWeight);
    const moments: NewJob[] = [];
    const dayEntries: NewEntry[][] = [];
    while (made < target) {
      const form = pick(rand, w.forms);
      const source = weighted(rand, form.sources);
      const size = Math.min(target - made, int(rand, 5, Math.min(20, form.fields.length)));
      // The job's fields: a run of the form in its own order, as a clerk fills it.
      const start = int(rand, 0, form.fields.length - size);
      const fields = form.fields.slice(start, start + size);
      const manualJob = rand() < 0.12;
      const clerk = weighted(rand, CLERKS);
      const endedAt = day.getTime() + Math.floor((9 * 60 + rand() * 570) * 60_000);
      const job: NewJob = {
        kind: manualJob ? 'manual' : 'assisted',
        formSignature: form.signature,
        formTitle: form.title,
        formUrl: form.url,
        sourceSignature: `src-${source}`,
        sourceName: SOURCE_NAMES[source]!,
        startedAt: endedAt - int(rand, 20, 300) * 1000,
        endedAt,
        reviewMs: manualJob ? 0 : int(rand, 1500, 30_000),
        fieldCount: size,
      };
      const nextRef = () => {
        const ref = (refs.get(clerk) ?? 0) + 1;
        refs.set(clerk, ref);
        return ref;
      };
      if (clerk) Object.assign(job, { origin: clerk, ref: nextRef() });
      const list: NewEntry[] = fields.map((field) => {
        const skew = w.skew.get(`${form.signature}|${source}|${field.key}`);
        const method: EntryMethod = manualJob
          ? weighted(rand, [['typed', 3], ['pasted', 2]] as const)
          : weighted(rand, BASE_METHODS.map(([m, wt]) => [m, wt * (skew?.[m] ?? 1)] as const));
        const proposed = method === 'autofilled' || method === 'edited';
        const entry: NewEntry = {
          at: endedAt,
          formSignature: form.signature,
          sourceSignature: job.sourceSignature,
          fieldKey: field.key,
          fieldLabel: field.label,
          position: field.position,
          concept: field.concept,
          method,
          chars: method === 'skipped' ? 0 : Math.max(1, Math.round(field.chars * (0.5 + rand()))),
          tier: proposed ? weighted(rand, [['high', 6], ['medium', 3], ['low', 1]] as const) : undefined,
          corrected: proposed ? method === 'edited' : undefined,
        };
        if (clerk) Object.assign(entry, { origin: clerk, ref: nextRef() });
        return entry;
      });
      moments.push(job);
      dayEntries.push(list);
      made += size;
      pending += size;
    }
    // In time order within the day, as recordJob would have written them.
    const order = moments.map((_, i) => i).sort((a, b) => moments[a]!.endedAt - moments[b]!.endedAt);
    for (const i of order) {
      jobs.push(moments[i]!);
      entries.push(dayEntries[i]!);
    }
    jobCount += moments.length;
    if (pending >= batchEntries) {
      await flush(jobs, entries);
      jobs = [];
      entries = [];
      pending = 0;
    }
  }
  if (jobs.length) await flush(jobs, entries);
  return jobCount;
}

// --- Filling a database through the extension's own aggregate code ------------------------------------------------

let factory: IDBFactory | undefined;

/** A Dexie database in fake-indexeddb, whatever else the process has loaded before. */
function openDb(name: string): TenkiDB {
  factory ??= new IDBFactory();
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  return new TenkiDB(name);
}

interface Filled {
  db: TenkiDB;
  entries: number;
  jobs: number;
  dayRows: number;
  /** Cells over all day rows: one per day, form, source template and field, what the view really sums. */
  cells: number;
  fillMs: number;
}

/**
 * Writes jobs and entries with bulkAdd and the day rows with applyToDays, batch by batch, in one transaction each: the
 * same change recordJob hands applyToDays, so the day rows are what recordJob would have left.
 */
async function fill(name: string, total: number, w: World, today: Date): Promise<Filled> {
  const db = openDb(name);
  await db.open();
  const t0 = performance.now();
  const jobs = await generate(total, w, today, 20_000, async (jobs, entries) => {
    await db.transaction('rw', [db.jobs, db.entries, db.days], async () => {
      const ids = (await db.jobs.bulkAdd(jobs as Job[], { allKeys: true })) as number[];
      const rows = entries.flatMap((list, i) => list.map((e) => ({ ...e, jobId: ids[i]! })));
      await db.entries.bulkAdd(rows as Entry[]);
      const change: DayChange = {
        jobs: jobs.map((job) => ({ job: { ...job, at: job.endedAt }, sign: 1 as const })),
        entries: rows.map((entry) => ({ entry, sign: 1 as const })),
      };
      await applyToDays(db, change);
    });
  });
  const fillMs = performance.now() - t0;
  let cells = 0;
  await db.days.each((row) => void (cells += Object.keys(row.cells).length));
  return { db, entries: await db.entries.count(), jobs, dayRows: await db.days.count(), cells, fillMs };
}

// --- The self-check: the same view from a scan of every entry -----------------------------------------------------

function zero(): MethodCounts {
  return { autofilled: 0, edited: 0, typed: 0, pasted: 0, skipped: 0 };
}

function monday(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y!, m! - 1, d!);
  date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  return localDay(date);
}

/** The view as a scan of every job and entry would have it, written without days.ts or summarize. */
async function naiveView(db: TenkiDB, period: Period): Promise<DashboardView> {
  const inPeriod = (day: string) => (period.from === undefined || day >= period.from) && (period.to === undefined || day <= period.to);
  const jobs = new Map<number, Job>();
  await db.jobs.each((job) => void jobs.set(job.id, job));
  const add = (c: Counted, e: Entry) => {
    c.n[e.method] += 1;
    c.chars[e.method] += e.chars;
    if (e.corrected) c.corrected += 1;
  };
  const blank = (): Counted => ({ n: zero(), chars: zero(), corrected: 0 });
  const view: DashboardView = { ...blank(), period, jobs: 0, forms: [], flows: [], weeks: [], clerks: 0 };
  const forms = new Map<string, FormTotal>();
  const flows = new Map<string, Omit<FlowTotal, 'clerkIds'> & { ids: Set<string> }>();
  const weeks = new Map<string, MethodCounts>();
  const clerks = new Set<string>();
  const days: string[] = [];
  const form = (sig: string, title: string) => {
    let f = forms.get(sig);
    if (!f) forms.set(sig, (f = { ...blank(), formSignature: sig, formTitle: title, jobs: 0, fields: [] }));
    return f;
  };
  const flow = (source: string, sig: string, title: string) => {
    const id = `${source}|${sig}`;
    let f = flows.get(id);
    if (!f) flows.set(id, (f = { ...blank(), sourceSignature: source, sourceName: '', formSignature: sig, formTitle: title, jobs: 0, clerks: 0, fields: [], ids: new Set() }));
    return f;
  };
  const field = (list: FieldTotal[], e: Entry) => {
    let f = list.find((x) => x.fieldKey === e.fieldKey);
    if (!f) list.push((f = { ...blank(), formSignature: e.formSignature, fieldKey: e.fieldKey, fieldLabel: e.fieldLabel, position: e.position, concept: e.concept }));
    return f;
  };
  for (const job of jobs.values()) {
    const day = localDay(new Date(job.startedAt));
    if (!inPeriod(day)) continue;
    days.push(day);
    view.jobs += 1;
    form(job.formSignature, job.formTitle).jobs += 1;
    const fl = flow(job.sourceSignature, job.formSignature, job.formTitle);
    fl.sourceName = job.sourceName;
    fl.jobs += 1;
    fl.ids.add(job.origin ?? '');
    clerks.add(job.origin ?? '');
  }
  await db.entries.each((e) => {
    const day = localDay(new Date(e.at));
    if (!inPeriod(day)) return;
    days.push(day);
    const title = jobs.get(e.jobId)!.formTitle;
    add(view, e);
    const fo = form(e.formSignature, title);
    add(fo, e);
    add(field(fo.fields, e), e);
    const fl = flow(e.sourceSignature, e.formSignature, title);
    add(fl, e);
    add(field(fl.fields, e), e);
    const week = monday(day);
    const w = weeks.get(week) ?? zero();
    w[e.method] += 1;
    weeks.set(week, w);
  });
  const sorted = days.sort();
  const first = period.from ?? sorted[0];
  const last = period.to ?? sorted[sorted.length - 1];
  if (first && last) {
    const all: string[] = [];
    for (let week = monday(first); week <= last; ) {
      all.push(week);
      const [y, m, d] = week.split('-').map(Number);
      week = localDay(new Date(y!, m! - 1, d! + 7));
    }
    view.weeks = all.slice(-156).map((week) => ({ week, n: weeks.get(week) ?? zero() }));
  }
  const manual = (c: Counted) => c.n.edited + c.n.typed + c.n.pasted;
  const count = (c: Counted) => ENTRY_METHODS.reduce((s, m) => s + c.n[m], 0);
  const byPosition = (a: FieldTotal, b: FieldTotal) => a.position - b.position || a.fieldKey.localeCompare(b.fieldKey);
  view.forms = [...forms.values()].map((f) => ({ ...f, fields: f.fields.sort(byPosition) }));
  view.forms.sort((a, b) => manual(b) - manual(a) || count(b) - count(a) || a.formTitle.localeCompare(b.formTitle));
  view.flows = [...flows.values()].map(({ ids, ...f }) => ({ ...f, clerks: ids.size, clerkIds: [...ids].sort(), fields: f.fields.sort(byPosition) }));
  view.flows.sort((a, b) => manual(b) - manual(a) || count(b) - count(a) || b.jobs - a.jobs);
  view.clerks = clerks.size;
  return view;
}

/** The view with lists keyed rather than ordered where the order only breaks ties, for comparing two ways of summing. */
function canonical(view: DashboardView): unknown {
  const counts = (c: Counted) => ({ n: c.n, chars: c.chars, corrected: c.corrected });
  const fields = (list: FieldTotal[]) => list.map((f) => ({ ...counts(f), key: f.fieldKey, label: f.fieldLabel, position: f.position, concept: f.concept ?? null, form: f.formSignature }));
  return {
    ...counts(view),
    jobs: view.jobs,
    clerks: view.clerks,
    weeks: view.weeks,
    forms: [...view.forms].sort((a, b) => a.formSignature.localeCompare(b.formSignature)).map((f) => ({ ...counts(f), sig: f.formSignature, title: f.formTitle, jobs: f.jobs, fields: fields(f.fields) })),
    flows: [...view.flows]
      .sort((a, b) => `${a.sourceSignature}|${a.formSignature}`.localeCompare(`${b.sourceSignature}|${b.formSignature}`))
      .map((f) => ({ ...counts(f), source: f.sourceSignature, name: f.sourceName, sig: f.formSignature, title: f.formTitle, jobs: f.jobs, clerks: f.clerks, fields: fields(f.fields) })),
    // Ranked lists: their volumes in order are the same whichever way ties fall.
    candidates: redesignCandidates(view).map((c) => c.volume),
  };
}

function firstDifference(a: unknown, b: unknown, at = 'view'): string | undefined {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b) ? undefined : `${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const diff = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
    if (diff) return diff;
  }
  return undefined;
}

/** Aborts the bench when the day rows and a scan of the entries disagree: timing a wrong view would prove nothing. */
async function selfCheck(filled: Filled, periods: Period[]): Promise<void> {
  for (const period of periods) {
    const fromDays = await dashboardView(filled.db, period);
    const scanned = await naiveView(filled.db, period);
    const diff = firstDifference(canonical(fromDays), canonical(scanned));
    if (diff) {
      console.error(`bench: SELF-CHECK FAILED for period ${JSON.stringify(period)}: day rows and the entry scan differ at ${diff}`);
      process.exit(1);
    }
  }
  // buildDays over the whole log (what the v3 migration writes) must give the same rows as the batches did.
  const [jobs, entries, stored] = await Promise.all([filled.db.jobs.toArray(), filled.db.entries.toArray(), filled.db.days.toArray()]);
  const rebuilt = buildDays(jobs, entries);
  const diff = firstDifference(canonical(summarize(rebuilt, {})), canonical(summarize(stored, {})));
  if (diff || rebuilt.length !== stored.length) {
    console.error(`bench: SELF-CHECK FAILED: buildDays over the whole log differs from the batched day rows (${diff ?? `${rebuilt.length} vs ${stored.length} rows`})`);
    process.exit(1);
  }
}

// --- Timing -------------------------------------------------------------------------------------------------------

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function mainView(db: TenkiDB, period: Period): Promise<number> {
  const t0 = performance.now();
  redesignCandidates(await dashboardView(db, period));
  return performance.now() - t0;
}

/** The same view in its two halves: reading the day rows through the index, and summing them (summarize + candidates). */
async function split(db: TenkiDB, period: Period): Promise<[number, number]> {
  const t0 = performance.now();
  const rows = await db.days.where('day').between(period.from ?? '', period.to ?? '\uffff', true, true).toArray();
  const t1 = performance.now();
  redesignCandidates(summarize(rows, period));
  return [t1 - t0, performance.now() - t1];
}

export interface LogScaleResult {
  sizes: { label: string; entries: number; jobs: number; dayRows: number; cells: number; fillMs: number; viewMs: number; allMs: number }[];
  growth: number;
}

const SIZES: readonly (readonly [string, number])[] = [['10k', 10_000], ['100k', 100_000], ['1m', 1_000_000]];

/**
 * Fills the three databases, checks the 10k one against a scan of its entries, then times the dashboard's default view
 * (the last 12 weeks) and "all time" on each, round by round across the sizes so machine noise falls on all alike.
 */
export async function benchLogScale(log: (line: string) => void = console.log, reps = 5): Promise<LogScaleResult> {
  const w = world();
  const now = new Date();
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const twelveWeeks: Period = { from: localDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 83)), to: localDay(today) };
  const filled: (Filled & { label: string })[] = [];
  for (const [label, total] of SIZES) {
    const f = await fill(`tenki-bench-${label}`, total, w, today);
    filled.push({ ...f, label });
    const heap = process.memoryUsage().heapUsed / 1e6;
    log(`bench: log_fill_${label} entries=${f.entries} jobs=${f.jobs} day_rows=${f.dayRows} cells=${f.cells} ms=${f.fillMs.toFixed(0)} heap=${heap.toFixed(0)}MB`);
    if (label === '10k') {
      await selfCheck(f, [twelveWeeks, {}]);
      log('bench: log_selfcheck_10k ok (day rows = scan of every entry, 12 weeks and all time; buildDays = batched applyToDays)');
    }
  }
  const times = filled.map(() => ({ view: [] as number[], all: [] as number[], read: [] as number[], sum: [] as number[] }));
  for (const f of filled) {
    await mainView(f.db, twelveWeeks);
    await mainView(f.db, {});
  }
  for (let r = 0; r < reps; r++) {
    for (const [i, f] of filled.entries()) {
      times[i]!.view.push(await mainView(f.db, twelveWeeks));
      times[i]!.all.push(await mainView(f.db, {}));
      const [read, sum] = await split(f.db, twelveWeeks);
      times[i]!.read.push(read);
      times[i]!.sum.push(sum);
    }
  }
  const sizes = filled.map((f, i) => ({ label: f.label, entries: f.entries, jobs: f.jobs, dayRows: f.dayRows, cells: f.cells, fillMs: f.fillMs, viewMs: median(times[i]!.view), allMs: median(times[i]!.all) }));
  for (const s of sizes) log(`bench: stats_view_${s.label} ms=${s.viewMs.toFixed(2)}`);
  for (const [i, s] of sizes.entries()) log(`bench: stats_view_${s.label} read_ms=${median(times[i]!.read).toFixed(2)} sum_ms=${median(times[i]!.sum).toFixed(2)} (12 weeks: reading day rows, summing them)`);
  for (const s of sizes) log(`bench: stats_view_all_${s.label} ms=${s.allMs.toFixed(2)}`);
  const growth = sizes[2]!.viewMs / sizes[1]!.viewMs;
  log(`bench: stats_growth_1m_vs_100k ratio=${growth.toFixed(3)}`);
  for (const f of filled) {
    f.db.close();
    await Dexie.delete(f.db.name);
  }
  return { sizes, growth };
}
