// Protects reading line items in a target form: each line's controls get their line and their column's label and concept, whatever way the form names the column, and form rows that only look like lines stay form rows.
import { beforeEach, describe, expect, it } from 'vitest';
import { displayLabel, readForm, type TargetField } from '@/utils/form/read-form';
import { indexedLabel, indexedName, isRowNumber } from '@/utils/form/item-rows';

function fieldsOf(html: string): Record<string, TargetField> {
  document.body.innerHTML = `<form>${html}</form>`;
  return Object.fromEntries(readForm(document).fields.map((f) => [f.name, f]));
}

const units = '<option value=""></option><option>台</option><option>個</option><option>式</option>';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('line items in a table under a header row', () => {
  const QUOTE = `
    <table>
      <tr><th>#</th><th>品名</th><th>数量</th><th>単位</th><th>単価（円）</th><th>金額</th></tr>
      <tr><td>1</td><td><input name="rows[0][name]"></td><td><input type="number" name="rows[0][qty]"></td><td><select name="rows[0][unit]">${units}</select></td><td><input name="rows[0][price]"></td><td><input name="rows[0][amount]"></td></tr>
      <tr><td>2</td><td><input name="rows[1][name]"></td><td><input type="number" name="rows[1][qty]"></td><td><select name="rows[1][unit]">${units}</select></td><td><input name="rows[1][price]"></td><td><input name="rows[1][amount]"></td></tr>
      <tr><td>3</td><td><input name="rows[2][name]"></td><td><input type="number" name="rows[2][qty]"></td><td><select name="rows[2][unit]">${units}</select></td><td><input name="rows[2][price]"></td><td><input name="rows[2][amount]"></td></tr>
    </table>`;

  it('labels each control with the header cell above it, never with the line number in the first cell', () => {
    const f = fieldsOf(QUOTE);
    expect(f['rows[0][name]']).toMatchObject({ label: '品名', concept: 'x-product-name', row: 0 });
    expect(f['rows[1][qty]']).toMatchObject({ label: '数量', concept: 'x-quantity', row: 1 });
    expect(f['rows[2][unit]']).toMatchObject({ label: '単位', concept: 'x-unit', row: 2 });
    expect(f['rows[0][price]']).toMatchObject({ label: '単価（円）', concept: 'x-unit-price', row: 0 });
    expect(f['rows[2][amount]']).toMatchObject({ label: '金額', concept: 'x-amount', row: 2 });
    // A line labelled "1" was once read as 住所1 (address-line1).
    expect(Object.values(f).some((field) => /^\d$/.test(field.label) || field.concept === 'address-line1')).toBe(false);
  });

  it('shows the clerk which line a field is on', () => {
    const f = fieldsOf(QUOTE);
    expect(displayLabel(f['rows[1][qty]']!)).toBe('数量 #2');
  });

  it('numbers the lines by their place in the table, not by the index in their names', () => {
    const f = fieldsOf(`
      <table>
        <thead><tr><th>No.</th><th>品名・作業内容</th><th>数量</th></tr></thead>
        <tbody>
          <tr><td>1</td><td><input name="lines[1][name]"></td><td><input name="lines[1][qty]"></td></tr>
          <tr><td>2</td><td><input name="lines[2][name]"></td><td><input name="lines[2][qty]"></td></tr>
        </tbody>
      </table>`);
    expect(f['lines[1][name]']).toMatchObject({ concept: 'x-product-name', row: 0 });
    expect(f['lines[2][qty]']).toMatchObject({ concept: 'x-quantity', row: 1 });
  });

  it('finds the header of a column under a header cell that spans two columns', () => {
    const f = fieldsOf(`
      <table>
        <tr><th colspan="2">品名</th><th>数量</th></tr>
        <tr><td>1</td><td><input name="a1"></td><td><input name="b1"></td></tr>
        <tr><td>2</td><td><input name="a2"></td><td><input name="b2"></td></tr>
      </table>`);
    expect(f.a1).toMatchObject({ label: '品名', concept: 'x-product-name', row: 0 });
    expect(f.b2).toMatchObject({ label: '数量', concept: 'x-quantity', row: 1 });
  });

  it('reads two header rows: the lower one names the columns a spanning cell above groups', () => {
    const f = fieldsOf(`
      <table>
        <thead>
          <tr><th rowspan="2">品番</th><th colspan="2">注文</th><th rowspan="2">単価</th></tr>
          <tr><th>数量</th><th>単位</th></tr>
        </thead>
        <tbody>
          <tr><td><input name="c1"></td><td><input name="q1"></td><td><input name="u1"></td><td><input name="p1"></td></tr>
          <tr><td><input name="c2"></td><td><input name="q2"></td><td><input name="u2"></td><td><input name="p2"></td></tr>
        </tbody>
      </table>`);
    expect(f.c1).toMatchObject({ label: '品番', concept: 'x-product-code', row: 0 });
    expect(f.q1).toMatchObject({ label: '数量', concept: 'x-quantity', row: 0 });
    expect(f.u2).toMatchObject({ label: '単位', concept: 'x-unit', row: 1 });
    expect(f.p2).toMatchObject({ label: '単価', concept: 'x-unit-price', row: 1 });
  });

  it('reads "Item" beside "Description" as the item number, and the description as the product', () => {
    const f = fieldsOf(`
      <table>
        <thead><tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit price (USD)</th></tr></thead>
        <tbody>
          <tr><td><input name="lines[0][item]"></td><td><input name="lines[0][desc]"></td><td><input type="number" name="lines[0][qty]"></td><td><input name="lines[0][price]"></td></tr>
          <tr><td><input name="lines[1][item]"></td><td><input name="lines[1][desc]"></td><td><input type="number" name="lines[1][qty]"></td><td><input name="lines[1][price]"></td></tr>
        </tbody>
      </table>`);
    expect(f['lines[0][item]']).toMatchObject({ concept: 'x-product-code', row: 0 });
    expect(f['lines[1][desc]']).toMatchObject({ concept: 'x-product-name', row: 1 });
    expect(f['lines[1][price]']).toMatchObject({ concept: 'x-unit-price', row: 1 });
  });

  it('takes a line with a computed amount and a delete link for a line all the same', () => {
    const f = fieldsOf(`
      <table>
        <thead><tr><th>品名</th><th>数量</th><th>金額</th><th></th></tr></thead>
        <tr><td><input name="n1"></td><td><input name="q1"></td><td>¥0</td><td><a href="#">削除</a></td></tr>
        <tr><td><input name="n2"></td><td><input name="q2"></td><td>0円</td><td><button type="button">削除</button></td></tr>
      </table>`);
    expect(f.n1).toMatchObject({ concept: 'x-product-name', row: 0 });
    expect(f.q2).toMatchObject({ concept: 'x-quantity', row: 1 });
  });

  it('reads a header row written with <td> cells', () => {
    const f = fieldsOf(`
      <table>
        <tr class="head"><td>No</td><td>品名</td><td>数量</td></tr>
        <tr><td>1</td><td><input name="n1"></td><td><input name="q1"></td></tr>
        <tr><td>2</td><td><input name="n2"></td><td><input name="q2"></td></tr>
      </table>`);
    expect(f.n2).toMatchObject({ label: '品名', concept: 'x-product-name', row: 1 });
    expect(f.q1).toMatchObject({ label: '数量', concept: 'x-quantity', row: 0 });
  });

  it('leaves hidden template lines and read-only lines out, as any hidden or read-only control', () => {
    const f = fieldsOf(`
      <table>
        <tr><th>品名</th><th>数量</th></tr>
        <tr hidden><td><input name="tpl_name"></td><td><input name="tpl_qty"></td></tr>
        <tr><td><input name="n1"></td><td><input name="q1"></td></tr>
        <tr><td><input name="n2" readonly></td><td><input name="q2" readonly></td></tr>
      </table>`);
    expect(f.tpl_name).toBeUndefined();
    expect(f.n2).toBeUndefined();
    expect(f.n1).toMatchObject({ concept: 'x-product-name', row: 0 });
  });
});

