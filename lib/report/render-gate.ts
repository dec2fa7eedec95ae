/** Thrown when every render slot stayed busy for longer than a caller may wait. */
export class GateBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("All report renderers are busy");
  }
}

export interface RenderGate {
  /** Runs the task when a slot is free; rejects with GateBusyError after waiting maxWaitMs. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Frees every slot held longer than maxHoldMs; returns how many (the watchdog calls it). */
  reclaim(now?: number): number;
  readonly active: number;
  readonly waiting: number;
}

export interface GateOptions {
  limit: number;
  maxWaitMs: number;
  /** A slot held longer than this is taken back by reclaim(), whatever its task is doing. */
  maxHoldMs?: number;
  /** Told when slots were taken back: the task holding them is stuck (its renderer should be replaced). */
  onReclaim?: (count: number) => void;
}

/**
 * A counting semaphore with a bounded wait: at most `limit` tasks at once, first come first served.
 * With maxHoldMs, a watchdog (reclaim, every second while anything is held) guarantees no task keeps
 * a slot for good, even one that never settles.
 */
export function createRenderGate({ limit, maxWaitMs, maxHoldMs = Infinity, onReclaim }: GateOptions): RenderGate {
  const held = new Map<symbol, number>();
  const queue: { grant: (slot: symbol) => void }[] = [];
  let watchdog: ReturnType<typeof setInterval> | null = null;

  function release(slot: symbol) {
    if (!held.delete(slot)) return;
    const next = queue.shift();
    if (next) take(next.grant);
    if (held.size === 0 && watchdog) {
      clearInterval(watchdog);
      watchdog = null;
    }
  }

  function take(grant: (slot: symbol) => void) {
    const slot = Symbol("slot");
    held.set(slot, Date.now());
    if (!watchdog && Number.isFinite(maxHoldMs)) {
      watchdog = setInterval(() => gate.reclaim(), Math.min(1000, maxHoldMs));
      (watchdog as { unref?: () => void }).unref?.();
    }
    grant(slot);
  }

  function acquire(): Promise<symbol> {
    if (held.size < limit) return new Promise((resolve) => take(resolve));
    return new Promise((resolve, reject) => {
      const entry = {
        grant: (slot: symbol) => {
          clearTimeout(timer);
          resolve(slot);
        },
      };
      const timer = setTimeout(() => {
        queue.splice(queue.indexOf(entry), 1);
        reject(new GateBusyError(Math.max(1, Math.ceil(maxWaitMs / 1000))));
      }, maxWaitMs);
      queue.push(entry);
    });
  }

  const gate: RenderGate = {
    async run(task) {
      const slot = await acquire();
      try {
        return await task();
      } finally {
        release(slot);
      }
    },
    reclaim(now = Date.now()) {
      const stuck = [...held].filter(([, since]) => now - since > maxHoldMs).map(([slot]) => slot);
      stuck.forEach(release);
      if (stuck.length > 0) onReclaim?.(stuck.length);
      return stuck.length;
    },
    get active() {
      return held.size;
    },
    get waiting() {
      return queue.length;
    },
  };
  return gate;
}
