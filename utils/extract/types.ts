// The shape of a field read from a source, shared by every extractor, the mapper and the side panel.
import type { ConceptId } from '../concepts';

export interface Provenance {
  kind: 'page' | 'text';
  /** Index of the line in the source text the value was read from. */
  line: number;
  /** CSS selector of the element that held it, when the source is a page. */
  selector?: string;
}

export interface ExtractedField {
  id: string;
  /** The label as written, decorations included. */
  label: string;
  /** The value as written. */
  value: string;
  /** The value in a canonical form (half-width, hyphenated phone, NNN-NNNN postal code). */
  normalized: string;
  concept?: ConceptId;
  section?: string;
  /** 0..1: how sure the extractor is of the label/value pair and its concept. */
  confidence: number;
  provenance: Provenance;
}
