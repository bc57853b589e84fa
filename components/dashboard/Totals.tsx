// The period at a glance: jobs, fields by method, characters keyed by hand, the time estimate and the correction rate.
import { t } from '@/utils/i18n';
import type { TimeSettings } from '@/utils/log/estimate';
import { minutesByHand, minutesSaved } from '@/utils/log/estimate';
import type { DashboardView } from '@/utils/log/view';
import { correctionRate, manualChars, manualCount, totalCount } from '@/utils/log/view';
import { ENTRY_METHODS, METHOD_COLOR, METHOD_LABEL } from './methods';
import { formatCount, formatMinutes, formatShare } from './words';

export function Totals({ view, time, locale }: { view: DashboardView; time: TimeSettings; locale: string }) {
  const n = (v: number) => formatCount(v, locale);
  const total = totalCount(view);
  const manual = manualCount(view);
  const byHand = minutesByHand(view, time);
  const saved = minutesSaved(view, time);
  const rate = correctionRate(view);
  const proposed = view.n.autofilled + view.n.edited;
  return (
    <section className="dash-totals" aria-label={t('dashTotalsTitle')} data-testid="totals">
      <div className="stat">
        <h2>{t('dashJobs')}</h2>
        <p className="stat-value" data-testid="total-jobs">{n(view.jobs)}</p>
        <p className="stat-sub muted" data-testid="total-clerks" data-clerks={view.clerks}>
          {t('dashClerks', [n(view.clerks)])}
        </p>
      </div>
      <div className="stat stat-wide">
        <h2>{t('dashEntries')}</h2>
        <p className="stat-value">
          <span data-testid="total-entries">{n(total)}</span>{' '}
          <span className="stat-part">{t('dashManualShare', [n(manual), formatShare(total ? manual / total : undefined, locale)])}</span>
        </p>
        <ul className="method-list">
          {ENTRY_METHODS.map((m) => (
            <li key={m} data-testid="total-method" data-method={m}>
              <span className="swatch" style={{ background: METHOD_COLOR[m] }} aria-hidden="true" />
              {t(METHOD_LABEL[m])} <strong data-testid="total-method-count">{n(view.n[m])}</strong>
            </li>
          ))}
        </ul>
      </div>
      <div className="stat">
        <h2>{t('colManualChars')}</h2>
        <p className="stat-value" data-testid="total-manual-chars">{n(manualChars(view))}</p>
        <p className="stat-sub muted">{t('dashManualFields', [n(manual)])}</p>
      </div>
      <div className="stat">
        <h2>{t('dashMinutesByHand')}</h2>
        <p className="stat-value" data-testid="total-minutes-hand" data-minutes={byHand.toFixed(2)}>{formatMinutes(byHand, locale, t)}</p>
        <p className="stat-sub muted">
          {t('dashMinutesSaved')}{' '}
          <strong data-testid="total-minutes-saved" data-minutes={saved.toFixed(2)}>{formatMinutes(saved, locale, t)}</strong>
        </p>
      </div>
      <div className="stat">
        <h2>{t('dashCorrectionRate')}</h2>
        <p className="stat-value" data-testid="total-correction-rate" data-rate={rate === undefined ? '' : rate.toFixed(3)}>{formatShare(rate, locale)}</p>
        <p className="stat-sub muted">{proposed ? t('dashCorrectedOf', [n(view.corrected), n(proposed)]) : t('dashNoProposals')}</p>
      </div>
    </section>
  );
}
