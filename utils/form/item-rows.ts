// Line items in a target form: which line each control of an items table or an indexed name belongs to, and which column it fills.
import { conceptFromLabel, conceptFromName, normalizeLabel, type ConceptId } from '../concepts';
import type { Control, TargetField } from './read-form';
import { collapse } from '../text';

/** What the line items of a form are made of; a table or a set of indexed names that holds none of them is something else. */
export const ITEM_CONCEPTS: ReadonlySet<ConceptId> = new Set<ConceptId>(['x-product-name', 'x-product-code', 'x-quantity', 'x-unit', 'x-unit-price', 'x-amount', 'x-lot-number']);

/**
 * Column words that mean one thing in a line and another elsewhere: "Item" in a line grid is the item's number, as ERP
 * grids use it (the name goes under Description); a bare "unit" is the unit of measure, not an apartment. Keys are
 * normalised labels.
 */
const ITEM_WORDS: Record<string, ConceptId> = {
  item: 'x-product-code',
  code: 'x-product-code',
  コード: 'x-product-code',
  jan: 'x-product-code',
  model: 'x-product-code',
  description: 'x-product-name',
  itemdescription: 'x-product-name',
  name: 'x-product-name',
  名称: 'x-product-name',
  内容: 'x-product-name',
  摘要: 'x-product-name',
  unit: 'x-unit',
  price: 'x-unit-price',
  cost: 'x-unit-price',
  unitcost: 'x-unit-price',
  amount: 'x-amount',
  linetotal: 'x-amount',
  total: 'x-amount',
  lot: 'x-lot-number',
};

/** The same for the words of a name attribute (lines[0][desc], i1_qty): a bare "name" in a line is the product's, not a person's. */
const ITEM_NAME_TOKENS: Record<string, ConceptId> = {
  name: 'x-product-name',
  desc: 'x-product-name',
  description: 'x-product-name',
  hinmei: 'x-product-name',
  code: 'x-product-code',
  jan: 'x-product-code',
  sku: 'x-product-code',
  hinban: 'x-product-code',
  qty: 'x-quantity',
  quantity: 'x-quantity',
  suryo: 'x-quantity',
  unit: 'x-unit',
  uom: 'x-unit',
  tani: 'x-unit',
  price: 'x-unit-price',
  cost: 'x-unit-price',
  tanka: 'x-unit-price',
  amount: 'x-amount',
  total: 'x-amount',
  kingaku: 'x-amount',
  lot: 'x-lot-number',
};

