import { checkStories, type Dataset } from "../data/validate";
import type { TimelineEvent } from "../schema";

/**
 * The part of a data set a view shows, still a valid set: the chosen events and lanes, links and commentary anchors
 * cut to what is left, commentary anchored to nothing left dropped, and only the stories whose every step still resolves.
 */
export function subsetDataset(dataset: Dataset, events: readonly TimelineEvent[], laneIds: readonly string[]): Dataset {
  const ids = new Set(events.map((event) => event.id));
  const lanes = new Set([...laneIds, ...events.map((event) => event.lane)]);
  const kept = events.map((event) => ({ ...event, related: event.related.filter((link) => ids.has(link.id)) }));
  const annotations = dataset.annotations
    .map((note) => ({ ...note, anchors: { ...note.anchors, events: note.anchors.events.filter((id) => ids.has(id)) } }))
    .filter((note, i) => note.anchors.events.length > 0 || (dataset.annotations[i]!.anchors.events.length === 0 && note.anchors.range !== undefined));
  const noteIds = new Set(annotations.map((note) => note.id));
  const stories = dataset.stories.filter((story) => {
    let ok = true;
    checkStories([story], ids, lanes, noteIds, () => (ok = false));
    return ok;
  });
  return {
    manifest: { ...dataset.manifest, lanes: dataset.manifest.lanes.filter((lane) => lanes.has(lane.id)) },
    events: kept,
    annotations,
    stories,
  };
}
