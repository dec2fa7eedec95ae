/** The variable as a finite number, or null when it is unset, empty or not a number. */
function envValue(name: string): number | null {
  const raw = process.env[name];
  const value = Number(raw);
  return raw !== undefined && raw.trim() !== "" && Number.isFinite(value) ? value : null;
}

/**
 * A number from the server's environment (limits, timeouts, sizes: docs/RELIABILITY.md names them), or
 * `fallback` when it is unset, empty, not a number or negative. 0 is kept: for many it means "none" or
 * "off" (TRUST_PROXY_HOPS, DATA_POLL_MS, PORT for any free port).
 */
export function envNumber(name: string, fallback: number): number {
  const value = envValue(name);
  return value !== null && value >= 0 ? value : fallback;
}

/** The same for a limit that must be above 0 (renders at once, deadlines, slots): 0 falls back too. */
export function envPositive(name: string, fallback: number): number {
  const value = envValue(name);
  return value !== null && value > 0 ? value : fallback;
}
