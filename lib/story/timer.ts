/** A pausable stopwatch as a value: elapsed = banked time + time since the last start. */
export interface Stopwatch {
  bankedMs: number;
  /** When it was last started (ms since epoch), or null while paused. */
  startedAt: number | null;
}

export const STOPPED: Stopwatch = { bankedMs: 0, startedAt: null };

export function startStopwatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.startedAt === null ? { ...watch, startedAt: now } : watch;
}

export function pauseStopwatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.startedAt === null ? watch : { bankedMs: elapsedMs(watch, now), startedAt: null };
}

export function elapsedMs(watch: Stopwatch, now: number): number {
  return watch.bankedMs + (watch.startedAt === null ? 0 : Math.max(0, now - watch.startedAt));
}

/** "4:05", "1:02:09". */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
