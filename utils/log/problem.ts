// A failed log write (a full disk: QuotaExceededError) is kept for the dashboard, so missing counts are reported rather than silently absent.
import { logProblem } from '../storage-items';

export function problemText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export async function keepLogProblem(error: unknown, now = Date.now()): Promise<void> {
  await logProblem.setValue({ at: now, message: problemText(error) });
}
