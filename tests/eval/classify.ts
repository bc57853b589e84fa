// `npm run eval -- --classify PAGE.html…` and `--classify --compare DIR`: what the form reader makes of each control, set beside browsers' own autofill.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ConceptId } from '../../utils/concepts';
import { resolveKey } from '../../utils/form/controls';
import { readForm } from '../../utils/form/read-form';

export interface ClassifiedControl {
  selector: string;
  name: string;
  id: string;
  label: string;
  concept: ConceptId | null;
}

/** Every control the form reader would fill, with the label and concept it found. */
export function classifyDocument(doc: Document): ClassifiedControl[] {
  return readForm(doc).fields.map((f) => {
    const el = resolveKey(doc, f.key);
    return { selector: f.key, name: el?.getAttribute('name') ?? '', id: el?.getAttribute('id') ?? '', label: f.label, concept: f.concept ?? null };
  });
}

export function classifyHtml(html: string | Buffer, url = 'https://page.invalid/'): ClassifiedControl[] {
  // Pages' stylesheets that jsdom cannot parse are no concern of the classifier: keep its complaints off the output.
  const dom = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  try {
    return classifyDocument(dom.window.document);
  } finally {
    dom.window.close();
  }
}

/**
 * Chromium's field types (its ServerFieldType names, heuristic and HTML_TYPE_ alike) for which the vocabulary has the
 * same meaning. The parts of a split phone number are `tel`, because the reader gives each box of a split phone the
 * concept of the whole; every other type (card expiry, country, extension, middle name…) has no counterpart.
 */
const CHROMIUM_TYPES: Record<string, ConceptId> = {
  NAME_FULL: 'name',
  HTML_TYPE_NAME: 'name',
  NAME_FIRST: 'given-name',
  HTML_TYPE_GIVEN_NAME: 'given-name',
  NAME_LAST: 'family-name',
  HTML_TYPE_FAMILY_NAME: 'family-name',
  COMPANY_NAME: 'organization',
  HTML_TYPE_ORGANIZATION: 'organization',
  ADDRESS_HOME_ZIP: 'postal-code',
  HTML_TYPE_POSTAL_CODE: 'postal-code',
  ADDRESS_HOME_STATE: 'address-level1',
  HTML_TYPE_ADDRESS_LEVEL1: 'address-level1',
  ADDRESS_HOME_CITY: 'address-level2',
  HTML_TYPE_ADDRESS_LEVEL2: 'address-level2',
  ADDRESS_HOME_LINE1: 'address-line1',
  HTML_TYPE_ADDRESS_LINE1: 'address-line1',
  ADDRESS_HOME_LINE2: 'address-line2',
  HTML_TYPE_ADDRESS_LINE2: 'address-line2',
  ADDRESS_HOME_STREET_ADDRESS: 'street-address',
  HTML_TYPE_STREET_ADDRESS: 'street-address',
  EMAIL_ADDRESS: 'email',
  HTML_TYPE_EMAIL: 'email',
  PHONE_HOME_WHOLE_NUMBER: 'tel',
  PHONE_HOME_CITY_AND_NUMBER: 'tel',
  HTML_TYPE_TEL: 'tel',
  HTML_TYPE_TEL_NATIONAL: 'tel',
  PHONE_HOME_NUMBER: 'tel',
  PHONE_HOME_CITY_CODE: 'tel',
  PHONE_HOME_COUNTRY_CODE: 'tel',
  HTML_TYPE_TEL_LOCAL: 'tel',
  HTML_TYPE_TEL_AREA_CODE: 'tel',
  HTML_TYPE_TEL_COUNTRY_CODE: 'tel',
  HTML_TYPE_TEL_LOCAL_PREFIX: 'tel',
  HTML_TYPE_TEL_LOCAL_SUFFIX: 'tel',
  CREDIT_CARD_NUMBER: 'cc-number',
  HTML_TYPE_CREDIT_CARD_NUMBER: 'cc-number',
};

export function conceptOfChromiumType(type: string): ConceptId | undefined {
  return CHROMIUM_TYPES[type];
}

export interface ChromiumField {
  type: string;
  /** The control's name attribute, or its id when it has no name. */
  name: string;
  label: string;
}

/** One `.out` line: `TYPE | name | label | value | section`; one label in the corpus holds ` | ` itself. */
export function parseChromiumOut(text: string): ChromiumField[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const parts = line.split(' | ');
      return { type: parts[0]!.trim(), name: parts[1] ?? '', label: parts.slice(2, -2).join(' | ') };
    });
}

/** Chromium's runner strips these before loading a page; labels and values differ without it. */
export function asChromiumLoadsIt(html: string): string {
  return html.replace(/[\n\t\r]/g, '');
}

/** One control Chromium lists: its type, our counterpart if any, whether the reader took the control at all, and the concept it gave. */
export type Verdict = { type: string; expected?: ConceptId; read: boolean; ours: ConceptId | null };

/** Pairs Chromium's lines with the reader's controls by name (or id), in page order. */
export function compareWithChromium(expected: readonly ChromiumField[], ours: readonly ClassifiedControl[]): Verdict[] {
  const queues = new Map<string, ClassifiedControl[]>();
  for (const c of ours) {
    const key = c.name || c.id;
    queues.set(key, [...(queues.get(key) ?? []), c]);
  }
  return expected.map((f) => {
    const match = queues.get(f.name)?.shift();
    return { type: f.type, expected: conceptOfChromiumType(f.type), read: match !== undefined, ours: match?.concept ?? null };
  });
}

