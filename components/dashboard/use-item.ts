// A storage item's current value in React, kept up to date when another page or the worker changes it.
import { useEffect, useState } from 'react';

/** What the hook needs of a WXT storage item. */
export interface WatchedItem<T> {
  getValue(): Promise<T>;
  watch(cb: (next: T) => void): () => void;
}

export function useStorageItem<T>(item: WatchedItem<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const unwatch = item.watch((next) => setValue(next ?? undefined));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
