import { describe, expect, it } from 'vitest';
import { LruCache } from '../../src/cache/lruCache.js';

describe('LruCache', () => {
  it('never holds more than its limit, however many keys pass through', () => {
    const cache = new LruCache<number, number>(100);
    for (let i = 0; i < 10_000; i++) {
      cache.set(i, i * 2);
      expect(cache.size).toBeLessThanOrEqual(100);
    }
    expect(cache.get(9_999)).toBe(19_998);
    expect(cache.get(0)).toBeUndefined();
  });

  it('keeps an entry that is used while others come and go', () => {
    const cache = new LruCache<string, string>(10);
    cache.set('kept', 'yes');
    for (let i = 0; i < 1_000; i++) {
      cache.set(`k${i}`, 'x');
      expect(cache.get('kept')).toBe('yes');
    }
    expect(cache.size).toBeLessThanOrEqual(10);
  });

  it('replaces a value without counting the key twice', () => {
    const cache = new LruCache<string, number>(4);
    cache.set('a', 1);
    cache.set('a', 2);
    expect(cache.get('a')).toBe(2);
    expect(cache.size).toBe(1);
  });
});
