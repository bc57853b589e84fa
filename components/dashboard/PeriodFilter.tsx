// The period the dashboard sums: presets as a button group, and a custom range of two date inputs.
import type { MessageKey } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import type { Period } from '@/utils/log/view';
import { PRESETS, type Preset } from './period';

const PRESET_LABEL: Record<Preset, MessageKey> = {
  last7: 'dashPresetLast7',
  last4w: 'dashPresetLast4w',
  last12w: 'dashPresetLast12w',
  last12m: 'dashPresetLast12m',
  all: 'dashPresetAll',
  custom: 'dashPresetCustom',
};

export function PeriodFilter(props: { preset: Preset; custom: Period; period: Period; onPreset(p: Preset): void; onCustom(p: Period): void }) {
  const { preset, custom, period } = props;
  return (
    <div className="dash-period" role="group" aria-label={t('dashPeriod')} data-testid="period">
      <div className="dash-presets">
        {PRESETS.map((p) => (
          <button key={p} type="button" className={p === preset ? 'preset selected' : 'preset'} aria-pressed={p === preset} onClick={() => props.onPreset(p)} data-testid={`period-${p}`}>
            {t(PRESET_LABEL[p])}
          </button>
        ))}
      </div>
      {preset === 'custom' && (
        <div className="dash-custom">
          <label>
            {t('dashFrom')}
            <input type="date" value={custom.from ?? ''} max={custom.to} onChange={(e) => props.onCustom({ ...custom, from: e.target.value || undefined })} data-testid="period-from" />
          </label>
          <label>
            {t('dashTo')}
            <input type="date" value={custom.to ?? ''} min={custom.from} onChange={(e) => props.onCustom({ ...custom, to: e.target.value || undefined })} data-testid="period-to" />
          </label>
        </div>
      )}
      <p className="dash-range muted" data-testid="period-range" data-from={period.from ?? ''} data-to={period.to ?? ''}>
        {period.from || period.to ? t('dashPeriodRange', [period.from ?? t('dashPeriodStart'), period.to ?? t('dashPeriodLatest')]) : t('dashPresetAll')}
      </p>
    </div>
  );
}
