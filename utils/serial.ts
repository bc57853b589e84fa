// One promise queue per caller, so its read-modify-writes of storage or the log run one at a time and never lose each other's changes.

/** A queue: each run starts when the one before it settled, whether it succeeded or failed. */
export function createSerial(): <T>(run: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(run: () => Promise<T>) => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };
}
