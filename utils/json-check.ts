// Checks for JSON files a clerk imports (profiles, log exports): plain shape tests that say what is wrong, so a bad file is refused whole.
export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Exactly these keys, so nothing unexpected (a raw value) can ride along; returns the first missing or extra key. */
export function hasOnlyKeys(value: Json, required: readonly string[], optional: readonly string[] = []): string | undefined {
  for (const key of required) if (!(key in value)) return key;
  return Object.keys(value).find((key) => !required.includes(key) && !optional.includes(key));
}

export function isText(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

export function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;
}
