// `npm run bench [-- DIR…]`: extraction time against Readability's parse of the same pages, side by side in one run, and how it grows with page size; then the dashboard's view as the log grows.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractFromDocument } from '../../utils/extract';
import { benchLogScale } from './log-scale';

const DEFAULT_ROOTS = ['tests/fixtures/eval', 'tests/fixtures/webmail', 'tests/fixtures/demo'];

function htmlFiles(root: string): string[] {
  let stat;
  try {
    stat = statSync(root);
  } catch {
    return [];
  }
  if (stat.isFile()) return root.endsWith('.html') ? [root] : [];
  return readdirSync(root)
    .sort()
    .flatMap((entry) => htmlFiles(path.join(root, entry)))
    // Targets are forms to fill, not pages read as sources.
    .filter((f) => path.basename(f) !== 'target.html');
}

/** Median time in ms of `fn`, run `reps` times after one warm-up. */
function time(fn: () => unknown, reps: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A webmail-like page of about `bytes`: an inbox list and one long order mail with label lines and an item table. */
function syntheticPage(bytes: number): string {
  const rows: string[] = [];
  const items: string[] = [];
  let i = 0;
  const size = () => rows.join('').length + items.join('').length;
  while (size() < bytes * 0.9) {
    rows.push(`<li><b>差出人 ${i}</b> ご注文の確認 ${i} – いつもありがとうございます。</li>`);
    items.push(`<p>商品コード：SKU-${i}</p><p>商品名：コピー用紙 A4 ${i} 箱</p><p>数量：${(i % 9) + 1}</p><p>単価：￥${480 + i}</p>`);
    i++;
  }
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>受信トレイ</title></head><body>
<nav><ul><li>受信トレイ</li><li>送信済み</li></ul></nav><section class="list"><ul>${rows.join('')}</ul></section>
<main role="main"><article class="message"><h1>ご注文ありがとうございます</h1><div class="message-body">
<p>お名前：山田 太郎 様</p><p>郵便番号：〒150-0002</p><p>住所：東京都渋谷区渋谷2-21-1</p><p>電話番号：03-5555-0142</p>${items.join('')}
</div></article></main></body></html>`;
}

async function main(argv: string[]): Promise<void> {
  const roots = argv.length ? argv : DEFAULT_ROOTS;
  const files = roots.flatMap(htmlFiles);
  if (files.length === 0) {
    console.error(`bench: no HTML sources under ${roots.join(', ')}`);
    process.exit(1);
  }
  const ratios: number[] = [];
  for (const file of files) {
    const doc = new JSDOM(readFileSync(file), { contentType: 'text/html', url: 'https://bench.invalid/' }).window.document;
    // Both sides measured in the same run, alternating, so a noisy machine slows both alike.
    const ours = time(() => extractFromDocument(doc), 7);
    const theirs = time(() => new Readability(doc.cloneNode(true) as Document).parse(), 7);
    ratios.push(ours / theirs);
    console.log(`${path.relative('.', file)}: extract=${ours.toFixed(2)}ms readability=${theirs.toFixed(2)}ms ratio=${(ours / theirs).toFixed(3)}`);
  }
  const growth: [number, number][] = [];
  for (const size of [10_000, 100_000, 1_000_000]) {
    const doc = new JSDOM(syntheticPage(size), { contentType: 'text/html' }).window.document;
    const ms = time(() => extractFromDocument(doc), size >= 1_000_000 ? 3 : 7);
    growth.push([size, ms]);
    console.log(`bench: extract page=${size / 1000}KB time=${ms.toFixed(2)}ms`);
  }
  console.log(`bench: growth_1m_vs_10k ratio=${(growth[2]![1] / growth[0]![1]).toFixed(1)} (size ratio 100)`);
  console.log(`bench: extract_vs_readability ratio=${median(ratios).toFixed(3)} (median over ${ratios.length} pages)`);
  // Issue 6: the dashboard over logs of 10k, 100k and 1M entries (tests/bench/log-scale.ts).
  const t0 = performance.now();
  await benchLogScale();
  console.log(`bench: log_scale total_s=${((performance.now() - t0) / 1000).toFixed(1)}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
