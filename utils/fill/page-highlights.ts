// The content script's highlights: what the last fill put in by tier, and the source element the clerk hovers in the panel.
import { resolveKey } from '../form/controls';
import { fillTarget, type FillItem, type FillResult } from './fill';
import { Highlighter } from './highlight';

export interface PageHighlights {
  /** Clears the previous fill's highlights and marks the fields this fill put in (items without a tier stay unmarked). */
  afterFill(items: readonly FillItem[], results: readonly FillResult[]): void;
  /** Outlines the source element a field came from; undefined clears it. Returns whether an element was found. */
  source(selector?: string): boolean;
  clear(): void;
}

/** Highlights in `doc`, all removed when `signal` aborts (the content script's context going away). */
export function createPageHighlights(doc: Document, signal?: AbortSignal): PageHighlights {
  const filled = new Highlighter();
  const hovered = new Highlighter();
  const api: PageHighlights = {
    afterFill(items, results) {
      filled.clear();
      items.forEach((item, i) => {
        const result = results[i]?.key === item.key ? results[i] : results.find((r) => r.key === item.key);
        if (!item.tier || result?.status !== 'filled') return;
        const el = fillTarget(doc, item.key);
        if (el) filled.add(el, item.tier);
      });
    },
    source(selector) {
      hovered.clear();
      if (!selector) return false;
      const el = resolveKey(doc, selector) as HTMLElement | null;
      if (!el || !('style' in el)) return false;
      hovered.add(el, 'low', 'data-tenki-source');
      el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
      return true;
    },
    clear() {
      filled.clear();
      hovered.clear();
    },
  };
  signal?.addEventListener('abort', () => api.clear(), { once: true });
  return api;
}
