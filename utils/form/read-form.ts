// Reads a target form: its fillable controls, the label a person sees for each, constraints, and the concept each asks for.
import { scrubUrl } from '../scrub';
import { conceptDef, isDateConcept, conceptFromAutocomplete, conceptFromLabel, conceptFromName, isPartOf, normalizeLabel, type ConceptId } from '../concepts';
import { fnv1a } from '../hash';
import { sectionKindOf, type SectionKind } from '../sections';
import { controlsOf, isEditableHost, isVisible } from './controls';
import { isRowNumber, spannedHeader, withItemRows } from './item-rows';
import { selectorFor } from './selector';
import { collapse } from '../text';

export type FieldTag = 'input' | 'select' | 'textarea';

export type DatePart = 'era' | 'year' | 'month' | 'day';

export interface SelectOption {
  value: string;
  text: string;
}

export interface TargetField {
  /** CSS selector that finds the control again. */
  key: string;
  tag: FieldTag;
  type: string;
  name: string;
  label: string;
  /** Text beside the control that is not its label: notes such as 全角カナ or 例: 03-1234-5678. */
  hint: string;
  concept?: ConceptId;
  conceptSource?: 'autocomplete' | 'label' | 'name';
  /** 0..1: how clearly the form says what the field wants. */
  conceptScore: number;
  maxLength?: number;
  /** The `pattern` a typed value must match, and the `inputmode` the form asks for (numeric, tel…). */
  pattern?: string;
  inputMode?: string;
  placeholder?: string;
  required: boolean;
  options?: SelectOption[];
  /** Set when one label covers several inputs (phone in three boxes, postal code in two, a date in three selects). */
  group?: { id: string; index: number; size: number };
  /** Which piece of a date the control holds, when the form splits a date (元号 / 年 / 月 / 日). */
  datePart?: DatePart;
  /** What the control holds now, so the panel can show it and undo can restore it. */
  value: string;
  /** The block the field belongs to (orderer, delivery, billing…), from its fieldset, heading, caption or name. */
  section?: SectionKind;
  /** The line of a line-items block the control belongs to: 0 for the first line, 1 for the second… */
  row?: number;
}

export interface TargetForm {
  signature: string;
  title: string;
  url: string;
  fields: TargetField[];
}

const NOT_FILLABLE = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file']);

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Text of an element without the text of the controls inside it (a <label> wrapping an <input> or <select>). */
function ownText(el: Element, keepNotes = false): string {
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll(keepNotes ? 'select, textarea, option, script, style' : `select, textarea, option, script, style, ${NOTE}`).forEach((n) => n.remove());
  return collapse(clone.textContent);
}

// Small print beside a control says how to fill it (空欄の場合は自動採番, 半角数字7桁), not what it is.
const NOTE = 'small, .help, .hint, .note, .notes, .example, .description, .help-block, .form-text';

/** The notes inside the <label> that wraps a control: its hints. */
function wrappingNotes(el: Control): string {
  const label = el.closest('label');
  return label ? collapse(Array.from(label.querySelectorAll(NOTE), (n) => n.textContent).join(' ')) : '';
}

function isFillable(el: Control): boolean {
  if (isEditableHost(el as Element)) return el.getAttribute('aria-disabled') !== 'true' && el.getAttribute('aria-readonly') !== 'true' && isVisible(el);
  if (el.disabled || !isVisible(el)) return false;
  if (el.tagName === 'INPUT' && NOT_FILLABLE.has((el as HTMLInputElement).type)) return false;
  if ('readOnly' in el && el.readOnly) return false;
  return true;
}

function labelledBy(el: Element): string {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return '';
  // The element's own tree: ids inside a shadow root are not the page's.
  const root = el.getRootNode() as Document | ShadowRoot;
  return collapse(ids.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' '));
}

function labelFor(el: Control): string {
  const doc = el.getRootNode() as Document | ShadowRoot;
  if (el.id) {
    for (const label of Array.from(doc.querySelectorAll('label'))) {
      if (label.htmlFor === el.id) return ownText(label);
    }
  }
  const wrapping = el.closest('label');
  return wrapping ? ownText(wrapping) : '';
}

