// Protects how page text is read everywhere: line breaks, tabs and full runs of spaces become one space, and nothing at the ends.
import { describe, expect, it } from 'vitest';
import { collapse } from '@/utils/text';

describe('collapse', () => {
  it('reads text as a person does', () => {
    expect(collapse('  お名前\n\t（必須） ')).toBe('お名前 （必須）');
    expect(collapse('山田\u3000 太郎')).toBe('山田 太郎');
    expect(collapse(null)).toBe('');
    expect(collapse(undefined)).toBe('');
  });
});
