// The one typed contract for every message between the side panel, the background worker and the content script.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ExtractedField } from './extract/types';
import type { TargetForm } from './form/read-form';
import type { FillItem, FillResult } from './fill/fill';
import type { ConceptId } from './concepts';

/** What the content script reads from a page. */
export interface PageAnalysis {
  url: string;
  title: string;
  fields: ExtractedField[];
  form: TargetForm;
}

export type TabAnalysis =
  | ({ status: 'ok'; tabId: number } & PageAnalysis)
  /** The clerk has not allowed Tenki on this site yet; `origin` is what to request. */
  | { status: 'noAccess'; tabId: number; origin?: string }
  /** A page no extension may read (browser pages, the store). */
  | { status: 'unsupported'; tabId: number }
  | { status: 'error'; tabId: number; message: string };

export type TabFill = { status: 'ok'; results: FillResult[] } | { status: 'noAccess' } | { status: 'error'; message: string };

/** A value the clerk typed or pasted into a field of a core system, and where it went; the value itself is only matched, never kept. */
export interface PassiveEntry {
  /** One page load of the form (its time origin) up to its next submit or reset: re-entries of one visit form one manual job. */
  visit: string;
  formSignature: string;
  /** Already cleared, in the page, of the form's values: a title such as 顧客編集: 山田太郎 must not carry the name here. */
  formTitle: string;
  formUrl: string;
  fieldKey: string;
  fieldLabel: string;
  position: number;
  concept?: ConceptId;
  method: 'typed' | 'pasted';
  value: string;
}

interface ProtocolMap {
  /** Side panel → background: read a tab, injecting the content script first when needed. */
  analyzeTab(data: { tabId: number }): TabAnalysis;
  /** Side panel → background: fill a tab's form. */
  fillTab(data: { tabId: number; items: FillItem[] }): TabFill;
  /** Background → content script. */
  pagePing(): true;
  pageAnalyze(): PageAnalysis;
  pageFill(items: FillItem[]): FillResult[];
  /** Content script → side panel: the page's form gained, lost, showed or hid controls since it was last read. */
  pageFormChanged(): void;
  /** Side panel → background: outline the source element a field came from (its provenance.selector); no selector clears. True when shown. */
  highlightSource(data: { tabId: number; selector?: string }): boolean;
  /** Background → content script: the same, in the page. */
  pageHighlightSource(data: { selector?: string }): boolean;
  /** Background → side panel: the clerk pressed the "fill-approved" shortcut. */
  commandFillApproved(): void;
  /** Content script → background: a hand entry on a core system; logged as a manual re-entry when a recent source held the value. True when logged. */
  passiveEntry(data: PassiveEntry): boolean;
  /**
   * Content script → background: the clerk changed, in the page, a field Tenki filled at `filledAt`; its entry becomes
   * autofilled-then-edited, or, with no such entry, the change counts as a hand entry would. True when logged either way.
   * The fill's entry is found by `filledSignature`, the form's signature when Tenki filled it: the form may have changed since.
   */
  passiveEditedAfterFill(data: PassiveEntry & { filledAt: number; filledSignature: string }): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
