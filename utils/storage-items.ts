// Every key the extension keeps in browser storage, declared once.
import { storage } from 'wxt/utils/storage';
import type { SourceSnapshot } from './source';
import { DEFAULT_TIME, type TimeSettings } from './log/estimate';
import type { PassiveVisit } from './background/passive';
import type { RecentSources } from './passive/recent-sources';

/** The latest source, in session storage: survives a closed panel and a restarted worker, cleared with the browser, never synced. */
export const latestSource = storage.defineItem<SourceSnapshot>('session:latestSource');

/** Sites the clerk registered as core systems: origins where typing or pasting a recent source value counts as a re-entry. */
export const coreSystems = storage.defineItem<string[]>('local:coreSystems', { fallback: [] });

/** Salted hashes of the values of recently viewed sources, to recognise a manual re-entry; session only, so they go with the browser. */
export const recentSourceHashes = storage.defineItem<RecentSources>('session:recentSourceHashes');

/** Per page visit and source template, the manual job its re-entries extend; in session storage so a restarted worker keeps extending it. */
export const passiveVisits = storage.defineItem<Record<string, PassiveVisit>>('session:passiveVisits', { fallback: {} });

/** When a write to the log failed, and the browser's message (QuotaExceededError…). */
export interface LogProblem {
  at: number;
  message: string;
}

/** The last failure to write the log (a full disk, say), kept so the dashboard can say that counts are missing instead of hiding it. */
export const logProblem = storage.defineItem<LogProblem>('local:logProblem');

export interface LogSettings extends TimeSettings {
  /** Days the log keeps; 0 keeps everything. */
  retentionDays: number;
}

/** The team lead's settings for the log, kept on this browser. */
export const logSettings = storage.defineItem<LogSettings>('local:logSettings', {
  fallback: { ...DEFAULT_TIME, retentionDays: 730 },
});
