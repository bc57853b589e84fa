// The side panel's review state (proposals, edits, skips, fill results), persisted in session storage so a closed panel or a restarted worker loses nothing.
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { browser } from 'wxt/browser';
import type { FillItem, FillResult } from '../fill/fill';
import type { TargetField, TargetForm } from '../form/read-form';
import { proposeMapping, type Proposal } from '../mapping/map';
import { applyRules, fitValue, type Rule } from '../mapping/rules';
import { mergeResults, mergeUndo, type Review } from '../review-job';
import type { ExtractedField } from '../extract/types';
import type { SourceSnapshot } from '../source';

export interface ReviewState extends Review {
  source?: SourceSnapshot;
  results?: FillResult[];
  /** What the form held before this job's fills, per field: undo puts these back. */
  undo?: FillItem[];
  startedAt?: number;
  /** The learned rules of the current form (from the database); those for the current source template win over the mapper. */
  rules: Rule[];
  /** The form of the tab the panel is for; a different form starts a new job. */
  setForm(form: TargetForm, now?: number): void;
  /** The source being transcribed; a different message starts a new job. */
  setSource(source: SourceSnapshot | undefined, now?: number): void;
  edit(key: string, value: string): void;
  include(key: string, on: boolean): void;
  /** Records a fill's results: the latest result per field, and each field's value from before the job's first fill of it. */
  setResults(results: FillResult[]): void;
  /** The clerk took another source field for a target field: its value in the field's format becomes the edit. */
  pick(key: string, sourceIndex: number): void;
  /** The form was put back as it was: nothing left to undo, no statuses to show. */
  undone(): void;
  setRules(rules: Rule[]): void;
  /** Whether the clerk pinned the current source: a newly viewed source page then joins `recent` without replacing it. */
  pinned: boolean;
  /** The last few sources seen this session, newest first, so the clerk can switch back to one. */
  recent: SourceSnapshot[];
  /** The id of the current job's log row once one of its fills was logged, and the fields already logged in it. */
  jobId?: number;
  logged: string[];
  /** A source the browser or the panel just saw: it joins `recent`, and becomes the source unless the current one is pinned. */
  offerSource(source: SourceSnapshot | undefined, now?: number): void;
  /** The clerk chose this source (a dropped file, pasted text or a recent one): it becomes the source even while pinned. */
  chooseSource(source: SourceSnapshot, now?: number): void;
  /** Pins or unpins the current source; unpinning hands the panel to the newest source seen. */
  setPinned(on: boolean, now?: number): void;
  /** The current job was logged under this id, now with these fields. */
  setLogged(jobId: number, keys: readonly string[]): void;
}

/** How many recent sources the panel keeps for the switch. */
export const RECENT_SOURCES = 5;

/** `recent` with `source` at its head: one entry per message (a re-read of the same one replaces it), at most RECENT_SOURCES. */
export function withRecent(recent: readonly SourceSnapshot[], source: SourceSnapshot): SourceSnapshot[] {
  return [source, ...recent.filter((r) => !sameSource(r, source))].slice(0, RECENT_SOURCES);
}

const sessionStorage: StateStorage = {
  getItem: async (name) => ((await browser.storage.session.get(name))[name] as string | undefined) ?? null,
  setItem: async (name, value) => browser.storage.session.set({ [name]: value }),
  removeItem: async (name) => browser.storage.session.remove(name),
};

function sameSource(a: SourceSnapshot | undefined, b: SourceSnapshot | undefined): boolean {
  if (!a || !b) return a === b;
  return a.signature === b.signature && a.fields.every((f, i) => f.value === b.fields[i]?.value);
}

/**
 * The same job: the same form, or the same page whose form grew or shrank (a お届け先 block revealed after load), so
 * the clerk's edits and skips on the fields still there are kept.
 */
