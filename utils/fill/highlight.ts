// Marks what a fill touched in the page by tier (outline and inset shadow, never the layout) and puts the page's own inline styles back exactly.
import type { Tier } from '../mapping/map';

/** Outline colours per tier: high subtle green, medium amber, low (picked by the clerk) violet. */
export const TIER_COLOURS: Record<Tier, string> = {
  high: 'rgb(34, 160, 90)',
  medium: 'rgb(230, 150, 0)',
  low: 'rgb(130, 80, 220)',
};

/** The inline style properties a highlight sets; outline and box-shadow take no room, so the layout never moves. */
const PROPS = ['outline', 'outline-offset', 'box-shadow'] as const;

interface Saved {
  el: HTMLElement;
  styles: { prop: string; value: string; priority: string }[];
  /** The whole style attribute as it was (null when absent), to restore it byte for byte. */
  attr: string | null;
  /** The browser's serialisation of the inline style before the highlight: equal again after it means the page changed nothing else. */
  css: string;
}

/** One set of highlights; clear() removes every one it made. */
export class Highlighter {
  private saved: Saved[] = [];

  /** Outlines `el` in the tier's colour (replacing an earlier highlight of the same element). */
  add(el: HTMLElement, tier: Tier, attribute = 'data-tenki-tier'): void {
    if (this.saved.some((s) => s.el === el)) this.remove(el);
    const colour = TIER_COLOURS[tier];
    this.saved.push({
      el,
      attr: el.getAttribute('style'),
      css: el.style.cssText,
      styles: PROPS.map((prop) => ({ prop, value: el.style.getPropertyValue(prop), priority: el.style.getPropertyPriority(prop) })),
    });
    el.style.setProperty('outline', `2px solid ${colour}`, 'important');
    el.style.setProperty('outline-offset', '1px', 'important');
    el.style.setProperty('box-shadow', `inset 0 0 0 999px ${colour.replace('rgb(', 'rgba(').replace(')', ', 0.10)')}`, 'important');
    el.setAttribute(attribute, tier);
  }

  remove(el: HTMLElement, attribute = 'data-tenki-tier'): void {
    const i = this.saved.findIndex((s) => s.el === el);
    if (i < 0) return;
    const [s] = this.saved.splice(i, 1);
    restore(s!);
    el.removeAttribute(attribute);
  }

  clear(): void {
    for (const s of this.saved.splice(0)) {
      restore(s);
      s.el.removeAttribute('data-tenki-tier');
      s.el.removeAttribute('data-tenki-source');
    }
  }

  get size(): number {
    return this.saved.length;
  }
}

function restore({ el, styles, attr, css }: Saved): void {
  for (const { prop, value, priority } of styles) {
    if (value) el.style.setProperty(prop, value, priority);
    else el.style.removeProperty(prop);
  }
  // The page may have changed other properties meanwhile; only when nothing else moved does the attribute go back verbatim.
  if (el.style.cssText !== css) return;
  // Chromium writes CSSOM changes into the attribute lazily; reading it first keeps a late write from bringing back style="".
  const now = el.getAttribute('style');
  if (attr === null) {
    if (now !== null) el.removeAttribute('style');
  } else if (now !== attr) el.setAttribute('style', attr);
}