/** The header cell of the control's table row, or the cell to its left. */
function tableLabel(el: Control): { label: string; cell?: Element } {
  const cell = el.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || !row || row.tagName !== 'TR') return { label: '' };
  const cells = Array.from(row.children);
  const before = cells.slice(0, cells.indexOf(cell)).reverse();
  // A line number (1, No.) labels nothing; a header that spans into the row or stands above its column still does.
  const header =
    before.find((c) => c.tagName === 'TH' && !isRowNumber(c.textContent)) ?? before.find((c) => !isRowNumber(c.textContent) && !c.querySelector('input, select, textarea')) ?? spannedHeader(cell);
  return { label: header ? ownText(header) : '', cell };
}

/** Text right before the control inside its parent ("電話番号 <input>"). */
function precedingText(el: Element): string {
  let text = '';
  for (let node = el.previousSibling; node; node = node.previousSibling) {
    if (node.nodeType === 1 && ((node as Element).matches(BLOCK_OR_CONTROL) || (node as Element).querySelector('input, select, textarea'))) break;
    text = (node.textContent ?? '') + text;
  }
  return collapse(text);
}

// Where the words that belong to a control end: another control, a line break, or a block of its own.
const BLOCK_OR_CONTROL = 'input, select, textarea, br, hr, div, p, table, fieldset, ul, ol, dl, section, h1, h2, h3, h4, h5, h6';

function cellHint(cell: Element | undefined, label: string): string {
  if (!cell) return '';
  const text = ownText(cell, true).replace(/[-－]/g, ' ').replace(/\s+/g, ' ').trim();
  return text === label ? '' : text;
}

const HEADING_LIKE = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION']);
// Block names as form authors put them in name/id attributes (order[Shipping][name], deliv_tel, seikyu_zip).
const SECTION_TOKENS: [SectionKind, RegExp][] = [
  ['shipping', /ship|deliv|otodoke|todoke|haiso|haisou|recipient|(^|[_\[-])dest/i],
  ['billing', /bill|seikyu|invoice_?to/i],
  ['emergency', /emergency|kinkyu/i],
];

/** The text of an element that opens a block: a heading, legend, caption, or a table row of one cell spanning the table. */
function headingText(el: Element): string | undefined {
  if (HEADING_LIKE.has(el.tagName)) return collapse(el.textContent);
  if (el.tagName === 'TR' && el.children.length === 1 && !el.querySelector('input, select, textarea')) return collapse(el.textContent);
  if (/(^|[-_ ])(title|heading|head|caption|section)([-_ ]|$)/i.test(el.getAttribute('class') ?? '') && !el.querySelector('input, select, textarea')) return collapse(el.textContent);
  return undefined;
}

/** In a table with one column per party (ご注文者 | お届け先), the header of the control's column. */
function columnHeading(el: Control): SectionKind | undefined {
  const cell = el.closest('td') as HTMLTableCellElement | null;
  const table = cell?.closest('table');
  if (!cell || !table) return undefined;
  const header = table.tHead?.rows[0] ?? Array.from(table.rows).find((r) => r.cells.length > 1 && Array.from(r.cells).every((c) => c.tagName === 'TH'));
  const heading = header?.cells[cell.cellIndex];
  return heading && heading !== cell ? sectionKindOf(collapse(heading.textContent)) : undefined;
}

/** The block a control sits in: its column's header, the nearest heading before it walking out through its ancestors, else its name. */
function sectionOf(el: Control): SectionKind | undefined {
  const column = columnHeading(el);
  if (column) return column;
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (node.tagName === 'FIELDSET') {
      const legend = node.querySelector(':scope > legend');
      const kind = legend && sectionKindOf(collapse(legend.textContent));
      if (kind) return kind;
    }
    let seen = 0;
    for (let sib = node.previousElementSibling; sib && seen < 40; sib = sib.previousElementSibling, seen++) {
      const text = headingText(sib);
      if (text === undefined) continue;
      const kind = sectionKindOf(text);
      if (kind) return kind;
      // The nearest heading names another block (お支払い, 商品): the control is not in an earlier one.
      if (text) return sectionFromName(el);
    }
  }
  return sectionFromName(el);
}

function sectionFromName(el: Control): SectionKind | undefined {
  const name = `${el.getAttribute('name') ?? ''} ${el.id}`;
  // Ship-from is where goods leave from (the sender), not where they go.
  if (/ship_?from|ship-from|shipper/i.test(name)) return undefined;
  return SECTION_TOKENS.find(([, re]) => re.test(name))?.[0];
}

/** A label the control has to itself: aria, <label>, its table row's header, or the text right before it. */
function ownLabel(el: Control, table = tableLabel(el)): string {
  return labelledBy(el) || collapse(el.getAttribute('aria-label')) || labelFor(el) || table.label || precedingText(el);
}

