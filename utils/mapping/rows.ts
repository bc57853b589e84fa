// Line items in the mapping: a field of the form's line N takes only a value of the source's line N, and lines never mix.
import { normalizeLabel, type ConceptId } from '../concepts';
import type { ExtractedField } from '../extract/types';
import { conceptOfColumn, indexedLabel, ITEM_CONCEPTS } from '../form/item-rows';
import type { TargetField } from '../form/read-form';

/** Concepts only a line has: a value of one of them outside any numbered line is the source's one line. */
const LINE_ONLY = new Set<ConceptId>(['x-product-name', 'x-product-code', 'x-quantity', 'x-unit', 'x-unit-price', 'x-lot-number']);

/**
 * Concepts a line's column may name by the line vocabulary (Lot, Description) when the extractor found none: their value
 * is taken as written, so no canonical form is missing.
 */
const AS_WRITTEN = new Set<ConceptId>(['x-product-name', 'x-product-code', 'x-unit', 'x-lot-number']);

/** What a line of a source may hold; a repeated label of anything else (two TELs in one block) is no line. */
const LINE_CAPABLE = new Set<ConceptId>([...ITEM_CONCEPTS, 'x-subtotal']);

// A column word read under a line is surer than no concept, less than the vocabulary's own match.
const COLUMN_CONFIDENCE = 0.8;

export interface SourceLines {
  /** The source fields, those of a line with the concept its column names when the extractor gave none. */
  sources: ExtractedField[];
  /** 0..1: how well a source value fits a target field, by their lines. */
  agreement(target: Pick<TargetField, 'row'>, concept: ConceptId, source: ExtractedField): number;
}

/**
 * The line of each source field. The extractor numbers the repeats of a label (row 1, 2…) and leaves the first
 * unnumbered, so a label that repeats under the same heading starts at line 0; labels that carry the number (品目1,
 * 品目2) are lines in the order of their numbers; line-only values (品名, 数量) that the extractor did not number are
 * lines in the order they are written ("A　数量：6", "B　数量：4"), the one line when there is one. Beside numbered
 * lines of the same concept they are no line (-1, which no field takes).
 */
function linesOf(sources: readonly ExtractedField[]): Map<string, number> {
  const key = (f: ExtractedField) => `${f.section ?? ''}|${normalizeLabel(f.label)}`;
  const numbered = new Set(sources.filter((f) => f.row !== undefined).map(key));
  const rows = new Map<string, number>();
  const indexed = new Map<string, { f: ExtractedField; index: number }[]>();
  const lone = new Map<ConceptId, ExtractedField[]>();
  for (const f of sources) {
    if (f.concept && !LINE_CAPABLE.has(f.concept)) continue;
    if (f.row !== undefined) rows.set(f.id, f.row);
    else if (numbered.has(key(f))) rows.set(f.id, 0);
    else {
      const byLabel = f.concept && ITEM_CONCEPTS.has(f.concept) ? indexedLabel(f.label) : undefined;
      if (byLabel) {
        const stem = `${f.section ?? ''}|${f.concept}|${normalizeLabel(byLabel.field)}`;
        indexed.set(stem, [...(indexed.get(stem) ?? []), { f, index: byLabel.index }]);
      } else if (f.concept && LINE_ONLY.has(f.concept)) lone.set(f.concept, [...(lone.get(f.concept) ?? []), f]);
    }
  }
  for (const members of indexed.values()) {
    const order = [...new Set(members.map((m) => m.index))].sort((a, b) => a - b);
    // Two values under one number are not lines.
    for (const m of members) rows.set(m.f.id, order.length === members.length ? order.indexOf(m.index) : -1);
  }
  const lined = new Set(sources.filter((f) => rows.has(f.id)).map((f) => f.concept));
  for (const [concept, values] of lone) values.forEach((f, i) => rows.set(f.id, lined.has(concept) ? -1 : i));
  return withinLines(sources, rows);
}

const isMark = (f: ExtractedField) => f.concept !== undefined && LINE_ONLY.has(f.concept);

/**
 * Values only a line has (品名, 数量) mark the lines; any other repeated label (金額, Lot, ご請求金額) is a column of line N
 * only where it is written inside line N: from the line's first mark to the next line's, or for the last line up to the
 * first value of no line (小計 under the table). A ご請求金額 at the top of an invoice and again at its foot is no column.
 */
function withinLines(sources: readonly ExtractedField[], rows: ReadonlyMap<string, number>): Map<string, number> {
  const marks = new Map<number, number[]>();
  sources.forEach((f, at) => {
    const row = rows.get(f.id);
    if (row !== undefined && row >= 0 && isMark(f)) marks.set(row, [...(marks.get(row) ?? []), at]);
  });
  const out = new Map(rows);
  sources.forEach((f, at) => {
    const row = rows.get(f.id);
    if (row === undefined || row < 0 || isMark(f)) return;
    const own = marks.get(row);
    const next = marks.get(row + 1);
    const lastMark = own ? Math.max(...own) : -1;
    const end = next ? Math.min(...next) : sources.findIndex((g, i) => i > lastMark && !rows.has(g.id));
    if (!own || at < Math.min(...own) || (end >= 0 && at >= end)) out.delete(f.id);
  });
  return out;
}

/** Reads the lines of the source once per mapping. */
export function sourceLines(sources: readonly ExtractedField[]): SourceLines {
  const rows = linesOf(sources);
  const withColumns = sources.map((f) => {
    if (f.concept || !rows.has(f.id)) return f;
    const column = conceptOfColumn(f.label)?.concept;
    return column && AS_WRITTEN.has(column) ? { ...f, concept: column, confidence: COLUMN_CONFIDENCE } : f;
  });
  const count = Math.max(0, ...[...rows.values()].map((r) => r + 1));
  return {
    sources: withColumns,
    agreement(target, concept, source) {
      const line = rows.get(source.id);
      if (target.row !== undefined) return line === target.row ? 1 : 0;
      if (line === undefined) return 1;
      // A field outside any line (one 品名 box) takes a line's value only when the source has that one line: of several,
      // no line is the right one. A line's amount is never a total.
      return line === 0 && count === 1 && LINE_ONLY.has(concept) ? 1 : 0;
    },
  };
}
