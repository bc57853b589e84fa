// Protects what the content script sends about a hand entry: the field as the log names it, and a page title that no longer names the customer the form holds.
import { describe, expect, it } from 'vitest';
import { pageEntry } from '@/utils/passive/page-entry';

describe('pageEntry', () => {
  it('names the field and clears the form’s values out of the title', () => {
    document.title = '顧客編集 (edition): 山田太郎 (03-1234-5678)';
    document.body.innerHTML = `
      <form>
        <label>氏名 <input id="name" type="text" value="山田太郎"></label>
        <label>電話番号 <input id="tel" type="tel" value="03-1234-5678"></label>
        <label>会社名 <input id="company" type="text"></label>
        <label><input id="news" type="checkbox" value="on" checked> お知らせを受け取る</label>
      </form>`;
    const company = document.getElementById('company') as HTMLInputElement;
    company.value = '株式会社サンプル商事';
    const entry = pageEntry(document, company, { visit: 'v1', method: 'typed', value: '株式会社サンプル商事' });
    expect(entry).toMatchObject({ visit: 'v1', method: 'typed', value: '株式会社サンプル商事', fieldKey: '#company', concept: 'organization', position: 2 });
    expect(entry?.formTitle).toBe('顧客編集 (edition): … (…)');
  });

  it('is nothing for an element that is no field of the form', () => {
    document.body.innerHTML = '<input id="a" type="text"><p id="p">x</p>';
    expect(pageEntry(document, document.getElementById('p')!, { visit: 'v1', method: 'typed', value: 'x' })).toBeUndefined();
  });
});
