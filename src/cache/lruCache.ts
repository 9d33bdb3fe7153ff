/**
 * A bounded map that forgets the least recently used entries: caches that
 * live across documents (a long `watch` or `studio`) keep flat memory.
 * Two generations of at most `limit / 2` entries each: an entry read from
 * the old generation moves to the new one; when the new one is full, the old
 * one is dropped whole. So at most `limit` entries are held, anything used
 * since the last turn-over survives, and a read costs one or two lookups
 * (no reordering on every hit, which would cost more than the work saved).
 */
export class LruCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly half: number;

  constructor(readonly limit: number) {
    if (!(limit >= 2)) throw new Error(`briefing: cache limit must be at least 2, got ${limit}`);
    this.half = Math.floor(limit / 2);
  }

  /** Entries held now (never more than `limit`). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const aged = this.old.get(key);
    if (aged === undefined) return undefined;
    this.old.delete(key);
    this.put(key, aged);
    return aged;
  }

  set(key: K, value: V): void {
    this.old.delete(key);
    if (this.young.has(key)) this.young.set(key, value);
    else this.put(key, value);
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }

  private put(key: K, value: V): void {
    if (this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}
