// Names the part of a message a heading opens (orderer, delivery, billing, emergency contact, line items), so equal labels in different blocks stay apart.
import { normalizeLabel } from './concepts';

export type SectionKind = 'customer' | 'billing' | 'shipping' | 'emergency' | 'items' | 'sender';

// Order matters: "ご請求先" must be billing before "請求" anything else, "お届け先" shipping before "お客様".
const KINDS: [SectionKind, RegExp][] = [
  ['shipping', /お届け先|お届先|配送先|送付先|届け先|納品先|納入先|納入場所|納品場所|出荷先|配送情報|お届け情報|shipto|shipping|deliverto|delivery(address|info)|recipient/],
  ['billing', /請求先|ご請求先|請求書送付先|billto|billing|invoiceto/],
  ['emergency', /緊急連絡先|緊急時連絡先|emergencycontact/],
  ['customer', /ご注文者|注文者|購入者|発注元|お客様情報|お客様|申込者|お申込者|ご依頼主|依頼主|ご契約者|契約者|発注者|customer|soldto|buyer|orderedby|applicant/],
  ['items', /明細|商品明細|ご注文商品|ご注文内容|注文内容|品目|items|orderdetails|lineitems/],
  ['sender', /差出人|送信者|sender/],
];

/** The kind of block a heading opens, if it names one. */
export function sectionKindOf(heading: string): SectionKind | undefined {
  const norm = normalizeLabel(heading).replace(/[-_=*~・]/g, '');
  return KINDS.find(([, re]) => re.test(norm))?.[0];
}
