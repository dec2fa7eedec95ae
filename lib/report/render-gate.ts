/** Thrown when every render slot stayed busy for longer than a caller may wait. */
export class GateBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("All report renderers are busy");
  }
}

export interface RenderGate {
  /** Runs the task when a slot is free; rejects with GateBusyError after waiting maxWaitMs. */
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

/** A counting semaphore with a bounded wait: at most `limit` tasks at once, first come first served. */
export function createRenderGate({ limit, maxWaitMs }: { limit: number; maxWaitMs: number }): RenderGate {
  let active = 0;
  const queue: { grant: () => void }[] = [];

  function release() {
    const next = queue.shift();
    if (next) next.grant();
    else active -= 1;
  }

  function acquire(): Promise<void> {
    if (active < limit) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        queue.splice(queue.indexOf(entry), 1);
        reject(new GateBusyError(Math.max(1, Math.ceil(maxWaitMs / 1000))));
      }, maxWaitMs);
      queue.push(entry);
    });
  }

  return {
    async run(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
