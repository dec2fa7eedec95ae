import type { Annotation, Manifest, Snapshot } from "../schema";
import { snapshotLabel } from "../view/snapshot";

/** The id of the one snapshot a set without `snapshots` has: its notes, described by the manifest's asOf. */
export const IMPLICIT_SNAPSHOT_ID = "commentary";

/** A snapshot as the app shows it: always with a label for its line. */
export interface ResolvedSnapshot extends Snapshot {
  asOfLabel: string;
  /** Made from the manifest's asOf because the set lists no snapshots. */
  implicit: boolean;
}

/** The set's snapshots in the order listed: `snapshots`, or one made from the manifest's asOf. */
export function listSnapshots(manifest: Manifest): ResolvedSnapshot[] {
  if (manifest.snapshots && manifest.snapshots.length > 0) return manifest.snapshots.map((snapshot) => ({ ...snapshot, asOfLabel: snapshotLabel(snapshot), implicit: false }));
  const title = manifest.asOfLabel ?? "Commentary";
  return [{ id: IMPLICIT_SNAPSHOT_ID, title, asOf: manifest.asOf, asOfLabel: snapshotLabel(manifest), ...(manifest.asOfNote ? { asOfNote: manifest.asOfNote } : {}), implicit: true }];
}

/** The snapshot shown by default: the latest asOf (of two on one day, the one listed later). */
export function latestSnapshot(snapshots: readonly ResolvedSnapshot[]): ResolvedSnapshot {
  return snapshots.reduce((latest, snapshot) => (snapshot.asOf >= latest.asOf ? snapshot : latest));
}

/** The snapshot a note belongs to: the one it names, else the first listed. */
export function snapshotIdOf(note: Pick<Annotation, "snapshot">, snapshots: readonly ResolvedSnapshot[]): string {
  return note.snapshot ?? snapshots[0]!.id;
}

/**
 * Whether a set has expert commentary at all: a note in any of its snapshots. Without any, nothing
 * about commentary is shown (its heading, the snapshot line, "hide events after the commentary").
 */
export function hasCommentary(data: { allAnnotations: readonly unknown[] }): boolean {
  return data.allAnnotations.length > 0;
}
