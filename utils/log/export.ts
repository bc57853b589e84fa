// The per-form, per-field counts as a CSV table with headers in the clerk's language.
import { toCsv } from './csv';
import type { FormCount } from './stats';

export interface CountHeaders {
  form: string;
  field: string;
  concept: string;
  autofilled: string;
  editedBeforeFill: string;
  skipped: string;
  total: string;
  chars: string;
}

export function countsCsv(forms: readonly FormCount[], h: CountHeaders): string {
  const rows = forms.flatMap((form) =>
    form.fields.map((f) => [form.formTitle, f.fieldLabel || f.fieldKey, f.concept ?? '', f.counts.autofilled, f.counts.editedBeforeFill, f.counts.skipped, f.total, f.chars]),
  );
  return toCsv([h.form, h.field, h.concept, h.autofilled, h.editedBeforeFill, h.skipped, h.total, h.chars], rows);
}
