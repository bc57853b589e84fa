// The weekly trend: stacked bars per week by method (chartist SVG), a legend, and the same numbers as a table for screen readers and checks.
import { BarChart } from 'chartist';
import 'chartist/dist/index.css';
import { useEffect, useRef } from 'react';
import { t } from '@/utils/i18n';
import type { WeekTotal } from '@/utils/log/view';
import { totalCount } from '@/utils/log/view';
import { ENTRY_METHODS, METHOD_COLOR, METHOD_LABEL } from './methods';
import { formatCount } from './words';

/** "11/17" for the week starting Monday 17 November. */
function shortWeek(week: string): string {
  const [, m, d] = week.split('-').map(Number);
  return `${m}/${d}`;
}

function chartData(weeks: readonly WeekTotal[]) {
  return {
    labels: weeks.map((w) => shortWeek(w.week)),
    series: ENTRY_METHODS.map((m) => ({ name: t(METHOD_LABEL[m]), className: `ct-method-${m}`, data: weeks.map((w) => w.n[m]) })),
  };
}

export function WeeklyChart({ weeks, locale }: { weeks: WeekTotal[]; locale: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<BarChart | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const count = Math.max(1, weeks.length);
    // Every label would overlap once there are many weeks: show about twelve of them.
    const every = Math.ceil(count / 12);
    const label = (step: number) => (value: unknown, index: number) => (index % step === 0 ? String(value) : null);
    const instance = new BarChart(
      box.current,
      chartData(weeks),
      {
        stackBars: true,
        height: 240,
        chartPadding: { top: 12, right: 12, bottom: 4, left: 4 },
        axisX: { showGrid: false, labelInterpolationFnc: label(every) },
        axisY: { onlyInteger: true, labelInterpolationFnc: (value: unknown) => formatCount(Number(value), locale) },
      },
      // A narrow window has room for about four labels.
      [['screen and (max-width: 700px)', { axisX: { labelInterpolationFnc: label(Math.ceil(count / 4)) } }]],
    );
    instance.on('draw', (event: { type: string; axisX?: { stepLength?: number }; element?: { attr(a: Record<string, string>): unknown } }) => {
      if (event.type !== 'bar' || !event.element) return;
      const step = event.axisX?.stepLength ?? 20;
      event.element.attr({ style: `stroke-width: ${Math.max(2, Math.min(36, Math.round(step * 0.6)))}px` });
    });
    chart.current = instance;
    return () => {
      instance.detach();
      chart.current = null;
    };
  }, [weeks, locale]);

  return (
    <section className="card dash-trend" aria-labelledby="dash-trend-title" data-testid="weekly">
      <h2 id="dash-trend-title">{t('dashTrendTitle')}</h2>
      <ul className="legend" data-testid="weekly-legend">
        {ENTRY_METHODS.map((m) => (
          <li key={m} data-method={m}>
            <span className="swatch" style={{ background: METHOD_COLOR[m] }} aria-hidden="true" />
            {t(METHOD_LABEL[m])}
          </li>
        ))}
      </ul>
      <div className="weekly-chart" ref={box} role="img" aria-label={t('dashChartLabel')} data-testid="weekly-chart" data-weeks={weeks.length} />
      <details className="weekly-numbers">
        <summary>{t('dashTrendTable')}</summary>
        <table className="counts" data-testid="weekly-table">
          <thead>
            <tr>
              <th scope="col">{t('colWeek')}</th>
              {ENTRY_METHODS.map((m) => (
                <th key={m} scope="col">{t(METHOD_LABEL[m])}</th>
              ))}
              <th scope="col">{t('colTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week} data-testid="week-row" data-week={w.week}>
                <th scope="row">{w.week}</th>
                {ENTRY_METHODS.map((m) => (
                  <td key={m} data-method={m}>{formatCount(w.n[m], locale)}</td>
                ))}
                <td data-method="total">{formatCount(totalCount(w), locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
