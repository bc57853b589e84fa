// Applies the team's retention period whenever the service worker starts, so old entries go even if nobody opens the dashboard.
import { db } from '../log/db';
import { dayOf } from '../log/calendar';
import { applyRetention } from '../log/retention';
import { keepLogProblem } from '../log/problem';
import { logSettings } from '../storage-items';

export async function purgeExpired(now = Date.now()): Promise<void> {
  try {
    const { retentionDays } = await logSettings.getValue();
    await applyRetention(db(), retentionDays, dayOf(now));
  } catch (error) {
    await keepLogProblem(error, now);
  }
}

export function setupRetention(): void {
  void purgeExpired();
}
