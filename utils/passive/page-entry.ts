// Describes, in the page, a hand entry the way the log names it (form, field, position), with the page title already cleared of the form's values so none leaves the page in it.
import { scrubTitle } from '../scrub';
import { resolveKey } from '../form/controls';
import { displayLabel, readForm } from '../form/read-form';
import type { PassiveEntry } from '../messaging';

// Only what the clerk typed can name a customer; a checkbox's "on" or a select's code would only cut words out of the title.
const NOT_TEXT = new Set(['checkbox', 'radio']);

/** The entry for a value entered in this element of the page's form, or undefined when the element is none of its fields. */
export function pageEntry(doc: Document, element: Element, entry: Pick<PassiveEntry, 'visit' | 'method' | 'value'>): PassiveEntry | undefined {
  const form = readForm(doc);
  const position = form.fields.findIndex((f) => resolveKey(doc, f.key) === element);
  const field = form.fields[position];
  if (!field) return undefined;
  const values = form.fields.filter((f) => f.tag !== 'select' && !NOT_TEXT.has(f.type)).map((f) => f.value);
  return {
    ...entry,
    formSignature: form.signature,
    formTitle: scrubTitle(form.title, [...values, entry.value]),
    formUrl: form.url,
    fieldKey: field.key,
    fieldLabel: displayLabel(field),
    position,
    concept: field.concept,
  };
}
