import { snapshotIdOf, type ResolvedSnapshot } from "../data/snapshots";
import type { Annotation } from "../schema";
import { formatPartialDate } from "../time/format";

/**
 * When a note was written: the date of the commentary snapshot it belongs to ("April 2025"), never
 * the date of an event it is anchored to. Said to the month: a snapshot's asOf is often only the
 * earliest day its article can have been written (see the built-in set's asOfNote). The one place
 * notes are dated; `snapshot` is the note's own, for what needs its line or its label.
 */
export function noteWritten(data: { snapshots: readonly ResolvedSnapshot[] }, note: Pick<Annotation, "snapshot">): { iso: string; label: string; snapshot: ResolvedSnapshot } {
  const id = snapshotIdOf(note, data.snapshots);
  const snapshot = data.snapshots.find((candidate) => candidate.id === id) ?? data.snapshots[0]!;
  return { iso: snapshot.asOf, label: formatPartialDate(snapshot.asOf.slice(0, 7), "month"), snapshot };
}