/**
 * The label of the layout row a control sits in (Bootstrap-style: a <label> without `for`, or a short text, left
 * of or above the column that holds the control). Several controls may share it (住所: 〒, 都道府県, 市区町村…).
 */
function rowLabel(el: Control): { text: string; element?: Element } {
  let node: Element = el;
  for (let depth = 0; depth < 6 && node.parentElement && node.tagName !== 'FORM'; depth++, node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      // A sibling holding controls is a neighbouring column of the same row: look one level further out.
      if (sib.querySelector('input, select, textarea') || sib.matches('input, select, textarea')) break;
      if (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|BR|HR)$/.test(sib.tagName) || sib.hasAttribute('hidden') || sib.getAttribute('aria-hidden') === 'true' || (sib as HTMLElement).style?.display === 'none') continue;
      const text = ownText(sib);
      // "電話番号：03-…" beside a control is content, not its label.
      if (/[:：]\s*\S/.test(text)) return { text: '' };
      if (text && text.length <= 30) return { text, element: sib };
    }
  }
  return { text: '' };
}

/** Whether a label spells out one of the part's own words (市区町村・番地 names 市区町村). */
function namesPart(label: string, part: ConceptId): boolean {
  const norm = normalizeLabel(label);
  return conceptDef(part).ja.some((w) => w.length >= 2 && norm.includes(normalizeLabel(w)) && norm !== normalizeLabel(w));
}

/** The label a person sees for a control, from the most explicit construction to the least. */
export function controlLabel(el: Control, own = ownLabel(el)): string {
  return own || rowLabel(el).text || collapse(el.getAttribute('placeholder')) || collapse(el.getAttribute('title'));
}

// Microformats2 h-adr / h-card class names, which Japanese forms carry for postal-code lookup scripts (YubinBango).
const MICROFORMAT: Record<string, ConceptId> = {
  'p-postal-code': 'postal-code',
  'p-region': 'address-level1',
  'p-region-id': 'address-level1',
  'p-locality': 'address-level2',
  'p-street-address': 'address-line1',
  'p-extended-address': 'address-line2',
  'p-tel': 'tel',
  'u-email': 'email',
  'p-org': 'organization',
};

function conceptFromClass(el: Element): ConceptId | undefined {
  for (const token of (el.getAttribute('class') ?? '').split(/\s+/)) {
    const concept = MICROFORMAT[token];
    if (concept) return concept;
  }
  return undefined;
}

/** The text right after a control (年, 月, 日 after a date select). */
function followingText(el: Element): string {
  let text = '';
  for (let node = el.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).matches('input, select, textarea, br, div, p')) break;
    text += node.textContent ?? '';
  }
  return collapse(text);
}

const ERA_ONLY = /^(明治|大正|昭和|平成|令和|[MTSHR])$/;

/** Which piece of a date a control holds: from the 元号 names or the number range in its options, its name, or the 年/月/日 after it. */
function datePartOf(el: Control): DatePart | undefined {
  if (el.tagName === 'SELECT') {
    const options = Array.from((el as HTMLSelectElement).options);
    // 昭和 / 平成 / 令和 alone are an era; 令和8年 is a year written the 和暦 way.
    if (options.some((o) => ERA_ONLY.test(o.text.trim()))) return 'era';
    const numbers = options.map((o) => Number(/\d+/.exec(o.text)?.[0] ?? NaN)).filter((n) => !Number.isNaN(n));
    if (numbers.length >= 2) {
      const max = Math.max(...numbers);
      if (Math.min(...numbers) >= 1800) return 'year';
      if (max === 12 && numbers.length <= 13) return 'month';
      if (max >= 28 && max <= 31 && Math.min(...numbers) >= 1) return 'day';
    }
  }
  // The last word of the name says the piece: birth_era_year is a year, not an era.
  const words = `${el.getAttribute('name') ?? ''} ${el.id}`.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  for (const word of words.reverse()) {
    if (/^(era|gengo|gengou|wareki)$/.test(word)) return 'era';
    if (/^(year|yyyy|yy|y|nen)$/.test(word)) return 'year';
    if (/^(month|mm|m|tsuki)$/.test(word)) return 'month';
    if (/^(day|dd|d)$/.test(word)) return 'day';
  }
  const after = followingText(el);
  if (/^年/.test(after)) return 'year';
  if (/^月/.test(after)) return 'month';
  if (/^日/.test(after)) return 'day';
  return undefined;
}

