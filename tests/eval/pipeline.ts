// Runs one evaluation case through the extension's own pipeline (extract → read form → map → fill → read back) in jsdom and scores it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { extractFromDocument, type ExtractedField } from '../../utils/extract';
import { decodeText, kindOfFile } from '../../utils/extract/message-file';
import { snapshotOfFile, snapshotOfText } from '../../utils/source-input';
import { fillFields } from '../../utils/fill/fill';
import { readForm } from '../../utils/form/read-form';
import { proposeMapping, type Proposal, type Tier } from '../../utils/mapping/map';
import { fillItems } from '../../utils/review-job';
import { CaseError, type EvalCase, type Expectation } from './load-case';

export interface CaseScore {
  name: string;
  fields: number;
  correct: number;
  wrong: number;
  missed: number;
  /** Per element that did not come out right: what was expected and what it holds. */
  misses: { selector: string; expected: Expectation; got: string; kind: 'wrong' | 'missed' }[];
  /** Every proposal, filled or not, judged against the expectation of its element: how often each tier is right. */
  tiers: Record<Tier, TierCount>;
}

export interface TierCount {
  proposed: number;
  right: number;
}

const emptyTiers = (): Record<Tier, TierCount> => ({ high: { proposed: 0, right: 0 }, medium: { proposed: 0, right: 0 }, low: { proposed: 0, right: 0 } });

/** Whether a proposal's value is what the element should end up holding; for one that must keep its value, only that value is right. */
function proposalRight(el: Control, proposal: Proposal, expected: Expectation | undefined): boolean {
  if (expected === undefined || expected === null) return proposal.value === el.value;
  if (typeof expected === 'boolean') return false;
  const accepted = (Array.isArray(expected) ? expected : [expected]).map((v) => v.trim());
  const candidates = [proposal.value.trim()];
  if (el.tagName === 'SELECT') {
    const option = Array.from((el as HTMLSelectElement).options).find((o) => o.value === proposal.value);
    if (option) candidates.push(option.text.trim());
  }
  return candidates.some((c) => accepted.includes(c));
}

const parseHtml = (html: string) => new JSDOM(html).window.document;

