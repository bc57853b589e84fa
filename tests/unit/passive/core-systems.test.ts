// Protects the core-system list: one origin per site whatever address it was given as, and only web origins.
import { describe, expect, it } from 'vitest';
import { addCoreSystem, hasCoreSystem, normalizeOrigin, removeCoreSystem } from '@/utils/passive/core-systems';

describe('core systems', () => {
  it('keeps origins only', () => {
    expect(normalizeOrigin('https://erp.example.co.jp/orders/new?id=3')).toBe('https://erp.example.co.jp');
    expect(normalizeOrigin('http://127.0.0.1:5178')).toBe('http://127.0.0.1:5178');
    expect(normalizeOrigin('chrome://extensions')).toBeUndefined();
    expect(normalizeOrigin('not a url')).toBeUndefined();
  });

  it('adds once, sorted, and removes by any address of the site', () => {
    let list = addCoreSystem([], 'https://erp.example.co.jp/orders/new');
    list = addCoreSystem(list, 'https://erp.example.co.jp/');
    list = addCoreSystem(list, 'http://127.0.0.1:5178/hr-form.html');
    expect(list).toEqual(['http://127.0.0.1:5178', 'https://erp.example.co.jp']);
    expect(hasCoreSystem(list, 'https://erp.example.co.jp/customers')).toBe(true);
    expect(hasCoreSystem(list, 'https://erp.example.co.jp:8443/customers')).toBe(false);
    expect(removeCoreSystem(list, 'https://erp.example.co.jp/x')).toEqual(['http://127.0.0.1:5178']);
  });
});