/**
 * A date split over controls (元号 / 年 / 月 / 日) that sit side by side under one label becomes one group whose
 * controls say which piece each holds.
 */
function groupDateParts(fields: TargetField[], parts: (DatePart | undefined)[], containers: (Element | null)[]): void {
  for (let i = 0; i < fields.length; ) {
    const concept = fields[i]!.concept;
    let end = i;
    // The boxes after the first often have no label of their own: "生年月日 [元号] [ ]年[ ]月[ ]日".
    const joins = (j: number) => (fields[j]!.concept === concept || !fields[j]!.concept) && parts[j] && containers[j] === containers[i];
    if (isDateConcept(concept) && parts[i]) while (end < fields.length && joins(end)) end++;
    const run = fields.slice(i, end);
    const pieces = new Set(parts.slice(i, end));
    if (run.length >= 2 && pieces.size === run.length && pieces.has('month') && pieces.has('day')) {
      run.forEach((f, index) => {
        fields[i + index] = { ...f, label: run[0]!.label, concept, datePart: parts[i + index], group: { id: run[0]!.key, index, size: run.length } };
      });
    }
    i = Math.max(end, i + 1);
  }
}

/** The words beside a radio button or checkbox that name its choice (男性, メール). */
function choiceText(el: Control): string {
  return labelFor(el) || collapse(el.getAttribute('aria-label')) || followingText(el);
}

/** The question a set of choices answers: its fieldset legend or radiogroup name, its table row's header, or the label of its row. */
function choiceGroupLabel(el: Control, table: { label: string }): string {
  const group = el.closest('fieldset, [role=radiogroup], [role=group]');
  if (group?.tagName === 'FIELDSET') {
    const legend = group.querySelector(':scope > legend');
    if (legend) return collapse(legend.textContent);
  } else if (group) {
    const named = labelledBy(group) || collapse(group.getAttribute('aria-label'));
    if (named) return named;
  }
  const holder = (el.closest('label') as Control | null) ?? el;
  return table.label || rowLabel(holder).text || precedingText(holder);
}

/** Where the choices of one question sit together: the cell, fieldset or row that holds them. */
function choiceContainer(el: Control, cell: Element | undefined): Element | null {
  return cell ?? el.closest('fieldset, [role=radiogroup], [role=group]') ?? (el.closest('label') ?? el).parentElement;
}

