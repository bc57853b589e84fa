// The source the panel reads from: what kind it is, where it came from and the fields read (always rendered as text; hovering one outlines it in the source page), and ways to give it another.
import type { SourceSnapshot } from '@/utils/source';
import { sendMessage } from '@/utils/messaging';
import { t } from '@/utils/i18n';
import { SourceInput } from './SourceInput';

function kindText(source: SourceSnapshot): string {
  if (source.kind === 'file') return t('sourceKindFile', source.fileName ?? '');
  return source.kind === 'text' ? t('sourceKindText') : t('sourceKindPage');
}

/** How a recent source reads in the switch: its kind, its title and its first value (two mails of one template share a title). */
function recentText(source: SourceSnapshot): string {
  const first = source.fields[0]?.value ?? '';
  return [kindText(source), source.title || source.url, first].filter(Boolean).join(' · ');
}

interface SourceCardProps {
  source?: SourceSnapshot;
  pinned: boolean;
  recent: readonly SourceSnapshot[];
  onPin(on: boolean): void;
  onSwitch(source: SourceSnapshot): void;
  onSource(source: SourceSnapshot): Promise<void>;
}

export function SourceCard({ source, pinned, recent, onPin, onSwitch, onSource }: SourceCardProps) {
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
          <label className="source-pin">
            <input type="checkbox" checked={pinned} onChange={(e) => onPin(e.target.checked)} data-testid="source-pin" />
            {t('sourcePin')}
          </label>
          {recent.length > 1 && (
            <label className="source-switch">
              {t('sourceSwitch')}
              <select
                data-testid="source-switch"
                value={String(Math.max(0, recent.findIndex((r) => r.signature === source.signature && r.fields.every((f, j) => f.value === source.fields[j]?.value))))}
                onChange={(e) => {
                  const chosen = recent[Number(e.target.value)];
                  if (chosen) onSwitch(chosen);
                }}
              >
                {recent.map((r, i) => (
                  <option key={`${r.at}-${i}`} value={String(i)}>{recentText(r)}</option>
                ))}
              </select>
            </label>
          )}
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
