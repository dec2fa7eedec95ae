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

/** The planned time up to the end of `step` (1-based) and for the whole deck, from the steps' targets; null without any target. */
export function planFor(targets: readonly (number | undefined)[], step: number): { byEndMs: number; totalMs: number } | null {
  if (!targets.some((t) => t !== undefined)) return null;
  const sum = (list: readonly (number | undefined)[]) => list.reduce<number>((total, t) => total + (t ?? 0), 0) * 1000;
  return { byEndMs: sum(targets.slice(0, step)), totalMs: sum(targets) };
}

/** How the elapsed time stands against the plan: "1:20 ahead", "0:45 behind", "on time". */
export function formatPace(elapsed: number, plannedByEnd: number): string {
  const diff = plannedByEnd - elapsed;
  if (Math.abs(diff) < 1000) return "on time";
  return diff > 0 ? `${formatElapsed(diff)} to spare` : `${formatElapsed(-diff)} over`;
}

/** Reads a target as typed: "2" is two minutes, "1:30" a minute and a half; "" is none (undefined); null when unreadable or over an hour. */
export function parseTarget(text: string): number | undefined | null {
  const value = text.trim();
  if (!value) return undefined;
  const match = /^(\d{1,2})(?::([0-5]\d))?$/.exec(value);
  if (!match) return null;
  const seconds = Number(match[1]) * 60 + Number(match[2] ?? 0);
  return seconds > 0 && seconds <= 3600 ? seconds : null;
}
