// A failed log write (a full disk: QuotaExceededError) is kept for the dashboard, so missing counts are reported rather than silently absent.
import { logProblem } from '../storage-items';

/** Any error as the browser named it ("QuotaExceededError: …"), never hidden behind a generic word. */
export function problemText(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: string; message?: string };
    return [name, message].filter(Boolean).join(': ') || String(error);
  }
  return String(error);
}

/** Keeps the failure for the dashboard. Never throws: a storage that cannot even keep this must not hide the failure itself. */
export async function keepLogProblem(error: unknown, now = Date.now()): Promise<void> {
  await logProblem.setValue({ at: now, message: problemText(error) }).catch(() => undefined);
}
