// Vitest 5 reports failures with Map.groupBy/Object.groupBy, which Node 20 lacks; loaded by the config in the main process.
type Key = PropertyKey;

if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<T, K>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const map = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const key = keyOf(item, i++);
        const list = map.get(key);
        if (list) list.push(item);
        else map.set(key, [item]);
      }
      return map;
    },
  });
}

if (typeof Object.groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    value<T>(items: Iterable<T>, keyOf: (item: T, index: number) => Key): Record<Key, T[]> {
      return Object.fromEntries(Map.groupBy(items, keyOf));
    },
  });
}
