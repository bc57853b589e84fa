// The flows table (source template → form) and, per form, its fields ranked by re-entry by hand, with a column per method.
import { t } from '@/utils/i18n';
import type { TimeSettings } from '@/utils/log/estimate';
import { minutesByHand } from '@/utils/log/estimate';
import type { Counted, DashboardView, FormTotal } from '@/utils/log/view';
import { correctionRate, manualChars, totalCount } from '@/utils/log/view';
import { byManual, ENTRY_METHODS, METHOD_LABEL } from './methods';
import { formatCount, formatShare } from './words';

function MethodHeaders() {
  return (
    <>
      {ENTRY_METHODS.map((m) => (
        <th key={m} scope="col" data-method={m}>{t(METHOD_LABEL[m])}</th>
      ))}
      <th scope="col">{t('colTotal')}</th>
      <th scope="col">{t('colManualChars')}</th>
    </>
  );
}

function MethodCells({ c, locale }: { c: Counted; locale: string }) {
  return (
    <>
      {ENTRY_METHODS.map((m) => (
        <td key={m} data-method={m} className={c.n[m] ? `has-${m}` : 'zero'}>{formatCount(c.n[m], locale)}</td>
      ))}
      <td data-method="total">{formatCount(totalCount(c), locale)}</td>
      <td data-method="manualChars">{formatCount(manualChars(c), locale)}</td>
    </>
  );
}

export function FlowsTable({ view, time, locale }: { view: DashboardView; time: TimeSettings; locale: string }) {
  return (
    <section className="card" aria-labelledby="dash-flows-title" data-testid="flows">
      <h2 id="dash-flows-title">{t('dashFlowsTitle')}</h2>
      <div className="table-scroll">
        <table className="counts">
          <thead>
            <tr>
              <th scope="col">{t('colSource')}</th>
              <th scope="col">{t('colForm')}</th>
              <th scope="col">{t('colJobs')}</th>
              <th scope="col">{t('colClerks')}</th>
              <MethodHeaders />
              <th scope="col">{t('dashColMinutes')}</th>
            </tr>
          </thead>
          <tbody>
            {view.flows.map((f) => (
              <tr key={`${f.sourceSignature}-${f.formSignature}`} data-testid="flow-row" data-source={f.sourceSignature} data-form={f.formSignature}>
                <th scope="row">{f.sourceName || t('dashSourceUnknown')}</th>
                <td className="text">{f.formTitle || f.formSignature}</td>
                <td data-testid="flow-jobs">{formatCount(f.jobs, locale)}</td>
                <td data-testid="flow-clerks">{formatCount(f.clerks, locale)}</td>
                <MethodCells c={f} locale={locale} />
                <td data-testid="flow-minutes">{formatCount(minutesByHand(f, time), locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function FormTable({ form, locale }: { form: FormTotal; locale: string }) {
  return (
    <section className="card" data-testid="form-counts" data-form={form.formSignature}>
      <h3>
        {form.formTitle || form.formSignature}{' '}
        <span className="muted" data-testid="form-jobs" data-jobs={form.jobs}>{t('jobCount', formatCount(form.jobs, locale))}</span>
      </h3>
      <div className="table-scroll">
        <table className="counts">
          <thead>
            <tr>
              <th scope="col">{t('colField')}</th>
              <th scope="col" className="concept">{t('colConcept')}</th>
              <MethodHeaders />
              <th scope="col">{t('colCorrectionRate')}</th>
            </tr>
          </thead>
          <tbody>
            {byManual(form.fields).map((f) => (
              <tr key={f.fieldKey} data-testid="field-counts" data-key={f.fieldKey} data-form={form.formSignature}>
                <th scope="row">{f.fieldLabel || f.fieldKey}</th>
                <td className="text concept">{f.concept ?? ''}</td>
                <MethodCells c={f} locale={locale} />
                <td data-method="correctionRate">{formatShare(correctionRate(f), locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function FormsTables({ view, locale }: { view: DashboardView; locale: string }) {
  return (
    <section className="dash-forms" aria-labelledby="dash-forms-title" data-testid="forms">
      <h2 id="dash-forms-title" className="section-title">
        {t('dashFormsTitle')} <span className="muted">{t('dashFieldsOrder')}</span>
      </h2>
      {view.forms.map((form) => (
        <FormTable key={form.formSignature} form={form} locale={locale} />
      ))}
    </section>
  );
}
