// Minutes behind the counts: characters at a typing speed plus a fixed overhead per field, both the team lead's to adjust.
import type { Counted } from './view';

export interface TimeSettings {
  /** Characters a clerk types per minute, kana-kanji conversion included. */
  charsPerMinute: number;
  /** Seconds per field to find the value in the source, switch windows and move to the field, typed or pasted. */
  secondsPerField: number;
}

export const DEFAULT_TIME: TimeSettings = { charsPerMinute: 60, secondsPerField: 5 };

/** Time spent keying values by hand: typed and edited characters, plus the overhead of every field entered by hand. */
export function minutesByHand({ n, chars }: Pick<Counted, 'n' | 'chars'>, s: TimeSettings): number {
  return (chars.typed + chars.edited) / s.charsPerMinute + ((n.typed + n.pasted + n.edited) * s.secondsPerField) / 60;
}

/** Time the autofilled values would have taken by hand. */
export function minutesSaved({ n, chars }: Pick<Counted, 'n' | 'chars'>, s: TimeSettings): number {
  return chars.autofilled / s.charsPerMinute + (n.autofilled * s.secondsPerField) / 60;
}
