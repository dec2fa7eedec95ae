import type { Annotation, Manifest } from "../schema";
import { formatPartialDate } from "../time/format";

/**
 * When a note was written: the date of the commentary snapshot it belongs to ("April 2025"), never
 * the date of an event it is anchored to. A set has one snapshot today (the manifest's `asOf`); when
 * notes carry their own snapshot, this is the one place that reads it.
 */
export function noteWritten(data: { manifest: Pick<Manifest, "asOf"> }, note: Pick<Annotation, "id">): { iso: string; label: string } {
  void note;
  const iso = data.manifest.asOf;
  return { iso, label: formatPartialDate(iso.slice(0, 7), "month") };
}
