// Content script, injected on demand into allowed sites: answers reads and fills with the same core functions the tests and eval use.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractFromDocument } from '@/utils/extract';
import { fillFields } from '@/utils/fill/fill';
import { readForm } from '@/utils/form/read-form';
import { onMessage } from '@/utils/messaging';

const MARK = '__tenkiContentScript';

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const scope = window as unknown as Record<string, boolean>;
    // Injected again after a worker restart: the first copy still answers, so the second stays quiet.
    if (scope[MARK]) return;
    scope[MARK] = true;
    const removers = [
      onMessage('pagePing', () => true),
      onMessage('pageAnalyze', () => ({ url: location.href, title: document.title, fields: extractFromDocument(document), form: readForm(document) })),
      onMessage('pageFill', ({ data }) => fillFields(document, data)),
    ];
    ctx.onInvalidated(() => {
      removers.forEach((remove) => remove());
      scope[MARK] = false;
    });
  },
});