describe('line items named with an index', () => {
  it('reads the line and the column from lines[0][qty], i1_qty, l1_code, ln2_item and item_name_3', () => {
    const f = fieldsOf(`
      <div><input name="lines[0][name]"><input name="lines[0][qty]"><input name="lines[1][name]"><input name="lines[1][qty]"></div>
      <div><input name="i1_name"><input name="i1_qty"><input name="i2_name"><input name="i2_qty"></div>
      <div><input name="l1_code"><input name="l1_price"><input name="l2_code"><input name="l2_price"></div>
      <div><input name="ln1_item"><input name="ln1_qty"><input name="ln2_item"><input name="ln2_qty"></div>
      <div><input name="item_name_1"><input name="item_qty_1"><input name="item_name_3"><input name="item_qty_3"></div>`);
    expect(f['lines[1][name]']).toMatchObject({ concept: 'x-product-name', row: 1 });
    expect(f['lines[0][qty]']).toMatchObject({ concept: 'x-quantity', row: 0 });
    expect(f.i2_qty).toMatchObject({ concept: 'x-quantity', row: 1 });
    expect(f.i1_name).toMatchObject({ concept: 'x-product-name', row: 0 });
    expect(f.l1_code).toMatchObject({ concept: 'x-product-code', row: 0 });
    expect(f.l2_price).toMatchObject({ concept: 'x-unit-price', row: 1 });
    expect(f.ln2_qty).toMatchObject({ concept: 'x-quantity', row: 1 });
    // Without a label, a bare "item" names no column (the product in item[], its number in lines[0][item]).
    expect(f.ln2_item).toMatchObject({ row: 1 });
    expect(f.ln2_item!.concept).toBeUndefined();
    // Lines 1 and 3 of a form are its first and second lines.
    expect(f.item_name_3).toMatchObject({ concept: 'x-product-name', row: 1 });
  });

  it('numbers names that end in [] by their order, and leaves a bare "item" to the label to explain', () => {
    const f = fieldsOf(`
      <div><input name="item[]" placeholder="品名"><input name="qty[]" placeholder="数量"></div>
      <div><input name="item[]" placeholder="品名"><input name="qty[]" placeholder="数量"></div>`);
    const [first, second] = readForm(document).fields.filter((field) => field.name === 'item[]');
    expect(first).toMatchObject({ concept: 'x-product-name', row: 0 });
    expect(second).toMatchObject({ concept: 'x-product-name', row: 1 });
    expect(f['qty[]']).toMatchObject({ concept: 'x-quantity', row: 1 });
  });

  it('reads the line from labels with an index: 品名1, 数量 2, Line 1 item, 1行目 JANコード', () => {
    const f = fieldsOf(`
      <div><input name="a" aria-label="品名1"><input name="b" aria-label="数量1"><input name="c" aria-label="品名2"><input name="d" aria-label="数量 2"></div>`);
    expect(f.a).toMatchObject({ label: '品名', concept: 'x-product-name', row: 0 });
    expect(f.d).toMatchObject({ label: '数量', concept: 'x-quantity', row: 1 });
    const g = fieldsOf(`
      <div><input name="p" aria-label="Line 1 item"><input name="q" aria-label="Line 1 expected qty"><input name="r" aria-label="Line 2 item"><input name="s" aria-label="Line 2 expected qty"></div>`);
    expect(g.p).toMatchObject({ label: 'item', concept: 'x-product-code', row: 0 });
    expect(g.s).toMatchObject({ label: 'expected qty', concept: 'x-quantity', row: 1 });
    const h = fieldsOf(`
      <div><input name="j" aria-label="1行目 JANコード"><input name="k" aria-label="1行目 商品名"><input name="m" aria-label="2行目 JANコード"><input name="n" aria-label="2行目 商品名"></div>`);
    expect(h.m).toMatchObject({ label: 'JANコード', concept: 'x-product-code', row: 1 });
    expect(h.k).toMatchObject({ label: '商品名', concept: 'x-product-name', row: 0 });
  });

  it('takes a column name from the placeholder when the label is the whole row’s (明細（日付・内容・金額）)', () => {
    const f = fieldsOf(`
      <div class="row"><label>明細（日付・内容・金額）</label><div>
        <input type="date" name="line_date_1" placeholder="日付"><input name="line_desc_1" placeholder="内容"><input name="line_amount_1" placeholder="金額">
        <input type="date" name="line_date_2" placeholder="日付"><input name="line_desc_2" placeholder="内容"><input name="line_amount_2" placeholder="金額">
      </div></div>`);
    expect(f.line_date_1).toMatchObject({ label: '日付', concept: 'x-date', row: 0 });
    expect(f.line_amount_2).toMatchObject({ label: '金額', concept: 'x-amount', row: 1 });
  });

  it('does not take split fields for lines: 電話番号 1-3, 郵便番号 1-2, 姓名 name01/name02, 住所1/住所2', () => {
    const f = fieldsOf(`
      <div><label>お名前</label><input name="name01"><input name="name02"></div>
      <div><label>郵便番号</label><input name="zip1"><input name="zip2"></div>
      <div><label>電話番号</label><input name="tel1"><input name="tel2"><input name="tel3"></div>
      <div><input name="addr1" aria-label="住所1"><input name="addr2" aria-label="住所2"></div>`);
    for (const field of Object.values(f)) expect(field.row).toBeUndefined();
  });
});

