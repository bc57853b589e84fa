// Reads the evidence log straight from IndexedDB in an extension context (a page of the extension or its worker), so tests check what was stored, not what a page shows.
import type { Page, Worker } from 'playwright-core';

export interface LogDump {
  jobs: Record<string, unknown>[];
  entries: Record<string, unknown>[];
}

export function readLog(context: Page | Worker): Promise<LogDump> {
  // Both run a function in the context; their overloads only differ in options this call does not use.
  return (context as Worker).evaluate(
    () =>
      new Promise<LogDump>((resolve, reject) => {
        const req = indexedDB.open('tenki');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const idb = req.result;
          // Opened before the extension made its database: nothing is logged yet.
          if (!Array.from(idb.objectStoreNames).includes('entries')) {
            idb.close();
            resolve({ jobs: [], entries: [] });
            return;
          }
          const tx = idb.transaction(['jobs', 'entries']);
          const jobs = tx.objectStore('jobs').getAll();
          const entries = tx.objectStore('entries').getAll();
          tx.oncomplete = () => {
            idb.close();
            resolve({ jobs: jobs.result, entries: entries.result });
          };
        };
      }),
  );
}
