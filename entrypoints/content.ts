// Content script, injected on demand into allowed sites: answers reads and fills with the same core functions the tests and eval use.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractFromDocument } from '@/utils/extract';
import { fillFields } from '@/utils/fill/fill';
import { readForm } from '@/utils/form/read-form';
import { onMessage } from '@/utils/messaging';

export default defineContentScript({
  registration: 'runtime',
  // Injected again (after an extension update, say), WXT invalidates the older copy, whose listeners then go away.
  main(ctx) {
    const removers = [
      onMessage('pagePing', () => true),
      onMessage('pageAnalyze', () => ({ url: location.href, title: document.title, fields: extractFromDocument(document), form: readForm(document) })),
      onMessage('pageFill', ({ data }) => fillFields(document, data)),
    ];
    ctx.onInvalidated(() => removers.forEach((remove) => remove()));
  },
});