describe('form rows that are not lines', () => {
  it('keeps a table of labelled rows under a header row as form rows (EC-CUBE 値引き / 送料 under the products header)', () => {
    const f = fieldsOf(`
      <table>
        <tr><th>商品コード</th><th>商品名</th><th>単価</th><th>数量</th><th>小計</th></tr>
        <tr><th colspan="4">値引き</th><td><input type="number" name="discount"></td></tr>
        <tr><th colspan="4">送料</th><td><input type="number" name="deliv_fee"></td></tr>
      </table>`);
    expect(f.discount).toMatchObject({ label: '値引き', concept: 'x-discount' });
    expect(f.discount!.row).toBeUndefined();
    expect(f.deliv_fee!.row).toBeUndefined();
  });

  it('keeps one row of party fields under column headers out of the lines, labelled by the header above', () => {
    const f = fieldsOf(`
      <table>
        <tr><th>お名前</th><th>電話番号</th></tr>
        <tr><td><input name="a"></td><td><input name="b"></td></tr>
      </table>`);
    expect(f.a).toMatchObject({ label: 'お名前', concept: 'name' });
    expect(f.b).toMatchObject({ label: '電話番号', concept: 'tel' });
    expect(f.a!.row).toBeUndefined();
  });

  it('labels a row whose header cell spans down from the row above (rowspan)', () => {
    const f = fieldsOf(`
      <table>
        <tr><th rowspan="2">住所</th><td><input name="pref_line"></td></tr>
        <tr><td><input name="rest_line"></td></tr>
      </table>`);
    expect(f.rest_line).toMatchObject({ label: '住所', concept: 'street-address' });
  });

  it('never takes a line-number cell for a label in an ordinary table', () => {
    const f = fieldsOf(`
      <table>
        <tr><th>備考</th><th>担当</th></tr>
        <tr><td>1</td><td><input name="memo1"></td></tr>
      </table>`);
    expect(f.memo1!.label).not.toBe('1');
  });
});

