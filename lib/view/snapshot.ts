import type { Manifest } from "../schema";
import { formatPartialDate } from "../time/format";
import { partialDateInterval } from "../time/partial-date";

/**
 * The snapshot line: the end of the day the commentary was written ("as of 24 April" knows the
 * whole of 24 April). One definition for drawing, hiding, the report and the slides.
 */
export function snapshotMs(asOf: string): number {
  return partialDateInterval(asOf)[1];
}

/**
 * What the snapshot line is called wherever it is shown (explorer legend, slides, report, share card):
 * the set's own label, which says "no earlier than" when the commentary's date is only a lower bound,
 * else "Commentary as of 24 April 2025".
 */
export function snapshotLabel(manifest: Pick<Manifest, "asOf" | "asOfLabel">): string {
  return manifest.asOfLabel ?? `Commentary as of ${formatPartialDate(manifest.asOf, "day")}`;
}

/** An event is after the snapshot when it starts after the line: one that starts on the as-of day is not. */
export function isAfterSnapshot(start: number, snapshot: number): boolean {
  return start >= snapshot;
}
