// Finds the element a reader is looking at: the open message in Gmail, Outlook, Yahoo! メール or another webmail, else the page's main content.
import { Readability, isProbablyReaderable } from '@mozilla/readability';

// The open message's body, by the structure each webmail gives it; the last match is the newest message of a thread.
const MESSAGE_BODIES = [
  'div.a3s', // Gmail
  '[aria-label="メッセージ本文"], [aria-label="Message body"], div[role="document"]', // Outlook on the web
  '[data-test-id="message-view-body-content"], [data-test-id="message-view-body"]', // Yahoo! メール
  '[id*="message-body" i], [class*="message-body" i], [class*="mail-body" i], [id*="mail-body" i], [class*="messagebody" i], [id*="messagebody" i], [class*="msg-body" i]',
];
const MAIN = ['[role="main"] article', 'article', '[role="main"]', 'main'];
// Page chrome that is never the content a clerk transcribes.
export const PAGE_CHROME = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"]';

function hasText(el: Element): boolean {
  return (el.textContent ?? '').trim().length > 0;
}

/** The open message or main content element of a page, when its structure says so. */
export function contentRoot(doc: Document): Element | undefined {
  for (const selector of MESSAGE_BODIES) {
    const found = Array.from(doc.querySelectorAll(selector)).filter(hasText);
    const last = found.at(-1);
    if (last) return last;
  }
  for (const selector of MAIN) {
    const el = doc.querySelector(selector);
    if (el && hasText(el)) return el;
  }
  return undefined;
}


/**
 * Readability's article for pages with no structure to go by (news-like pages, blogs, portals): parsed on a
 * copy, because it rewrites the document it reads. Undefined when the page does not read as an article.
 */
export function readableContent(doc: Document): Element | undefined {
  if (!isProbablyReaderable(doc)) return undefined;
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  if (!article?.content) return undefined;
  // Parsed into an inert document: nothing in it loads or runs.
  const parsed = new (doc.defaultView ?? window).DOMParser().parseFromString(article.content, 'text/html');
  return parsed.body;
}
