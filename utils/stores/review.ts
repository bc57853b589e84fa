// The side panel's review state (proposals, edits, skips, fill results), persisted in session storage so a closed panel or a restarted worker loses nothing.
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { browser } from 'wxt/browser';
import type { FillResult } from '../fill/fill';
import type { TargetForm } from '../form/read-form';
import { proposeMapping } from '../mapping/map';
import type { Review } from '../review-job';
import type { SourceSnapshot } from '../source';

export interface ReviewState extends Review {
  source?: SourceSnapshot;
  results?: FillResult[];
  startedAt?: number;
  /** The form of the tab the panel is for; a different form starts a new job. */
  setForm(form: TargetForm, now?: number): void;
  /** The source being transcribed; a different message starts a new job. */
  setSource(source: SourceSnapshot | undefined, now?: number): void;
  edit(key: string, value: string): void;
  include(key: string, on: boolean): void;
  setResults(results: FillResult[]): void;
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

export const useReview = create<ReviewState>()(
  persist(
    (set, get) => ({
      proposals: [],
      edits: {},
      included: {},
      setForm(form, now = Date.now()) {
        const { source, form: prev } = get();
        const proposals = source ? proposeMapping(source.fields, form) : [];
        if (prev?.signature === form.signature) set({ form, proposals });
        else set({ form, proposals, edits: {}, included: {}, results: undefined, startedAt: now });
      },
      setSource(source, now = Date.now()) {
        const { form, source: prev } = get();
        const proposals = form && source ? proposeMapping(source.fields, form) : [];
        if (sameSource(prev, source)) set({ source, proposals });
        else set({ source, proposals, edits: {}, included: {}, results: undefined, startedAt: now });
      },
      edit(key, value) {
        set((s) => ({ edits: { ...s.edits, [key]: value }, included: { ...s.included, [key]: true } }));
      },
      include(key, on) {
        set((s) => ({ included: { ...s.included, [key]: on } }));
      },
      setResults(results) {
        set({ results });
      },
    }),
    { name: 'tenki-review', storage: createJSONStorage(() => sessionStorage) },
  ),
);
