// Mapping profiles: the learned rules as a versioned JSON file a colleague or another department can import; a bad file is refused whole.
import type { TenkiDB } from '../log/db';
import { allRules, saveRules, type SaveCount } from './rule-store';
import { ruleId, type Rule, type RuleAction } from './rules';
import { hasOnlyKeys, isCount, isObject, isText } from '../json-check';

export const PROFILE_FORMAT = 'tenki-mapping-profile';
export const PROFILE_VERSION = 1;
/** Far above any real profile (a rule is about 300 bytes); keeps a wrong file from freezing the panel. */
export const MAX_PROFILE_BYTES = 2_000_000;
export const MAX_PROFILE_RULES = 5_000;

export type ProfileRule = Omit<Rule, 'id'>;

export interface MappingProfile {
  format: typeof PROFILE_FORMAT;
  version: typeof PROFILE_VERSION;
  exportedAt: string;
  rules: ProfileRule[];
}

export type ProfileErrorCode = 'tooLarge' | 'notJson' | 'notProfile' | 'newerVersion' | 'tooManyRules' | 'badRule';

/** Why a file was refused; `rule` (1-based) and `detail` say where, for the clerk's message. */
export class ProfileError extends Error {
  constructor(
    readonly code: ProfileErrorCode,
    readonly rule?: number,
    readonly detail?: string,
  ) {
    super(rule === undefined ? code : `${code}: rule ${rule}: ${detail}`);
    this.name = 'ProfileError';
  }
}

/** The rules as a profile, in a stable order so two exports of the same rules are the same file. */
export function buildProfile(rules: readonly Rule[], now: Date): MappingProfile {
  const sorted = rules.map(({ id: _id, ...rule }) => rule).sort((a, b) => ruleId(a).join('\n').localeCompare(ruleId(b).join('\n')));
  return { format: PROFILE_FORMAT, version: PROFILE_VERSION, exportedAt: now.toISOString(), rules: sorted };
}

const SIGNATURE = /^[0-9a-f]{8}$/;

/** The first thing wrong with one rule, named by its path; undefined when it is sound. */
function ruleProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'rule';
  const key = hasOnlyKeys(value, ['sourceSignature', 'formSignature', 'targetKey', 'targetLabel', 'action', 'createdAt']);
  if (key) return key;
  if (typeof value.sourceSignature !== 'string' || !SIGNATURE.test(value.sourceSignature)) return 'sourceSignature';
  if (typeof value.formSignature !== 'string' || !SIGNATURE.test(value.formSignature)) return 'formSignature';
  if (!isText(value.targetKey, 1, 1_000)) return 'targetKey';
  if (!isText(value.targetLabel, 0, 500)) return 'targetLabel';
  if (!isCount(value.createdAt, Number.MAX_SAFE_INTEGER)) return 'createdAt';
  const action = value.action;
  if (!isObject(action)) return 'action';
  if (action.kind === 'leave') return hasOnlyKeys(action, ['kind']) ? 'action' : undefined;
  if (action.kind !== 'source') return 'action.kind';
  const actionKey = hasOnlyKeys(action, ['kind', 'label', 'occurrence'], ['section']);
  if (actionKey) return `action.${actionKey}`;
  if (!isText(action.label, 1, 500)) return 'action.label';
  if (action.section !== undefined && !isText(action.section, 0, 500)) return 'action.section';
  if (!isCount(action.occurrence, 10_000)) return 'action.occurrence';
  return undefined;
}

function copyAction(action: RuleAction): RuleAction {
  if (action.kind === 'leave') return { kind: 'leave' };
  return { kind: 'source', label: action.label, ...(action.section === undefined ? {} : { section: action.section }), occurrence: action.occurrence };
}

/** The rules of a profile file, or a ProfileError saying why the whole file is refused. */
export function parseProfile(text: string): ProfileRule[] {
  if (text.length > MAX_PROFILE_BYTES) throw new ProfileError('tooLarge');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ProfileError('notJson');
  }
  if (!isObject(data) || data.format !== PROFILE_FORMAT) throw new ProfileError('notProfile');
  if (typeof data.version === 'number' && Number.isSafeInteger(data.version) && data.version > PROFILE_VERSION) throw new ProfileError('newerVersion');
  if (data.version !== PROFILE_VERSION || hasOnlyKeys(data, ['format', 'version', 'exportedAt', 'rules']) || typeof data.exportedAt !== 'string' || !Array.isArray(data.rules)) {
    throw new ProfileError('notProfile');
  }
  if (data.rules.length > MAX_PROFILE_RULES) throw new ProfileError('tooManyRules');
  const seen = new Set<string>();
  return data.rules.map((value: unknown, i) => {
    const problem = ruleProblem(value);
    if (problem) throw new ProfileError('badRule', i + 1, problem);
    const rule = value as ProfileRule;
    const id = ruleId(rule).join('\n');
    // Two rules for one field would make the result depend on their order.
    if (seen.has(id)) throw new ProfileError('badRule', i + 1, 'targetKey');
    seen.add(id);
    const { sourceSignature, formSignature, targetKey, targetLabel, createdAt } = rule;
    return { sourceSignature, formSignature, targetKey, targetLabel, action: copyAction(rule.action), createdAt };
  });
}

export async function exportProfile(database: TenkiDB, now = new Date()): Promise<string> {
  return `${JSON.stringify(buildProfile(await allRules(database), now), null, 2)}\n`;
}

/** Checks the whole file first and then saves every rule in one transaction: a refused file changes nothing, and importing it twice adds nothing. */
export async function importProfile(database: TenkiDB, text: string): Promise<SaveCount> {
  return saveRules(database, parseProfile(text));
}
