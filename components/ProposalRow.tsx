// One target field in the review: its label, the proposed value (editable), tier, reasons, whether it is included, and after a fill its status.
import { displayLabel, type TargetField } from '@/utils/form/read-form';
import type { FillResult } from '@/utils/fill/fill';
import type { Proposal, Reason } from '@/utils/mapping/map';
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

const STATUS_KEYS = { filled: 'statusFilled', rejected: 'statusRejected', missing: 'statusMissing' } as const;

interface Props {
  field: TargetField;
  proposal?: Proposal;
  value: string;
  included: boolean;
  result?: FillResult;
  onEdit(value: string): void;
  onInclude(on: boolean): void;
}

export function ProposalRow({ field, proposal, value, included, result, onEdit, onInclude }: Props) {
  const inputId = `v-${field.key}`;
  const label = displayLabel(field);
  return (
    <li className={`proposal ${proposal ? `tier-row-${proposal.tier}` : 'no-proposal'}`} data-testid="proposal-row" data-key={field.key}>
      <div className="proposal-head">
        <input
          type="checkbox"
          checked={included}
          onChange={(e) => onInclude(e.target.checked)}
          aria-label={t('includeField', label)}
          data-testid="proposal-include"
        />
        <label htmlFor={inputId} className="target-label">{label}</label>
        {proposal && <TierBadge tier={proposal.tier} />}
        {result && (
          <span className={`status status-${result.status}`} data-testid="fill-status" data-status={result.status}>
            {t(STATUS_KEYS[result.status])}
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
      {result?.status === 'rejected' && <p className="rejected-note">{t('rejectedNote', result.after)}</p>}
    </li>
  );
}