/** A cell that only numbers the line ("1", "No.", "#3", "２."): it says which line, never what a control holds. */
export function isRowNumber(text: string | null | undefined): boolean {
  const t = (text ?? '').normalize('NFKC').replace(/\s+/g, '');
  return t === '' || /^(#|no\.?|№)?\d{0,3}\.?$/i.test(t) || /^(#|no\.?|№|行|項番|番号)$/i.test(t);
}

/** The text of a cell a person reads as a label: without buttons (削除, 追加) and the options of a select. */
function cellText(cell: Element): string {
  const clone = cell.cloneNode(true) as Element;
  clone.querySelectorAll('button, select, textarea, script, style, input').forEach((n) => n.remove());
  return collapse(clone.textContent);
}

/**
 * A cell of a line that holds no control and labels nothing: the line number, an amount the page computes (¥0, 0円, -),
 * or only actions (削除 as a link or button).
 */
function isLineFiller(cell: Element): boolean {
  const clone = cell.cloneNode(true) as Element;
  clone.querySelectorAll('a, button').forEach((n) => n.remove());
  const text = cellText(clone).normalize('NFKC').replace(/\s+/g, '');
  return isRowNumber(text) || /^([¥$€]?-?[\d,]*(\.\d+)?(円|JPY|USD)?|[-–—])$/i.test(text);
}

interface Slot {
  cell: HTMLTableCellElement;
  row: number;
  col: number;
}

/** A table as the grid a person sees: every cell at the column it starts in, cells spanning rows or columns in every slot they cover. */
interface Grid {
  rows: HTMLTableRowElement[];
  slots: (HTMLTableCellElement | undefined)[][];
  at: Map<Element, Slot>;
}

// Built afresh on every read: a form that grows a line after load must not be read with its old grid.
function gridOf(table: HTMLTableElement): Grid {
  const rows = Array.from(table.rows);
  const slots: (HTMLTableCellElement | undefined)[][] = rows.map(() => []);
  const at = new Map<Element, Slot>();
  rows.forEach((tr, r) => {
    let col = 0;
    for (const cell of Array.from(tr.cells)) {
      while (slots[r]![col]) col++;
      // rowspan="0" spans to the end of the table.
      const down = cell.rowSpan === 0 ? rows.length - r : Math.max(1, cell.rowSpan);
      const across = Math.max(1, cell.colSpan);
      for (let dr = 0; dr < down && r + dr < rows.length; dr++) for (let dc = 0; dc < across; dc++) slots[r + dr]![col + dc] = cell;
      at.set(cell, { cell, row: r, col });
      col += across;
    }
  });
  return { rows, slots, at };
}

function tableOf(cell: Element): HTMLTableElement | null {
  const table = cell.closest('table');
  return table && cell.parentElement?.closest('table') === table ? table : null;
}

const CONTROL = 'input:not([type=hidden]), select, textarea';

/** A cell that reads as a column name: a header cell, or a short text that is no value (no amount, no number of two digits or more). */
function namesColumn(cell: HTMLTableCellElement): boolean {
  const text = cellText(cell);
  return cell.tagName === 'TH' || (text.length <= 20 && !/\d{2,}/.test(text.normalize('NFKC')));
}

/**
 * A row of column names, with at least two names and no controls to fill: in a <thead> or all header cells (strict), or
 * all short names (tables styled with <td> only).
 */
function isHeaderRow(tr: HTMLTableRowElement, strict: boolean): boolean {
  const cells = Array.from(tr.cells);
  if (tr.querySelector(CONTROL)) return false;
  if (cells.filter((c) => cellText(c)).length < 2) return false;
  return tr.parentElement?.tagName === 'THEAD' || cells.every((c) => c.tagName === 'TH') || (!strict && cells.every(namesColumn));
}

/** The name a header row above gives the column of `col`, from the nearest header row that names it. */
function columnName(grid: Grid, headerRows: number[], col: number): string {
  for (const r of headerRows) {
    const cell = grid.slots[r]![col];
    const text = cell ? cellText(cell) : '';
    if (text) return text;
  }
  return '';
}

/**
 * The nearest run of header rows above row `r`, nearest first. Real header cells win over rows of short texts, which
 * may be lines shown as text above the one to fill.
 */
function headerRowsAbove(grid: Grid, r: number): number[] {
  for (const strict of [true, false]) {
    const found: number[] = [];
    for (let i = r - 1; i >= 0; i--) {
      if (isHeaderRow(grid.rows[i]!, strict)) found.push(i);
      else if (found.length) break;
    }
    if (found.length) return found;
  }
  return [];
}

/**
 * The cell that labels a table cell when its own row has none: a header cell to its left that spans down into the row
 * (rowspan), else the column's name in a header row above (colspan respected).
 */
export function spannedHeader(cell: Element): Element | undefined {
  const table = tableOf(cell);
  if (!table) return undefined;
  const grid = gridOf(table);
  const slot = grid.at.get(cell);
  if (!slot) return undefined;
  const line = grid.slots[slot.row]!;
  for (let c = slot.col - 1; c >= 0; c--) {
    const left = line[c];
    if (!left || left === cell || left.querySelector(CONTROL)) continue;
    const text = cellText(left);
    if (text && !isRowNumber(text)) return left;
  }
  for (const r of headerRowsAbove(grid, slot.row)) {
    const above = grid.slots[r]![slot.col];
    if (above && cellText(above)) return above;
  }
  return undefined;
}

/** What an item line's control fills. */
export interface ItemCell {
  /** 0 for the first line of the form, 1 for the second… */
  row: number;
  /** The column's name ("品名", "Unit price"), without the line number. */
  label: string;
  concept?: ConceptId;
  conceptSource?: 'label' | 'name';
  conceptScore: number;
}

/** The concept a column label names in a line: the item words first, then the vocabulary. */
export function conceptOfColumn(label: string): { concept: ConceptId; score: number } | undefined {
  const bare = normalizeLabel(label).replace(/\([^)]*\)/g, '');
  const word = ITEM_WORDS[bare];
  if (word) return { concept: word, score: 0.9 };
  return conceptFromLabel(label);
}

