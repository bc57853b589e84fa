// The shape of a field read from a source, shared by every extractor, the mapper and the side panel.
import type { ConceptId } from '../concepts';
import type { SectionKind } from '../sections';

export interface Provenance {
  kind: 'page' | 'text';
  /** Index of the line in the source text the value was read from. */
  line: number;
  /** CSS selector of the element that held it, when the source is a page. */
  selector?: string;
}

export interface ExtractedField {
  id: string;
  /** The label as written, without the decoration around it (【】, ■, the colon). */
  label: string;
  /** The value as written. */
  value: string;
  /** The value in a canonical form (half-width, hyphenated phone, NNN-NNNN postal code). */
  normalized: string;
  concept?: ConceptId;
  /** The heading of the block the field sits in, as written ("お届け先", "Ship to"). */
  section?: string;
  /** What that block is, when its heading says: two 電話番号 under ご注文者 and お届け先 stay apart. */
  sectionKind?: SectionKind;
  /** For repeated labels in one block (line items): 0 for the first occurrence, 1 for the second… */
  row?: number;
  /** 0..1: how sure the extractor is of the label/value pair and its concept. */
  confidence: number;
  provenance: Provenance;
}
