// One target field in the review: its label, the proposed value (editable or taken from another source field), tier, reasons, whether it is filled, a button to fill it alone, and after a fill its status.
import { displayLabel, type TargetField } from '@/utils/form/read-form';
import type { FillResult } from '@/utils/fill/fill';
import type { Proposal, Reason } from '@/utils/mapping/map';
import { fieldStatus } from '@/utils/review-job';
import type { SourceChoice } from '@/utils/stores/review';
import { t, type MessageKey } from '@/utils/i18n';
import { TierBadge } from './TierBadge';

const REASON_KEYS: Record<Reason['code'], MessageKey> = {
  sameConcept: 'reasonSameConcept',
  derived: 'reasonDerived',
  split: 'reasonSplit',
  sameLabel: 'reasonSameLabel',
  labelExact: 'reasonLabelExact',
  labelPartial: 'reasonLabelPartial',
  autocomplete: 'reasonAutocomplete',
  nameAttr: 'reasonNameAttr',
  sensitive: 'reasonSensitive',
  signature: 'reasonSignature',
  optionMatched: 'reasonOptionMatched',
  learnedRule: 'reasonLearnedRule',
};

const STATUS_KEYS = { filled: 'statusFilled', changed: 'statusChanged', rejected: 'statusRejected', missing: 'statusMissing', skipped: 'statusSkipped' } as const;

interface Props {
  field: TargetField;
  proposal?: Proposal;
  value: string;
  included: boolean;
  result?: FillResult;
  /** Source fields whose value fits this field, for the clerk to take instead of the proposal. */
  choices: readonly SourceChoice[];
  /** A fill or undo is running: one field's button waits for it. */
  busy: boolean;
  onEdit(value: string): void;
  onInclude(on: boolean): void;
  onPick(sourceIndex: number): void;
  onFillOne(): void;
}

export function ProposalRow({ field, proposal, value, included, result, choices, busy, onEdit, onInclude, onPick, onFillOne }: Props) {
  const inputId = `v-${field.key}`;
  const label = displayLabel(field);
  const status = result && fieldStatus(result);
  // The select shows the source field the value is now from, so arrow keys on it move on from there instead of starting over.
  const chosen = choices.find((c) => c.value === value);
  // A select's value is its option's code (13); the clerk reads the option's text (東京都).
  const shown = (v: string) => (field.tag === 'select' ? field.options?.find((o) => o.value === v)?.text ?? v : v);
  return (
    <li className={`proposal ${proposal ? `tier-row-${proposal.tier}` : 'no-proposal'}`} data-testid="proposal-row" data-key={field.key}>
      <div className="proposal-head">
        <label htmlFor={inputId} className="target-label">{label}</label>
        {proposal && <TierBadge tier={proposal.tier} />}
        {status && (
          <span className={`status status-${status}`} data-testid="fill-status" data-status={status}>
            {t(STATUS_KEYS[status])}
          </span>
        )}
      </div>
      {field.tag === 'select' ? (
        <select id={inputId} value={value} onChange={(e) => onEdit(e.target.value)} data-testid="proposal-value">
          {(field.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>{o.text}</option>
          ))}
        </select>
      ) : (
        <input id={inputId} value={value} onChange={(e) => onEdit(e.target.value)} data-testid="proposal-value" />
      )}
      <div className="proposal-actions">
        <label className="include">
          <input
            type="checkbox"
            checked={included}
            onChange={(e) => onInclude(e.target.checked)}
            aria-label={t('includeField', label)}
            data-testid="proposal-include"
          />
          {t('includeShort')}
        </label>
        {choices.length > 0 && (
          <select className="pick-source" value={chosen === undefined ? '' : String(chosen.index)} onChange={(e) => e.target.value !== '' && onPick(Number(e.target.value))} aria-label={t('pickSourceFor', label)} data-testid="proposal-source">
            <option value="">{t('pickSource')}</option>
            {choices.map((c) => (
              <option key={c.index} value={c.index}>{t('pickSourceOption', [c.field.label, shown(c.value)])}</option>
            ))}
          </select>
        )}
        <button className="fill-one" disabled={busy || value === ''} onClick={onFillOne} aria-label={t('fillOneField', label)} data-testid="fill-one">
          {t('fillOne')}
        </button>
      </div>
      {proposal && (
        <details className="reasons">
          <summary>{t('fromSource', proposal.sourceLabel)}</summary>
          <ul>
            {proposal.reasons.map((r, i) => (
              <li key={i} data-testid="reason" data-code={r.code}>{t(REASON_KEYS[r.code], r.detail ?? '')}</li>
            ))}
          </ul>
        </details>
      )}
      {result && (status === 'rejected' || status === 'changed') && <p className="rejected-note">{t('rejectedNote', result.after)}</p>}
    </li>
  );
}