/** The concept the field part of an indexed name names (qty, unit_price, item_name). */
function conceptOfNamePart(part: string): ConceptId | undefined {
  const tokens = part.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  // A bare "item" is the product in item[] and item1 but its number in lines[0][item]: only the label can say.
  if (tokens.join('_') === 'item') return undefined;
  // The last word names the column (item_code, unit_price): "item" in item_code is only its subject.
  const last = tokens[tokens.length - 1];
  return (last ? ITEM_NAME_TOKENS[last] : undefined) ?? conceptFromName(part) ?? tokens.map((t) => ITEM_NAME_TOKENS[t]).find(Boolean);
}

/** Label first, then name, as for any field: a label and name that agree make it surer, that disagree less sure. */
function cellConcept(label: string, namePart: string): Pick<ItemCell, 'concept' | 'conceptSource' | 'conceptScore'> {
  const byLabel = label ? conceptOfColumn(label) : undefined;
  const byName = namePart ? conceptOfNamePart(namePart) : undefined;
  if (byLabel) return { concept: byLabel.concept, conceptSource: 'label', conceptScore: byLabel.score * (byName && byName !== byLabel.concept ? 0.8 : 1) };
  if (byName) return { concept: byName, conceptSource: 'name', conceptScore: 0.6 };
  return { conceptScore: 0 };
}

/** The concept by the common vocabulary alone, for controls not yet known to sit in a line. */
function plainConcept(label: string, namePart: string): Pick<ItemCell, 'concept' | 'conceptSource' | 'conceptScore'> {
  const byLabel = label ? conceptFromLabel(label) : undefined;
  const byName = namePart ? conceptFromName(namePart) : undefined;
  if (byLabel) return { concept: byLabel.concept, conceptSource: 'label', conceptScore: byLabel.score * (byName && byName !== byLabel.concept ? 0.8 : 1) };
  if (byName) return { concept: byName, conceptSource: 'name', conceptScore: 0.6 };
  return { conceptScore: 0 };
}

// Words that name the line itself when they open a name (line_desc_1, item_name_3): the number at the end is the line's.
const LINE_WORDS = new Set(['line', 'lines', 'item', 'items', 'row', 'rows', 'detail', 'details', 'meisai', 'ln']);

/** A name that carries a line index: lines[0][qty], rows[2].name, i1_qty, ln2_item, item_name_3, line_desc_1, qty1. */
export function indexedName(name: string): { group: string; index: number; field: string } | undefined {
  const tokens = name.match(/[A-Za-z]+|\d+/g) ?? [];
  const k = tokens.findIndex((t) => /^\d+$/.test(t));
  if (k < 0 || tokens.slice(k + 1).some((t) => /^\d+$/.test(t))) return undefined;
  const before = tokens.slice(0, k);
  const after = tokens.slice(k + 1).join('_');
  const index = Number(tokens[k]);
  if (after) return { group: before.join('_'), index, field: after };
  if (before.length >= 2 && LINE_WORDS.has(before[0]!.toLowerCase())) return { group: before[0]!, index, field: before.slice(1).join('_') };
  return before.length ? { group: '', index, field: before.join('_') } : undefined;
}

