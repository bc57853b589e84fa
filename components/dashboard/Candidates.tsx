// The headline: flows and fields ranked by re-entry volume, each with a one-line reason a redesign owner can act on.
import { t } from '@/utils/i18n';
import type { Candidate } from '@/utils/log/candidates';
import { MIN_VOLUME } from '@/utils/log/candidates';
import { candidateLine, formatCount } from './words';

export function Candidates({ candidates, locale, names }: { candidates: Candidate[]; locale: string; names: Readonly<Record<string, string>> }) {
  return (
    <section className="card dash-candidates" aria-labelledby="dash-candidates-title" data-testid="candidates">
      <h2 id="dash-candidates-title">{t('dashCandidatesTitle')}</h2>
      {candidates.length === 0 ? (
        <p className="muted" data-testid="candidates-none">{t('dashCandidatesNone', [formatCount(MIN_VOLUME, locale)])}</p>
      ) : (
        <>
          <p className="muted hint">{t('dashCandidatesHint')}</p>
          <ol className="candidate-list">
            {candidates.map((c, i) => (
              <li
                key={`${c.reason.code}-${c.sourceSignature}-${c.formSignature}-${c.fieldKey ?? ''}`}
                className={`candidate candidate-${c.reason.code}`}
                data-testid="candidate"
                data-code={c.reason.code}
                data-form={c.formSignature}
                data-key={c.fieldKey ?? ''}
                data-volume={c.volume}
              >
                <span className="candidate-rank" aria-hidden="true">{i + 1}</span>
                <span className="candidate-text">{candidateLine(c, t, locale, names)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