function readOne(el: Control): Omit<TargetField, 'group'> & { cell?: Element } {
  // A rich-text box is read like a textarea whose value is its text.
  const editable = isEditableHost(el as Element);
  const tag = editable ? 'textarea' : (el.tagName.toLowerCase() as FieldTag);
  const type = editable ? 'contenteditable' : tag === 'input' ? (el as HTMLInputElement).type : tag;
  const choice = type === 'radio' || type === 'checkbox';
  const table = tableLabel(el);
  // A radio button's or checkbox's own label names a choice; the field's label is the question they answer.
  const own = choice ? '' : ownLabel(el, table);
  // A checkbox on its own (□ 領収書) is its own question; radio buttons without one have no label.
  const label = choice ? choiceGroupLabel(el, table) || (type === 'checkbox' ? choiceText(el) : '') : controlLabel(el, own);
  const name = el.getAttribute('name') ?? el.id ?? '';

  let concept: ConceptId | undefined;
  let conceptSource: TargetField['conceptSource'];
  let conceptScore = 0;
  const auto = conceptFromAutocomplete(el.getAttribute('autocomplete'));
  const byClass = conceptFromClass(el);
  const byName = conceptFromName(`${name} ${el.id}`.trim());
  // A placeholder that is itself a label word (セイ, 姓, 市区町村) names the part of a shared row label.
  const placeholderMatch = conceptFromLabel(el.getAttribute('placeholder') ?? '');
  const byPlaceholder = placeholderMatch && placeholderMatch.score >= 0.9 ? placeholderMatch : undefined;
  if (choice) {
    // send_mail or contact_tel names a choice, not a field holding a mail address or a phone number: only the question counts.
    const byQuestion = conceptFromLabel(label);
    if (byQuestion) [concept, conceptSource, conceptScore] = [byQuestion.concept, 'label', byQuestion.score];
  } else if (auto) [concept, conceptSource, conceptScore] = [auto, 'autocomplete', 1];
  else if (byClass) [concept, conceptSource, conceptScore] = [byClass, 'autocomplete', 0.95];
  else if (own) {
    const byLabel = conceptFromLabel(own);
    const part = byName ?? byPlaceholder?.concept;
    // A name naming a part narrows the label (氏名 over last_name), unless the label already names that part and more (市区町村・番地 over city).
    if (byLabel && part && isPartOf(part, byLabel.concept) && !namesPart(own, part)) [concept, conceptSource, conceptScore] = [part, 'name', 0.9];
    else if (byLabel) [concept, conceptSource, conceptScore] = [byLabel.concept, 'label', byLabel.score * (byName && byName !== byLabel.concept ? 0.8 : 1)];
    else if (byName) [concept, conceptSource, conceptScore] = [byName, 'name', 0.6];
  } else {
    // Only a shared row label, a placeholder or the name: the most specific of them wins.
    const byRow = conceptFromLabel(label);
    // The name wins when it names a part of what the row asks for (住所 over zip); a row label that names a part of the
    // name's concept (ふりがな（せい） over *_furigana), or names anything exactly, is what the person reads and wins.
    const rowWins = byRow && byName && byRow.concept !== byName && !isPartOf(byName, byRow.concept) && (isPartOf(byRow.concept, byName) || byRow.score >= 0.9);
    if (byPlaceholder) [concept, conceptSource, conceptScore] = [byPlaceholder.concept, 'label', 0.9];
    else if (byName && !rowWins) [concept, conceptSource, conceptScore] = [byName, 'name', byRow?.concept === byName ? 0.9 : 0.6];
    else if (byRow) [concept, conceptSource, conceptScore] = [byRow.concept, 'label', byRow.score * 0.9];
  }
  if (!concept && (type === 'email' || type === 'tel')) [concept, conceptSource, conceptScore] = [type, 'name', 0.6];

  const maxLength = tag !== 'select' && (el as HTMLInputElement).maxLength > 0 ? (el as HTMLInputElement).maxLength : undefined;
  return {
    key: selectorFor(el),
    tag,
    type,
    name,
    label,
    hint: cellHint(table.cell, table.label) || wrappingNotes(el),
    concept,
    conceptSource,
    conceptScore,
    maxLength,
    pattern: el.getAttribute('pattern') ?? undefined,
    inputMode: el.getAttribute('inputmode') ?? undefined,
    placeholder: el.getAttribute('placeholder') ?? undefined,
    required: el.required === true || el.getAttribute('aria-required') === 'true',
    options:
      tag === 'select'
        ? Array.from((el as HTMLSelectElement).options).map((o) => ({ value: o.value, text: collapse(o.text) }))
        : choice
          ? [{ value: type === 'radio' ? el.value : 'true', text: choiceText(el) }]
          : undefined,
    value: editable ? (el.textContent ?? '').trim() : !choice ? el.value : type === 'checkbox' ? String((el as HTMLInputElement).checked) : (el as HTMLInputElement).checked ? el.value : '',
    cell: table.cell,
    section: sectionOf(el),
  };
}

const SPLIT_NUMBERS = new Set<ConceptId>(['tel', 'x-fax', 'postal-code']);

/** A whole that forms split over boxes in a fixed order rather than cutting one value into pieces (電話 03 | 1234 | 5678). */
const SPLIT_INTO: Partial<Record<ConceptId, ConceptId[]>> = {
  name: ['family-name', 'given-name'],
  'x-name-kana': ['x-family-name-kana', 'x-given-name-kana'],
  // Two address boxes after a 都道府県 select: 市区町村 first, then the rest (EC-CUBE's addr01 / addr02 and their kin).
  'street-address': ['address-level2', 'address-line1'],
};

/**
 * The inputs of one table cell in runs of one concept: 〒 [zip1]-[zip2] [pref] [addr1] [addr2] is a postal code in two
 * boxes, a prefecture and an address in two, not one value in five pieces.
 */
function runsOfOneConcept(cellFields: TargetField[]): TargetField[][] {
  const runs: TargetField[][] = [];
  for (const f of cellFields) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.concept === f.concept) last.push(f);
    else runs.push([f]);
  }
  return runs;
}

