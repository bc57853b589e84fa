// Every key the extension keeps in browser storage, declared once.
import { storage } from 'wxt/utils/storage';
import type { SourceSnapshot } from './source';

/** The latest source, in session storage: survives a closed panel and a restarted worker, cleared with the browser, never synced. */
export const latestSource = storage.defineItem<SourceSnapshot>('session:latestSource');
