// Learned rules in the extension's database: saved one per field and pair of template and form, listed per form, deleted by the clerk.
import type { TenkiDB } from '../log/db';
import { ruleId, type Rule } from './rules';

export interface SaveCount {
  added: number;
  replaced: number;
}

/** Adds each rule, or replaces the rule of the same field, template and form; all or nothing. */
export async function saveRules(database: TenkiDB, rules: readonly Rule[]): Promise<SaveCount> {
  const count: SaveCount = { added: 0, replaced: 0 };
  if (rules.length === 0) return count;
  await database.transaction('rw', database.rules, async () => {
    for (const { id: _id, ...rule } of rules) {
      const existing = await database.rules.where('[sourceSignature+formSignature+targetKey]').equals(ruleId(rule)).first();
      if (existing) {
        await database.rules.put({ ...rule, id: existing.id });
        count.replaced++;
      } else {
        await database.rules.add(rule);
        count.added++;
      }
    }
  });
  return count;
}

/** The rules of one form, for every source template, oldest first. */
export function rulesForForm(database: TenkiDB, formSignature: string): Promise<Rule[]> {
  return database.rules.where('formSignature').equals(formSignature).sortBy('createdAt');
}

export function allRules(database: TenkiDB): Promise<Rule[]> {
  return database.rules.toArray();
}

export async function deleteRule(database: TenkiDB, id: number): Promise<void> {
  await database.rules.delete(id);
}