/** Every fillable control of the document with its label, hints and concept; inputs that share one table cell form a group. */
export function readForm(doc: Document): TargetForm {
  const controls = controlsOf(doc).filter(isFillable);
  const read = withItemRows(controls, controls.map(readOne));
  const byCell = new Map<Element, number[]>();
  read.forEach((f, i) => {
    // Outside tables, the boxes of one row (〒 [3] - [4], 電話 [5] - [4] - [4]) share their parent.
    const container = f.cell ?? controls[i]!.parentElement;
    if (container && f.tag === 'input' && ['text', 'tel', 'number'].includes(f.type)) byCell.set(container, [...(byCell.get(container) ?? []), i]);
  });
  const fields: TargetField[] = read.map(({ cell: _cell, ...f }) => f);
  for (const indexes of byCell.values()) {
    if (indexes.length < 2) continue;
    const inTable = read[indexes[0]!]!.cell !== undefined;
    for (const run of runsOfOneConcept(indexes.map((i) => fields[i]!))) {
      if (run.length < 2) continue;
      // A row of a layout without a table may hold unrelated boxes: only short boxes of a number split in pieces group there.
      if (!inTable && !(SPLIT_NUMBERS.has(run[0]!.concept!) && run.every((f) => (f.maxLength ?? 99) <= 5))) continue;
      const first = run[0]!;
      const parts = first.concept && SPLIT_INTO[first.concept];
      run.forEach((f, index) => {
        const at = fields.indexOf(f);
        // 姓 | 名 under one お名前: each box is a part of its own, not a piece of one value.
        if (parts && parts.length >= run.length) fields[at] = { ...f, label: first.label, concept: parts[index]! };
        else fields[at] = { ...f, label: first.label, group: { id: first.key, index, size: run.length } };
      });
    }
  }
  groupDateParts(
    fields,
    controls.map(datePartOf),
    controls.map((el, i) => read[i]!.cell ?? el.parentElement),
  );
  groupPhonePieces(fields, controls);
  const merged = mergeChoices(fields, controls.map((el, i) => choiceContainer(el, read[i]!.cell)));
  const loc = doc.location;
  // A record's number or a person's name in the path is not part of which form this is.
  const where = loc ? scrubUrl(`${loc.origin}${loc.pathname}`) : '';
  return { signature: fnv1a(`${where}|${merged.map((f) => f.key).join(',')}`), title: collapse(doc.title), url: where, fields: merged };
}

const PHONE_PIECES = ['tel-area-code', 'tel-local-prefix', 'tel-local-suffix'];

/** Boxes whose autocomplete says they are the area code, prefix and suffix of one number form one phone group. */
function groupPhonePieces(fields: TargetField[], controls: Control[]): void {
  const piece = (i: number) => (controls[i]?.getAttribute('autocomplete') ?? '').trim().toLowerCase().split(/\s+/).pop() ?? '';
  for (let i = 0; i + 2 < fields.length; i++) {
    if (![0, 1, 2].every((k) => piece(i + k) === PHONE_PIECES[k]) || fields[i]!.group) continue;
    for (let k = 0; k < 3; k++) fields[i + k] = { ...fields[i + k]!, label: fields[i]!.label, group: { id: fields[i]!.key, index: k, size: 3 } };
  }
}

/**
 * The radio buttons of one name become one field whose options are the choices (its key finds the first button); the
 * checkboxes of one question share the question's label, each a field of its own that is checked or not.
 */
function mergeChoices(fields: TargetField[], containers: (Element | null)[]): TargetField[] {
  const out: TargetField[] = [];
  const radios = new Map<string, TargetField>();
  let question: { container: Element | null; field: TargetField } | undefined;
  fields.forEach((f, i) => {
    if (f.type !== 'radio' && f.type !== 'checkbox') {
      out.push(f);
      return;
    }
    // Only the first choice of a row can see the row's label; the others take it from the first.
    if (question && question.container === containers[i] && containers[i]) f = { ...f, label: question.field.label, concept: question.field.concept, conceptSource: question.field.conceptSource, conceptScore: question.field.conceptScore };
    else question = { container: containers[i] ?? null, field: f };
    const radioGroup = f.type === 'radio' && f.name ? radios.get(f.name) : undefined;
    if (radioGroup) {
      radioGroup.options = [...(radioGroup.options ?? []), ...(f.options ?? [])];
      if (f.value) radioGroup.value = f.value;
      return;
    }
    const copy = { ...f };
    if (f.type === 'radio' && f.name) radios.set(f.name, copy);
    out.push(copy);
  });
  return out;
}

/** The label a person reads for a field; parts of a split input say which part they are ("電話番号 (2/3)"), a line's field its line ("品名 #2"). */
export function displayLabel(field: Pick<TargetField, 'label' | 'name' | 'key' | 'group' | 'row'>): string {
  const name = field.label || field.name || field.key;
  const label = field.row === undefined ? name : `${name} #${field.row + 1}`;
  return field.group ? `${label} (${field.group.index + 1}/${field.group.size})` : label;
}
