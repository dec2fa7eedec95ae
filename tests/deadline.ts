/**
 * How much slower than a quiet machine a test run may be: TEST_SLOWDOWN (default 2, for a 2-core
 * machine others are using too). Every time limit a test sets — a test's, an assertion's, a server
 * start's — comes through testDeadline, so a busy machine is given more time, never a red test.
 */
export const SLOWDOWN = Math.max(1, Number(process.env.TEST_SLOWDOWN) || 2);

export function testDeadline(ms: number): number {
  return Math.round(ms * SLOWDOWN);
}
