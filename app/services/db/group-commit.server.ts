/**
 * Group commit: writes that many requests make at once (a rate-limit count,
 * a chat turn) are collected while the previous batch is being written and
 * then written together in one statement. Each caller still waits until its
 * own write is in the database, so nothing is acknowledged before it is
 * stored; under load the database does one statement for many requests
 * instead of one each (on PGlite, one connection for the whole process, that
 * is the difference between waiting in line and not).
 *
 * `write` gets the items in arrival order and returns one result per item.
 * If a batch of several fails, each item is tried alone, so one bad item
 * fails only its own caller.
 */
export function groupCommit<Item, Result>(write: (items: Item[]) => Promise<Result[]>): (item: Item) => Promise<Result> {
  type Waiting = { item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void };
  let queue: Waiting[] = [];
  let draining = false;

  async function settle(batch: Waiting[]): Promise<void> {
    try {
      const results = await write(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(results[i]!));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      for (const waiting of batch) await settle([waiting]);
    }
  }

  async function drain(): Promise<void> {
    draining = true;
    try {
      while (queue.length) {
        const batch = queue;
        queue = [];
        await settle(batch);
      }
    } finally {
      draining = false;
    }
  }

  return (item) =>
    new Promise<Result>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      // At the end of this turn of the event loop: the writes of every request that got this far in
      // it go in the first batch together.
      if (!draining) {
        draining = true;
        setImmediate(() => void drain());
      }
    });
}
