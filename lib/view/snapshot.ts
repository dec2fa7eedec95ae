import { partialDateInterval } from "../time/partial-date";

/**
 * The snapshot line: the end of the day the commentary was written ("as of 24 April" knows the
 * whole of 24 April). One definition for drawing, hiding, the report and the slides.
 */
export function snapshotMs(asOf: string): number {
  return partialDateInterval(asOf)[1];
}

/** An event is after the snapshot when it starts after the line: one that starts on the as-of day is not. */
export function isAfterSnapshot(start: number, snapshot: number): boolean {
  return start >= snapshot;
}
