// The team lead's view of the log: per form and field, how each value got in (interim version on the new log API).
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/log/db';
import { dashboardView, totalCount } from '@/utils/log/view';
import { t } from '@/utils/i18n';

export function Dashboard() {
  const view = useLiveQuery(() => dashboardView(db(), {}), []);
  return (
    <main className="dashboard">
      <header className="dash-header">
        <h1>{t('dashboardTitle')}</h1>
      </header>
      {view === undefined ? null : view.forms.length === 0 ? (
        <p className="empty" data-testid="dashboard-empty">{t('dashboardEmpty')}</p>
      ) : (
        view.forms.map((form) => (
          <section key={form.formSignature} className="card" data-testid="form-counts" data-form={form.formSignature}>
            <h2>
              {form.formTitle || form.formSignature} <span className="muted" data-testid="form-jobs">{t('jobCount', String(form.jobs))}</span>
            </h2>
            <table className="counts">
              <tbody>
                {form.fields.map((f) => (
                  <tr key={f.fieldKey} data-testid="field-counts" data-key={f.fieldKey}>
                    <th scope="row">{f.fieldLabel || f.fieldKey}</th>
                    <td data-method="autofilled">{f.n.autofilled}</td>
                    <td data-method="edited">{f.n.edited}</td>
                    <td data-method="skipped">{f.n.skipped}</td>
                    <td data-method="total">{totalCount(f)}</td>
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
