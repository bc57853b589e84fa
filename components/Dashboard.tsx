// The team lead's view of the log: per form and field, how each value got in, and the CSV export.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/log/db';
import { countByFormAndField } from '@/utils/log/stats';
import { countsCsv } from '@/utils/log/export';
import { t } from '@/utils/i18n';

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function exportCounts(forms: Awaited<ReturnType<typeof countByFormAndField>>): void {
  const csv = countsCsv(forms, {
    form: t('colForm'),
    field: t('colField'),
    concept: t('colConcept'),
    autofilled: t('methodAutofilled'),
    editedBeforeFill: t('methodEditedBeforeFill'),
    skipped: t('methodSkipped'),
    total: t('colTotal'),
    chars: t('colChars'),
  });
  download(`tenki-counts-${new Date().toISOString().slice(0, 10)}.csv`, csv);
}

export function Dashboard() {
  const forms = useLiveQuery(() => countByFormAndField(db()), []);
  return (
    <main className="dashboard">
      <header className="dash-header">
        <h1>{t('dashboardTitle')}</h1>
        <button className="primary" disabled={!forms?.length} onClick={() => forms && exportCounts(forms)} data-testid="export-csv">
          {t('exportCsv')}
        </button>
      </header>
      {forms === undefined ? null : forms.length === 0 ? (
        <p className="empty" data-testid="dashboard-empty">{t('dashboardEmpty')}</p>
      ) : (
        forms.map((form) => (
          <section key={form.formSignature} className="card" data-testid="form-counts" data-form={form.formSignature}>
            <h2>
              {form.formTitle || form.formSignature} <span className="muted" data-testid="form-jobs">{t('jobCount', String(form.jobs))}</span>
            </h2>
            <table className="counts">
              <thead>
                <tr>
                  <th scope="col">{t('colField')}</th>
                  <th scope="col">{t('colConcept')}</th>
                  <th scope="col">{t('methodAutofilled')}</th>
                  <th scope="col">{t('methodEditedBeforeFill')}</th>
                  <th scope="col">{t('methodSkipped')}</th>
                  <th scope="col">{t('colTotal')}</th>
                </tr>
              </thead>
              <tbody>
                {form.fields.map((f) => (
                  <tr key={f.fieldKey} data-testid="field-counts" data-key={f.fieldKey}>
                    <th scope="row">{f.fieldLabel || f.fieldKey}</th>
                    <td>{f.concept ?? ''}</td>
                    <td data-method="autofilled">{f.counts.autofilled}</td>
                    <td data-method="editedBeforeFill">{f.counts.editedBeforeFill}</td>
                    <td data-method="skipped">{f.counts.skipped}</td>
                    <td data-method="total">{f.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))
      )}
    </main>
  );
}