/** The source's fields, read by the same code as the extension: the content script for a page, the panel for a file or pasted text. */
export async function sourceFields(c: EvalCase): Promise<ExtractedField[]> {
  const bytes = readFileSync(path.join(c.dir, c.sourceFile));
  switch (kindOfFile(c.sourceFile)) {
    case 'txt':
      return snapshotOfText(decodeText(new Uint8Array(bytes))).fields;
    case 'html':
      return extractFromDocument(new JSDOM(bytes, { url: c.sourceUrl ?? 'https://source.invalid/', contentType: 'text/html' }).window.document);
    case 'eml':
    case 'msg': {
      const file = { name: c.sourceFile, size: bytes.byteLength, arrayBuffer: async () => new Uint8Array(bytes).buffer };
      return (await snapshotOfFile(file, parseHtml)).fields;
    }
    default:
      throw new CaseError(`${c.name}: unsupported source ${c.sourceFile}`);
  }
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const NOT_FILLABLE = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file']);

/** The elements a user could fill, as FORMAT.md counts them. */
function fillable(doc: Document): Control[] {
  return Array.from(doc.querySelectorAll<Control>('input, select, textarea')).filter((el) => !(el.tagName === 'INPUT' && NOT_FILLABLE.has((el as HTMLInputElement).type)));
}

function stateOf(el: Control): string {
  if (el.tagName === 'INPUT' && ['checkbox', 'radio'].includes((el as HTMLInputElement).type)) return String((el as HTMLInputElement).checked);
  return el.value;
}

function matches(el: Control, expected: Exclude<Expectation, null>): boolean {
  if (typeof expected === 'boolean') return (el as HTMLInputElement).checked === expected;
  const accepted = (Array.isArray(expected) ? expected : [expected]).map((v) => v.trim());
  const candidates = [el.value.trim()];
  if (el.tagName === 'SELECT') {
    const option = (el as HTMLSelectElement).selectedOptions[0];
    if (option) candidates.push(option.text.trim());
  }
  return candidates.some((c) => accepted.includes(c));
}

export async function runCase(c: EvalCase): Promise<CaseScore> {
  const fields = await sourceFields(c);
  const dom = new JSDOM(readFileSync(path.join(c.dir, 'target.html')), { url: c.targetUrl ?? 'https://target.invalid/', contentType: 'text/html' });
  const doc = dom.window.document;

  const listed = new Map<Control, { selector: string; expected: Expectation }>();
  for (const [selector, expected] of Object.entries(c.fields)) {
    let found: NodeListOf<Element>;
    try {
      found = doc.querySelectorAll(selector);
    } catch {
      throw new CaseError(`${c.name}: invalid selector ${selector}`);
    }
    if (found.length !== 1) throw new CaseError(`${c.name}: selector ${selector} matches ${found.length} elements`);
    listed.set(found[0] as Control, { selector, expected });
  }
  const controls = fillable(doc);
  const before = new Map(controls.map((el) => [el, stateOf(el)]));

  const form = readForm(doc);
  const proposals = proposeMapping(fields, form);
  const score: CaseScore = { name: c.name, fields: 0, correct: 0, wrong: 0, missed: 0, misses: [], tiers: emptyTiers() };
  const byElement = new Map(controls.map((el) => [el, listed.get(el)?.expected]));
  for (const p of proposals) {
    const el = doc.querySelector<Control>(p.key);
    if (!el) continue;
    score.tiers[p.tier].proposed += 1;
    if (proposalRight(el, p, byElement.get(el))) score.tiers[p.tier].right += 1;
  }
  await fillFields(doc, fillItems({ form, proposals, edits: {}, included: {} }));

  for (const el of controls) {
    const entry = listed.get(el);
    const changed = stateOf(el) !== before.get(el);
    if (!entry || entry.expected === null) {
      if (changed) {
        score.wrong += 1;
        score.misses.push({ selector: entry?.selector ?? el.name ?? el.id, expected: null, got: stateOf(el), kind: 'wrong' });
      }
      continue;
    }
    score.fields += 1;
    if (matches(el, entry.expected)) score.correct += 1;
    else if (!changed) {
      score.missed += 1;
      score.misses.push({ selector: entry.selector, expected: entry.expected, got: stateOf(el), kind: 'missed' });
    } else {
      score.wrong += 1;
      score.misses.push({ selector: entry.selector, expected: entry.expected, got: stateOf(el), kind: 'wrong' });
    }
  }
  dom.window.close();
  return score;
}

export interface Totals {
  cases: number;
  fields: number;
  correct: number;
  wrong: number;
  missed: number;
  recall: number;
  precision: number;
  tiers: Record<Tier, TierCount>;
}

export function totals(scores: readonly CaseScore[]): Totals {
  const sum = (k: 'fields' | 'correct' | 'wrong' | 'missed') => scores.reduce((n, s) => n + s[k], 0);
  const [fields, correct, wrong, missed] = [sum('fields'), sum('correct'), sum('wrong'), sum('missed')];
  const tiers = emptyTiers();
  for (const s of scores) {
    for (const t of ['high', 'medium', 'low'] as const) {
      tiers[t].proposed += s.tiers[t].proposed;
      tiers[t].right += s.tiers[t].right;
    }
  }
  return { cases: scores.length, fields, correct, wrong, missed, recall: fields ? correct / fields : 0, precision: correct + wrong ? correct / (correct + wrong) : 1, tiers };
}

/** "eval-tiers: high=212/214 (0.991) medium=…": how often the proposals of each tier were right. */
export function tierLine(t: Totals): string {
  const part = (name: Tier) => {
    const { proposed, right } = t.tiers[name];
    return `${name}=${right}/${proposed} (${proposed ? (right / proposed).toFixed(3) : '-'})`;
  };
  return `eval-tiers: ${part('high')} ${part('medium')} ${part('low')}`;
}

export function summaryLine(t: Totals): string {
  return `eval: cases=${t.cases} fields=${t.fields} correct=${t.correct} wrong=${t.wrong} missed=${t.missed} recall=${t.recall.toFixed(3)} precision=${t.precision.toFixed(3)}`;
}
