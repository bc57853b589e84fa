// Content script, injected on demand into allowed sites: answers reads and fills with the same core functions the tests and eval use.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractFromDocument } from '@/utils/extract';
import { fillFields, type FillResult } from '@/utils/fill/fill';
import { createPageHighlights } from '@/utils/fill/page-highlights';
import { readForm } from '@/utils/form/read-form';
import { watchForm } from '@/utils/form/watch-form';
import { onMessage, sendMessage } from '@/utils/messaging';
import { reportHandEntries } from '@/utils/passive/report-entries';

export default defineContentScript({
  registration: 'runtime',
  // Injected again (after an extension update, say), WXT invalidates the older copy, whose listeners then go away.
  main(ctx) {
    // The form as the panel last saw it: a change that leaves the fillable controls as they were is not worth a message.
    let lastSignature: string | undefined;
    const currentForm = () => {
      const form = readForm(document);
      lastSignature = form.signature;
      return form;
    };
    // Highlights go with the context: an invalidated copy leaves no outline behind.
    const highlights = createPageHighlights(document, ctx.signal);
    const entries = reportHandEntries(document, ctx.signal);
    const removers = [
      onMessage('pagePing', () => true),
      onMessage('pageAnalyze', () => ({ url: location.href, title: document.title, fields: extractFromDocument(document), form: currentForm() })),
      onMessage('pageFill', async ({ data }) => {
        highlights.clear();
        entries.pause();
        let results: FillResult[] = [];
        try {
          results = await fillFields(document, data);
        } finally {
          const restored = new Set(data.filter((item) => item.restore).map((item) => item.key));
          const done = results.filter((r) => r.status === 'filled').map((r) => r.key);
          entries.markFilled(
            done.filter((key) => !restored.has(key)),
            done.filter((key) => restored.has(key)),
          );
        }
        highlights.afterFill(data, results);
        return results;
      }),
      onMessage('pageHighlightSource', ({ data }) => highlights.source(data.selector)),
    ];
    ctx.onInvalidated(() => removers.forEach((remove) => remove()));
    watchForm(
      document,
      () => {
        const before = lastSignature;
        if (currentForm().signature === before) return;
        // No side panel open means nobody listens; the next analysis reads the form anyway.
        sendMessage('pageFormChanged', undefined).catch(() => undefined);
      },
      { signal: ctx.signal },
    );
  },
});
