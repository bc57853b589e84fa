// Joins parts a source gives separately (姓 and 名, セイ and メイ, 都道府県 + 市区町村 + 番地 + 建物) into the whole a form may ask for in one box.
import type { ConceptId } from '../concepts';
import type { ExtractedField } from '../extract/types';

interface Join {
  whole: ConceptId;
  parts: ConceptId[];
  /** How the parts are written together. */
  separator: string;
  /** Parts that may be missing (a building); the others must all be there. */
  optional?: ConceptId[];
}

const JOINS: Join[] = [
  { whole: 'name', parts: ['family-name', 'given-name'], separator: ' ' },
  { whole: 'x-name-kana', parts: ['x-family-name-kana', 'x-given-name-kana'], separator: ' ' },
  { whole: 'street-address', parts: ['address-level1', 'address-level2', 'address-line1', 'address-line2'], separator: '', optional: ['address-line2'] },
];

// A joined value is as sure as its least sure part, a little less for the joining.
const JOIN_FACTOR = 0.95;

const JOINED = '+';

/** A whole this module made: it goes only where the whole is asked for, never split apart again. */
export function isJoined(field: ExtractedField): boolean {
  return field.id.endsWith(JOINED);
}

/**
 * Whole fields made of the parts one block of the source gives, for blocks that do not give the whole already. They
 * carry the first part's id with a suffix, so a rule or a log entry can still name where they came from.
 */
export function joinedFields(sources: readonly ExtractedField[]): ExtractedField[] {
  const out: ExtractedField[] = [];
  const blocks = new Map<string, ExtractedField[]>();
  for (const s of sources) {
    const key = s.section ?? '';
    blocks.set(key, [...(blocks.get(key) ?? []), s]);
  }
  for (const fields of blocks.values()) {
    for (const join of JOINS) {
      if (fields.some((f) => f.concept === join.whole)) continue;
      const parts = join.parts.map((c) => fields.filter((f) => f.concept === c && f.normalized));
      // Exactly one of each part, or the block is ambiguous and nothing is joined.
      if (parts.some((p, i) => p.length > 1 || (p.length === 0 && !join.optional?.includes(join.parts[i]!)))) continue;
      const present = parts.flat();
      if (present.length < 2) continue;
      const first = present[0]!;
      out.push({
        id: `${first.id}${JOINED}`,
        label: present.map((p) => p.label).join(join.separator || '・'),
        value: present.map((p) => p.value).join(join.separator),
        normalized: present.map((p) => p.normalized).join(join.separator),
        concept: join.whole,
        section: first.section,
        sectionKind: first.sectionKind,
        row: first.row,
        confidence: Math.round(Math.min(...present.map((p) => p.confidence)) * JOIN_FACTOR * 100) / 100,
        provenance: first.provenance,
      });
    }
  }
  return out;
}
