// The session memory of recently viewed sources, as salted hashes only, so a value typed on a core system can be traced to its source without keeping it.
import { isAmountConcept, isDateConcept, isPartOf, isSensitive, type ConceptId } from '../concepts';
import { templateName, type SourceSnapshot } from '../source';
import { recentSourceHashes } from '../storage-items';
import { entryForms, saltedHash, sourceForms } from './fingerprint';

/** A source stays recognisable this long after the clerk last viewed it: a working session, not the next day. */
export const SOURCE_TTL_MS = 4 * 60 * 60 * 1000;
/** Older sources give way: the clerk works from the last few, and fewer hashes mean fewer chance matches. */
export const MAX_SOURCES = 20;

export interface SourceHash {
  hash: string;
  concept?: ConceptId;
}

export interface RecentSource {
  signature: string;
  sourceName: string;
  seenAt: number;
  expiresAt: number;
  hashes: SourceHash[];
}

export interface RecentSources {
  /** Random per browser session: the hashes mean nothing outside it. */
  salt: string;
  sources: RecentSource[];
}

export interface SourceMatch {
  sourceSignature: string;
  sourceName: string;
}

// One read-modify-write at a time: a source arriving while a value is matched must not be lost.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

function newSalt(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function load(now: number): Promise<RecentSources> {
  const stored = await recentSourceHashes.getValue();
  const memory = stored ?? { salt: newSalt(), sources: [] };
  return { salt: memory.salt, sources: memory.sources.filter((s) => s.expiresAt > now) };
}

/** Remembers the values of a source the clerk viewed, hashed; sensitive fields are left out. Viewing it again extends its life. */
export function rememberSource(snapshot: SourceSnapshot, now: number): Promise<void> {
  return serial(async () => {
    const memory = await load(now);
    const hashes = new Map<string, SourceHash>();
    for (const field of snapshot.fields) {
      if (isSensitive(field.concept)) continue;
      for (const form of sourceForms(field.value, field.normalized)) {
        const hash = await saltedHash(memory.salt, form);
        if (!hashes.has(hash)) hashes.set(hash, field.concept ? { hash, concept: field.concept } : { hash });
      }
    }
    if (hashes.size === 0) {
      await recentSourceHashes.setValue(memory);
      return;
    }
    const key = [...hashes.keys()].sort().join();
    const same = (s: RecentSource) => s.signature === snapshot.signature && s.hashes.map((h) => h.hash).sort().join() === key;
    const entry: RecentSource = { signature: snapshot.signature, sourceName: templateName(snapshot), seenAt: now, expiresAt: now + SOURCE_TTL_MS, hashes: [...hashes.values()] };
    const sources = [...memory.sources.filter((s) => !same(s)), entry].sort((a, b) => a.seenAt - b.seenAt).slice(-MAX_SOURCES);
    await recentSourceHashes.setValue({ salt: memory.salt, sources });
  });
}

// Concepts a form and an extractor may each name differently for one value.
const FAMILIES: ConceptId[][] = [['tel', 'x-fax', 'x-extension']];

/** Whether a source value of one concept may plausibly go into a field of the other; unknown concepts never rule a match out. */
function related(source: ConceptId | undefined, target: ConceptId | undefined): boolean {
  if (!source || !target || source === target) return true;
  if (isPartOf(source, target) || isPartOf(target, source)) return true;
  if ((isDateConcept(source) && isDateConcept(target)) || (isAmountConcept(source) && isAmountConcept(target))) return true;
  return FAMILIES.some((family) => family.includes(source) && family.includes(target));
}

/**
 * The newest unexpired source holding the value (in any of its spellings) for a field of this concept, or undefined.
 * A sensitive target never matches. Expired sources are dropped on the way.
 */
export function matchValue(value: string, targetConcept: ConceptId | undefined, now: number): Promise<SourceMatch | undefined> {
  return serial(async () => {
    if (isSensitive(targetConcept)) return undefined;
    const stored = await recentSourceHashes.getValue();
    if (!stored) return undefined;
    const memory = await load(now);
    if (memory.sources.length !== stored.sources.length) await recentSourceHashes.setValue(memory);
    const wanted = new Set(await Promise.all(entryForms(value).map((form) => saltedHash(memory.salt, form))));
    if (wanted.size === 0) return undefined;
    const found = [...memory.sources]
      .sort((a, b) => b.seenAt - a.seenAt)
      .find((s) => s.hashes.some((h) => wanted.has(h.hash) && related(h.concept, targetConcept)));
    return found && { sourceSignature: found.signature, sourceName: found.sourceName };
  });
}

/** The hash of a text under this session's salt, for other session-only records (which field got which value, once). */
export function sessionHash(text: string, now: number): Promise<string> {
  return serial(async () => {
    const memory = await load(now);
    if (!(await recentSourceHashes.getValue())) await recentSourceHashes.setValue(memory);
    return saltedHash(memory.salt, text);
  });
}
