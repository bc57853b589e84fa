// The confidence tier of a proposal as a badge: quiet for high, visible for medium and low.
import type { Tier } from '@/utils/mapping/map';
import { t } from '@/utils/i18n';

const KEYS = { high: 'tierHigh', medium: 'tierMedium', low: 'tierLow' } as const;

export function TierBadge({ tier }: { tier: Tier }) {
  return (
    <span className={`tier tier-${tier}`} data-testid="tier-badge" data-tier={tier}>
      {t(KEYS[tier])}
    </span>
  );
}