/** Agreement means the same concept where the vocabulary has Chromium's type, and no concept where it has none. */
export function agrees(v: Verdict): boolean {
  return v.expected ? v.ours === v.expected : v.ours === null;
}

const EXPRESSIBLE = new Set<ConceptId>(Object.values(CHROMIUM_TYPES));

/**
 * A field Chromium leaves UNKNOWN_TYPE that the reader gives a concept Chromium has no type for (a password, an order
 * number, a birthday) says nothing either way: Chromium's heuristics do not look for it.
 */
export function isBeyondChromium(v: Verdict): boolean {
  return v.type === 'UNKNOWN_TYPE' && v.ours !== null && !EXPRESSIBLE.has(v.ours);
}

export interface ComparisonTotals {
  pages: number;
  fields: number;
  read: number;
  typed: number;
  typedAgree: number;
  other: number;
  otherAgree: number;
  beyond: number;
}

export function comparisonTotals(pages: number, verdicts: readonly Verdict[]): ComparisonTotals {
  const typed = verdicts.filter((v) => v.expected);
  const other = verdicts.filter((v) => !v.expected && !isBeyondChromium(v));
  return {
    pages,
    fields: verdicts.length,
    read: verdicts.filter((v) => v.read).length,
    typed: typed.length,
    typedAgree: typed.filter(agrees).length,
    other: other.length,
    otherAgree: other.filter(agrees).length,
    beyond: verdicts.filter(isBeyondChromium).length,
  };
}

const ratio = (n: number, d: number) => (d ? n / d : 0).toFixed(3);

export function comparisonSummary(t: ComparisonTotals): string {
  return (
    `classify: pages=${t.pages} fields=${t.fields} read=${t.read} typed=${t.typed} typed_agree=${t.typedAgree} ` +
    `other=${t.other} other_agree=${t.otherAgree} beyond=${t.beyond} typed_agreement=${ratio(t.typedAgree, t.typed)} ` +
    `agreement=${ratio(t.typedAgree + t.otherAgree, t.typed + t.other)}`
  );
}

/** One line per Chromium type, most frequent first: how often the reader agreed, and what it said instead. */
export function perTypeLines(verdicts: readonly Verdict[]): string[] {
  const byType = new Map<string, Verdict[]>();
  for (const v of verdicts) byType.set(v.type, [...(byType.get(v.type) ?? []), v]);
  return [...byType.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([type, vs]) => {
      const compared = vs.filter((v) => !isBeyondChromium(v));
      const agree = compared.filter(agrees).length;
      const instead = new Map<string, number>();
      for (const v of compared) {
        if (agrees(v)) continue;
        const said = v.read ? (v.ours ?? '(none)') : '(not read)';
        instead.set(said, (instead.get(said) ?? 0) + 1);
      }
      const others = [...instead.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c}×${n}`).join(' ');
      const beyond = vs.length - compared.length;
      return `${type} → ${vs[0]!.expected ?? '(none)'}: ${agree}/${compared.length} (${ratio(agree, compared.length)})${others ? `  instead: ${others}` : ''}${beyond ? `  beyond: ${beyond}` : ''}`;
    });
}

/** The pages of a Chromium heuristics folder that have both their input page and its expected output. */
function chromiumPairs(dir: string): string[] {
  const files = new Set(readdirSync(dir));
  return [...files].filter((f) => f.endsWith('.html') && files.has(f.replace(/\.html$/, '.out'))).sort();
}

function compare(dir: string): number {
  const pairs = chromiumPairs(dir);
  if (pairs.length === 0) {
    console.error(`eval: cannot run: no NNN_name.html with its .out in ${dir}`);
    return 1;
  }
  const verdicts: Verdict[] = [];
  for (const page of pairs) {
    const expected = parseChromiumOut(readFileSync(path.join(dir, page.replace(/\.html$/, '.out')), 'utf8'));
    verdicts.push(...compareWithChromium(expected, classifyHtml(asChromiumLoadsIt(readFileSync(path.join(dir, page), 'utf8')))));
  }
  for (const line of perTypeLines(verdicts)) console.log(line);
  console.log(comparisonSummary(comparisonTotals(pairs.length, verdicts)));
  return 0;
}

/** Entry from run.ts when `--classify` is given. */
export function classifyMain(argv: readonly string[]): number {
  const args = argv.filter((a) => a !== '--classify');
  const at = args.indexOf('--compare');
  if (at >= 0) {
    const dir = args[at + 1];
    if (!dir) {
      console.error('usage: npm run eval -- --classify --compare DIR');
      return 2;
    }
    return compare(dir);
  }
  const pages = args.filter((a) => !a.startsWith('--'));
  if (pages.length === 0) {
    console.error('usage: npm run eval -- --classify PAGE.html [PAGE.html…] | --classify --compare DIR');
    return 2;
  }
  for (const page of pages) {
    for (const c of classifyHtml(readFileSync(page))) console.log(JSON.stringify({ page, ...c }));
  }
  return 0;
}
