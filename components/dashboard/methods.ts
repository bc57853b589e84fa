// The order and colours the dashboard gives the entry methods: manual methods in warm colours, since they are the work to remove.
import type { EntryMethod } from '@/utils/log/db';
import { ENTRY_METHODS } from '@/utils/log/db';
import { METHOD_LABEL } from '@/utils/log/export';
import type { FieldTotal } from '@/utils/log/view';
import { manualCount, totalCount } from '@/utils/log/view';

export { ENTRY_METHODS, METHOD_LABEL };

export const METHOD_COLOR: Record<EntryMethod, string> = {
  autofilled: '#1a7f37',
  edited: '#bf8700',
  typed: '#cf222e',
  pasted: '#e8702a',
  skipped: '#afb8c1',
};

/** Fields most re-entered by hand first, then the busiest, then in the form's own order. */
export function byManual(fields: readonly FieldTotal[]): FieldTotal[] {
  return [...fields].sort((a, b) => manualCount(b) - manualCount(a) || totalCount(b) - totalCount(a) || a.position - b.position);
}
