// The source the panel reads from: where it came from and the fields read, always rendered as text.
import type { SourceSnapshot } from '@/utils/source';
import { t } from '@/utils/i18n';

export function SourceCard({ source }: { source?: SourceSnapshot }) {
  if (!source) {
    return (
      <section className="card" data-testid="source-card">
        <h2>{t('sourceHeading')}</h2>
        <p className="empty" data-testid="source-empty">{t('sourceEmpty')}</p>
      </section>
    );
  }
  return (
    <section className="card" data-testid="source-card">
      <h2>{t('sourceHeading')}</h2>
      <p className="source-title" title={source.url}>{source.title || source.url}</p>
      <details open={source.fields.length <= 12}>
        <summary>{t('sourceFieldCount', String(source.fields.length))}</summary>
        <dl className="source-fields">
          {source.fields.map((f) => (
            <div key={f.id} data-testid="source-field">
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
