// The session memory of recently viewed sources, as salted hashes only, so a value typed on a core system can be traced to its source without keeping it.
import { isAmountConcept, isDateConcept, isPartOf, isSensitive, type ConceptId } from '../concepts';
import { createSerial } from '../serial';
import { templateName, type SourceSnapshot } from '../source';
import { recentSourceHashes } from '../storage-items';
import { canonicalForms, isSplitConcept, saltedHash, sourceForms, sourcePieces } from './fingerprint';

/** A source stays recognisable this long after the clerk last viewed it: a working session, not the next day. */
export const SOURCE_TTL_MS = 4 * 60 * 60 * 1000;
/** Older sources give way: the clerk works from the last few, and fewer hashes mean fewer chance matches. */
export const MAX_SOURCES = 20;
/** Hashes kept per source: session storage holds 10 MB for all of them, and a long text must not take it all. */
export const MAX_HASHES_PER_SOURCE = 2_000;

export interface SourceHash {
  hash: string;
  concept?: ConceptId;
  /** A piece of the value (山田 of 山田 太郎), which only a box for that part of a split value may match. */
  piece?: true;
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
const serial = createSerial();

function newSalt(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What session storage holds (null before the first source), and the memory to work with: a salt, no expired source. */
async function load(now: number): Promise<{ stored: RecentSources | null; memory: RecentSources }> {
  const stored = await recentSourceHashes.getValue();
  const base = stored ?? { salt: newSalt(), sources: [] };
  return { stored, memory: { salt: base.salt, sources: base.sources.filter((s) => s.expiresAt > now) } };
}

const idOf = (h: SourceHash) => `${h.hash}|${h.concept ?? ''}|${h.piece ?? false}`;

/**
 * Remembers the values of a source the clerk viewed, hashed; sensitive fields are left out. Viewing it again extends its life.
 * Whole values come first, so a source too long for the cap loses pieces before any whole value.
 */
export function rememberSource(snapshot: SourceSnapshot, now: number): Promise<void> {
  return serial(async () => {
    const { memory } = await load(now);
    const fields = snapshot.fields.filter((f) => !isSensitive(f.concept));
    const forms = [
      ...fields.flatMap((f) => sourceForms(f.value, f.normalized).map((text) => ({ text, concept: f.concept, piece: false }))),
      ...fields.flatMap((f) => sourcePieces(f.value, f.normalized, f.concept).map((text) => ({ text, concept: f.concept, piece: true }))),
    ];
    const hashes = new Map<string, SourceHash>();
    for (const form of forms) {
      if (hashes.size >= MAX_HASHES_PER_SOURCE) break;
      const h: SourceHash = { hash: await saltedHash(memory.salt, form.text), ...(form.concept && { concept: form.concept }), ...(form.piece && { piece: true as const }) };
      if (!hashes.has(idOf(h))) hashes.set(idOf(h), h);
    }
    if (hashes.size === 0) {
      await recentSourceHashes.setValue(memory);
      return;
    }
    const key = [...hashes.keys()].sort().join();
    const same = (s: RecentSource) => s.signature === snapshot.signature && s.hashes.map(idOf).sort().join() === key;
    const entry: RecentSource = { signature: snapshot.signature, sourceName: templateName(snapshot), seenAt: now, expiresAt: now + SOURCE_TTL_MS, hashes: [...hashes.values()] };
    const sources = [...memory.sources.filter((s) => !same(s)), entry].sort((a, b) => a.seenAt - b.seenAt).slice(-MAX_SOURCES);
    await recentSourceHashes.setValue({ salt: memory.salt, sources });
  });
}

// Concepts a form and an extractor may each name differently for one value.
const FAMILIES: ConceptId[][] = [['tel', 'x-fax', 'x-extension']];

/** Whether a whole source value of one concept may plausibly go into a field of the other; unknown concepts never rule a match out. */
function related(source: ConceptId | undefined, target: ConceptId | undefined): boolean {
  if (!source || !target || source === target) return true;
  if (isPartOf(source, target) || isPartOf(target, source)) return true;
  if ((isDateConcept(source) && isDateConcept(target)) || (isAmountConcept(source) && isAmountConcept(target))) return true;
  return FAMILIES.some((family) => family.includes(source) && family.includes(target));
}

/** A piece is short and common (03, 山田): it counts only in a box known to hold a part of that kind of value (a 姓 box, a phone box). */
function fits(hash: SourceHash, target: ConceptId | undefined): boolean {
  return hash.piece ? isSplitConcept(target) && related(hash.concept, target) : related(hash.concept, target);
}

/**
 * The newest unexpired source holding the value (in any of its spellings) for a field of this concept, or undefined.
 * A sensitive target never matches. Expired sources are dropped on the way.
 */
export function matchValue(value: string, targetConcept: ConceptId | undefined, now: number): Promise<SourceMatch | undefined> {
  return serial(async () => {
    if (isSensitive(targetConcept)) return undefined;
    const { stored, memory } = await load(now);
    if (!stored) return undefined;
    if (memory.sources.length !== stored.sources.length) await recentSourceHashes.setValue(memory);
    // Only the whole entered value, never its pieces: a long entry must not match because one word of it does.
    const wanted = new Set(await Promise.all(canonicalForms(value).map((form) => saltedHash(memory.salt, form))));
    if (wanted.size === 0) return undefined;
    const found = [...memory.sources]
      .sort((a, b) => b.seenAt - a.seenAt)
      .find((s) => s.hashes.some((h) => wanted.has(h.hash) && fits(h, targetConcept)));
    return found && { sourceSignature: found.signature, sourceName: found.sourceName };
  });
}

/** The hash of a text under this session's salt, for other session-only records (which field got which value, once). */
export function sessionHash(text: string, now: number): Promise<string> {
  return serial(async () => {
    const { stored, memory } = await load(now);
    if (!stored) await recentSourceHashes.setValue(memory);
    return saltedHash(memory.salt, text);
  });
}