/** A label that carries a line index: "品名1", "数量 2", "Line 1 item", "1行目 JANコード", "明細2 単価". */
export function indexedLabel(label: string): { index: number; field: string; suffixed: boolean } | undefined {
  const t = label.normalize('NFKC').trim();
  const m =
    /^(?:line|item|row|明細|行)\s*#?(\d{1,3})\s*[:：.\-]?\s+(.+)$/i.exec(t) ??
    /^(?:line|item|row|明細|行)\s*#?(\d{1,3})\s*[:：.\-]?\s*([^\d\s].*)$/i.exec(t) ??
    /^#?(\d{1,3})\s*(?:行目|番目|行)\s*[:：.\-]?\s*(.+)$/.exec(t);
  if (m) return { index: Number(m[1]), field: m[2]!.trim(), suffixed: false };
  const end = /^(.*[^\d\s#(（])\s*[(（]?#?(\d{1,3})[)）]?$/.exec(t);
  return end ? { index: Number(end[2]), field: end[1]!.trim(), suffixed: true } : undefined;
}

type Readable = Pick<TargetField, 'label' | 'name' | 'type'>;

const CHOICE = new Set(['radio', 'checkbox']);

/** The lines of items tables: rows under a header row whose cells hold only controls and line numbers. */
function tableItems(controls: readonly Control[], read: readonly Readable[]): Map<number, ItemCell> {
  const out = new Map<number, ItemCell>();
  const byRow = new Map<HTMLTableRowElement, number[]>();
  controls.forEach((el, i) => {
    const cell = el.closest('td, th');
    const tr = cell?.parentElement;
    if (cell && tr?.tagName === 'TR' && tableOf(cell)) byRow.set(tr as HTMLTableRowElement, [...(byRow.get(tr as HTMLTableRowElement) ?? []), i]);
  });
  // Lines under one header row, in the order of the page.
  const lines = new Map<HTMLTableRowElement, { tr: HTMLTableRowElement; cells: Map<number, ItemCell> }[]>();
  for (const [tr, indexes] of byRow) {
    const table = tableOf(tr.cells[0] ?? tr)!;
    const grid = gridOf(table);
    const r = grid.rows.indexOf(tr);
    const headers = r < 0 ? [] : headerRowsAbove(grid, r);
    if (!headers.length) continue;
    // A cell with words of its own (電話番号, 値引き) labels its row: the row is a form row, not a line.
    if (Array.from(tr.cells).some((c) => !c.querySelector(CONTROL) && !isLineFiller(c))) continue;
    const cells = new Map<number, ItemCell>();
    for (const i of indexes) {
      const slot = grid.at.get(controls[i]!.closest('td, th')!)!;
      const label = columnName(grid, headers, slot.col);
      const part = indexedName(read[i]!.name)?.field ?? read[i]!.name;
      cells.set(i, { row: 0, label, ...cellConcept(label, part) });
    }
    if (![...cells.values()].some((c) => c.concept && ITEM_CONCEPTS.has(c.concept))) continue;
    const header = grid.rows[headers[0]!]!;
    lines.set(header, [...(lines.get(header) ?? []), { tr, cells }]);
  }
  for (const group of lines.values()) {
    // One lone control under a header is a form row with its label above, unless the table repeats it line after line.
    const single = group.length < 2 && group.every((line) => new Set([...line.cells.keys()].map((i) => controls[i]!.closest('td, th'))).size < 2);
    if (single) continue;
    group.forEach((line, row) => line.cells.forEach((cell, i) => out.set(i, { ...cell, row })));
  }
  return out;
}

/**
 * Lines read from indexed names (lines[0][qty], i1_qty, qty1) or, failing that, indexed labels (品名1, Line 1 item). A
 * number at the end is also how split fields are named (tel1 tel2, name01 name02, 住所1 住所2): such a control joins a
 * line only when its column names an item by the common vocabulary; a number before the column (lines[0][…], Line 1 …)
 * marks every column of the line. Names that end in [] (item[], qty[]) repeat once per line: their order is the line's.
 */
function indexedItems(controls: readonly Control[], read: readonly Readable[], skip: ReadonlySet<number>): Map<number, ItemCell> {
  const out = new Map<number, ItemCell>();
  const sets = new Map<string, { i: number; index: number; label: string; part: string; suffixed: boolean }[]>();
  const seen = new Map<string, number>();
  read.forEach((f, i) => {
    if (skip.has(i) || CHOICE.has(f.type)) return;
    const byLabel = indexedLabel(f.label);
    const repeated = f.name.endsWith('[]') ? { group: '[]', index: seen.get(f.name) ?? 0, field: f.name.slice(0, -2) } : undefined;
    if (repeated) seen.set(f.name, repeated.index + 1);
    const byName = indexedName(f.name) ?? repeated ?? indexedName(controls[i]!.id);
    const key = byName ? `n:${byName.group}` : byLabel ? 'l:' : undefined;
    if (!key) return;
    const member = {
      i,
      index: byName?.index ?? byLabel!.index,
      label: byLabel?.field ?? f.label,
      part: byName?.field ?? '',
      suffixed: byName ? byName.group === '' : byLabel!.suffixed,
    };
    sets.set(key, [...(sets.get(key) ?? []), member]);
  });
  for (const members of sets.values()) {
    const cells = members.flatMap((m) => {
      // A label that is only the line number ("1") or that several columns of the line share ("明細（日付・内容・金額）")
      // names no column; the placeholder or the name still may.
      const shared = members.some((o) => o !== m && o.index === m.index && o.label === m.label);
      const label = isRowNumber(m.label) || shared ? collapse(controls[m.i]!.getAttribute('placeholder')) : m.label;
      const cell: ItemCell = { row: 0, label, ...(m.suffixed ? plainConcept(label, m.part) : cellConcept(label, m.part)) };
      return m.suffixed && !(cell.concept && ITEM_CONCEPTS.has(cell.concept)) ? [] : [{ ...m, cell }];
    });
    const perIndex = new Map<number, number>();
    for (const c of cells) perIndex.set(c.index, (perIndex.get(c.index) ?? 0) + 1);
    // A line is at least two columns; a lone indexed control is a field of its own.
    if (![...perIndex.values()].some((n) => n >= 2) || !cells.some((c) => c.cell.concept && ITEM_CONCEPTS.has(c.cell.concept))) continue;
    const order = [...perIndex.keys()].sort((a, b) => a - b);
    for (const c of cells) out.set(c.i, { ...c.cell, row: order.indexOf(c.index) });
  }
  return out;
}

/**
 * Marks the controls of line items with their line and gives each the name and concept of its column: the header cell
 * above it in an items table, else the label or name without its index. A line-number cell is never a label.
 */
export function withItemRows<T extends Readable & Pick<TargetField, 'concept' | 'conceptSource' | 'conceptScore' | 'row'>>(controls: readonly Control[], read: readonly T[]): T[] {
  const fillable = read.map((f) => !CHOICE.has(f.type));
  const tables = tableItems(controls, read);
  const indexed = indexedItems(controls, read, new Set(tables.keys()));
  return read.map((f, i) => {
    const item = tables.get(i) ?? indexed.get(i);
    // Radio buttons and checkboxes keep the question they answer; their line is still theirs.
    if (!item) return f;
    if (!fillable[i]) return { ...f, row: item.row };
    return { ...f, row: item.row, label: item.label || (isRowNumber(f.label) ? '' : f.label), concept: item.concept, conceptSource: item.conceptSource, conceptScore: item.conceptScore };
  });
}
