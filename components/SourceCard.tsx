// The source the panel reads from: what kind it is, where it came from and the fields read (always rendered as text; hovering one outlines it in the source page), and ways to give it another.
import type { SourceSnapshot } from '@/utils/source';
import { sendMessage } from '@/utils/messaging';
import { t } from '@/utils/i18n';
import { SourceInput } from './SourceInput';

function kindText(source: SourceSnapshot): string {
  if (source.kind === 'file') return t('sourceKindFile', source.fileName ?? '');
  return source.kind === 'text' ? t('sourceKindText') : t('sourceKindPage');
}

export function SourceCard({ source, onSource }: { source?: SourceSnapshot; onSource(source: SourceSnapshot): Promise<void> }) {
  const tabId = source?.kind === 'page' ? source.tabId : undefined;
  // The outline is a courtesy: a source tab since closed or navigated away simply shows nothing.
  const highlight = (selector?: string) => {
    if (tabId !== undefined) sendMessage('highlightSource', { tabId, selector }).catch(() => undefined);
  };
  return (
    <section className="card" data-testid="source-card">
      <h2>{t('sourceHeading')}</h2>
      {!source ? (
        <p className="empty" data-testid="source-empty">{t('sourceEmpty')}</p>
      ) : (
        <>
          <p className="source-kind" data-testid="source-kind" data-kind={source.kind}>{kindText(source)}</p>
          {(source.title || source.url) && (
            <p className="source-title" title={source.url || undefined} data-testid="source-title">{source.title || source.url}</p>
          )}
          <details open={source.fields.length <= 12}>
            <summary>{t('sourceFieldCount', String(source.fields.length))}</summary>
            <dl className="source-fields">
              {source.fields.map((f) => (
                <div
                  key={f.id}
                  data-testid="source-field"
                  onMouseEnter={f.provenance.selector ? () => highlight(f.provenance.selector) : undefined}
                  onMouseLeave={f.provenance.selector ? () => highlight() : undefined}
                >
                  <dt>{f.label}</dt>
                  <dd>{f.value}</dd>
                </div>
              ))}
            </dl>
          </details>
        </>
      )}
      <SourceInput hasSource={Boolean(source)} onSource={onSource} />
    </section>
  );
}
