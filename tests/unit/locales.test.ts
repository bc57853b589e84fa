// Protects the UI text: the English catalogue has every Japanese message, with the same placeholders, so no screen falls back to a bare key.
import { describe, expect, it } from 'vitest';
import ja from '../../public/_locales/ja/messages.json';
import en from '../../public/_locales/en/messages.json';

type Catalogue = Record<string, { message: string }>;

const placeholders = (message: string) => [...new Set(message.match(/\$\d/g) ?? [])].sort();

describe('locales', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });

  it('use the same placeholders in each message', () => {
    for (const [key, { message }] of Object.entries(ja as Catalogue)) {
      expect(placeholders((en as Catalogue)[key]?.message ?? ''), key).toEqual(placeholders(message));
    }
  });
});
