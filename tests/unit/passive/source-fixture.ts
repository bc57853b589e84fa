// A source snapshot as the source watcher stores it, for the passive-counting tests: the demo order mail's fields.
import type { ConceptId } from '@/utils/concepts';
import type { SourceSnapshot } from '@/utils/source';

export function sourceOf(fields: [label: string, value: string, concept?: ConceptId, normalized?: string][], at = 0, url = 'http://localhost:5178/mail.html'): SourceSnapshot {
  return {
    kind: 'page',
    url,
    title: '【ご注文】オフィスチェアの件',
    fields: fields.map(([label, value, concept, normalized], i) => ({
      id: `f${i}`,
      label,
      value,
      normalized: normalized ?? value,
      concept,
      confidence: 0.9,
      provenance: { kind: 'page', line: i },
    })),
    signature: `sig-${fields.map(([label]) => label).join('|')}`,
    at,
  };
}

export const ORDER_MAIL = sourceOf([
  ['お名前', '山田 太郎', 'name'],
  ['会社名', '株式会社サンプル商事', 'organization'],
  ['電話番号', '03-1234-5678', 'tel'],
  ['メールアドレス', 'taro.yamada@example.co.jp', 'email'],
  ['数量', '2', 'x-quantity'],
  ['個人番号', '123456789012', 'x-my-number'],
]);