describe('the pieces', () => {
  it('knows a line-number cell', () => {
    for (const t of ['1', '12', '#', 'No.', 'No', '#3', '２.', '']) expect(isRowNumber(t)).toBe(true);
    for (const t of ['品名', '1F', 'No.1 品名', '住所1']) expect(isRowNumber(t)).toBe(false);
  });

  it('cuts the index out of a name', () => {
    expect(indexedName('lines[0][qty]')).toEqual({ group: 'lines', index: 0, field: 'qty' });
    expect(indexedName('i1_qty')).toEqual({ group: 'i', index: 1, field: 'qty' });
    expect(indexedName('item_name_3')).toEqual({ group: 'item', index: 3, field: 'name' });
    expect(indexedName('qty2')).toEqual({ group: '', index: 2, field: 'qty' });
    expect(indexedName('order_no')).toBeUndefined();
    expect(indexedName('lines[0][addr1]')).toBeUndefined();
  });

  it('cuts the index out of a label', () => {
    expect(indexedLabel('Line 1 expected qty')).toEqual({ index: 1, field: 'expected qty', suffixed: false });
    expect(indexedLabel('1行目 JANコード')).toEqual({ index: 1, field: 'JANコード', suffixed: false });
    expect(indexedLabel('品名2')).toEqual({ index: 2, field: '品名', suffixed: true });
    expect(indexedLabel('数量（3）')).toEqual({ index: 3, field: '数量', suffixed: true });
    expect(indexedLabel('品名')).toBeUndefined();
  });
});
