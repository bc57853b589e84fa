// Counts the log per form and field by method: the table the dashboard shows and exports.
import type { EntryMethod, TenkiDB } from './db';

export interface FieldCount {
  formSignature: string;
  formTitle: string;
  fieldKey: string;
  fieldLabel: string;
  concept?: string;
  position: number;
  counts: Record<EntryMethod, number>;
  chars: number;
  total: number;
}

export interface FormCount {
  formSignature: string;
  formTitle: string;
  jobs: number;
  fields: FieldCount[];
}

/** Every form with its job count and, per field, how often each method was used. */
export async function countByFormAndField(database: TenkiDB): Promise<FormCount[]> {
  const [jobs, entries] = await Promise.all([database.jobs.toArray(), database.entries.toArray()]);
  const forms = new Map<string, FormCount>();
  for (const job of jobs) {
    const form = forms.get(job.formSignature) ?? { formSignature: job.formSignature, formTitle: job.formTitle, jobs: 0, fields: [] };
    form.jobs += 1;
    form.formTitle = job.formTitle || form.formTitle;
    forms.set(job.formSignature, form);
  }
  const fields = new Map<string, FieldCount>();
  for (const e of entries) {
    const form = forms.get(e.formSignature);
    if (!form) continue;
    const id = `${e.formSignature}\u0000${e.fieldKey}`;
    let row = fields.get(id);
    if (!row) {
      row = { formSignature: e.formSignature, formTitle: form.formTitle, fieldKey: e.fieldKey, fieldLabel: e.fieldLabel, concept: e.concept, position: e.position, counts: { autofilled: 0, editedBeforeFill: 0, skipped: 0 }, chars: 0, total: 0 };
      fields.set(id, row);
      form.fields.push(row);
    }
    row.counts[e.method] += 1;
    row.chars += e.chars;
    row.total += 1;
  }
  for (const form of forms.values()) form.fields.sort((a, b) => a.position - b.position);
  return [...forms.values()].sort((a, b) => b.jobs - a.jobs || a.formTitle.localeCompare(b.formTitle));
}
