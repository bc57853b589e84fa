// Protects the log from personal values riding in on a form's description: a title naming the customer, a path with a record number.
import { describe, expect, it } from 'vitest';
import { scrubTitle, scrubUrl } from '@/utils/scrub';

describe('scrubTitle', () => {
  it('replaces every value the page or source holds, longest first, and leaves the rest of the title', () => {
    expect(scrubTitle('顧客編集: 山田 太郎 様 - 販売管理', ['山田 太郎', '山田', '03-1234-5678'])).toBe('顧客編集: … 様 - 販売管理');
    expect(scrubTitle('受注 PO-2026-0412 / 株式会社サンプル商事', ['PO-2026-0412', '株式会社サンプル商事'])).toBe('受注 … / …');
  });

  it('finds a value written differently in the title: spaces between its characters, full-width digits, another dash', () => {
    expect(scrubTitle('受注編集 山田 太郎 様', ['山田太郎'])).toBe('受注編集 … 様');
    expect(scrubTitle('連絡先 ０３－１２３４－５６７８', ['03-1234-5678'])).toBe('連絡先 …');
    expect(scrubTitle('注文 (PO.2026*1)', ['(PO.2026*1)'])).toBe('注文 …');
  });

  it('ignores one-character values and keeps a title that names nobody', () => {
    expect(scrubTitle('受注入力 | 販売管理', ['1', '山田'])).toBe('受注入力 | 販売管理');
  });
});

describe('scrubUrl', () => {
  it('keeps origin and path, drops query and fragment, and masks segments with digits', () => {
    expect(scrubUrl('https://erp.example.co.jp/customers/12345/edit?name=山田#top')).toBe('https://erp.example.co.jp/customers/*/edit');
    expect(scrubUrl('http://127.0.0.1:5178/order.html?x=1')).toBe('http://127.0.0.1:5178/order.html');
    expect(scrubUrl('not a url')).toBe('');
    expect(scrubUrl('https://crm.example.jp/customers/yamada.taro@example.com/edit')).toBe('https://crm.example.jp/customers/*/edit');
    expect(scrubUrl('https://crm.example.jp/%E5%B1%B1%E7%94%B0/edit')).toBe('https://crm.example.jp/*/edit');
    expect(scrubUrl('https://crm.example.jp/orders/new/page2.html')).toBe('https://crm.example.jp/orders/new/page2.html');
  });
});