function sameForm(prev: TargetForm | undefined, form: TargetForm): boolean {
  if (!prev) return false;
  if (prev.signature === form.signature) return true;
  if (prev.url !== form.url) return false;
  const [fewer, more] = prev.fields.length <= form.fields.length ? [prev, form] : [form, prev];
  const keys = new Set(more.fields.map((f) => f.key));
  return fewer.fields.every((f) => keys.has(f.key));
}

function propose(source: SourceSnapshot | undefined, form: TargetForm | undefined, rules: readonly Rule[]): Proposal[] {
  if (!source || !form) return [];
  return applyRules(proposeMapping(source.fields, form), rules, source.fields, form);
}

export const useReview = create<ReviewState>()(
  persist(
    (set, get) => ({
      proposals: [],
      edits: {},
      included: {},
      rules: [],
      pinned: false,
      recent: [],
      logged: [],
      setForm(form, now = Date.now()) {
        const { source, form: prev, rules } = get();
        const proposals = propose(source, form, rules);
        if (sameForm(prev, form)) set({ form, proposals });
        else set({ form, proposals, edits: {}, included: {}, results: undefined, undo: undefined, startedAt: now, jobId: undefined, logged: [] });
      },
      setSource(source, now = Date.now()) {
        const { form, source: prev, rules } = get();
        const proposals = propose(source, form, rules);
        if (sameSource(prev, source)) set({ source, proposals });
        else set({ source, proposals, edits: {}, included: {}, results: undefined, undo: undefined, startedAt: now, jobId: undefined, logged: [] });
      },
      offerSource(source, now = Date.now()) {
        const { pinned, recent, source: current, setSource } = get();
        if (!source) {
          if (!pinned) setSource(undefined, now);
          return;
        }
        set({ recent: withRecent(recent, source) });
        if (!pinned || !current) setSource(source, now);
      },
      chooseSource(source, now = Date.now()) {
        set((s) => ({ recent: withRecent(s.recent, source) }));
        get().setSource(source, now);
      },
      setPinned(on, now = Date.now()) {
        set({ pinned: on });
        const newest = get().recent[0];
        if (!on && newest) get().setSource(newest, now);
      },
      setLogged(jobId, keys) {
        set((s) => ({ jobId, logged: [...new Set([...s.logged, ...keys])] }));
      },
      edit(key, value) {
        set((s) => ({ edits: { ...s.edits, [key]: value }, included: { ...s.included, [key]: true } }));
      },
      include(key, on) {
        set((s) => ({ included: { ...s.included, [key]: on } }));
      },
      setResults(results) {
        set((s) => ({ results: mergeResults(s.results, results), undo: mergeUndo(s.undo, results) }));
      },
      pick(key, sourceIndex) {
        const { form, source, edit } = get();
        const field = form?.fields.find((f) => f.key === key);
        const chosen = source?.fields[sourceIndex];
        const value = field && chosen && form ? fitValue(field, chosen, form) : undefined;
        if (value !== undefined) edit(key, value);
      },
      undone() {
        // Undone fields count as skipped in the job's log; filled again, their entries are revised rather than added.
        set({ results: undefined, undo: undefined, logged: [] });
      },
      setRules(rules) {
        // The clerk's edits stay: a rule learned or deleted mid-job changes the proposals, not what the clerk typed.
        set((s) => ({ rules, proposals: propose(s.source, s.form, rules) }));
      },
    }),
    { name: 'tenki-review', storage: createJSONStorage(() => sessionStorage) },
  ),
);

/** A source field offered for a target field, with the value it would give in the field's own format. */
export interface SourceChoice {
  index: number;
  field: ExtractedField;
  value: string;
}

/** The source fields whose value fits the target field (a select's option, a date, a phone piece…), in source order. */
export function sourceChoices(field: TargetField, form: TargetForm, sources: readonly ExtractedField[]): SourceChoice[] {
  const out: SourceChoice[] = [];
  sources.forEach((source, index) => {
    const value = fitValue(field, source, form);
    if (value !== undefined && value !== '') out.push({ index, field: source, value });
  });
  return out;
}
