import { idSchema } from "../schema";
import type { ExplorerData } from "./explorer-data";
import type { ViewContext } from "./view-state";

/** What parseViewState needs to know about the data set to validate a URL. */
export function createViewContext(
  data: Pick<ExplorerData, "extent" | "lanes" | "experts" | "facets" | "window"> & { items: readonly { id: string }[]; notes: readonly { id: string }[] },
): ViewContext {
  const events = new Set(data.items.map((item) => item.id));
  const notes = new Set(data.notes.map((note) => note.id));
  const actors = new Set(data.facets.actors.map((facet) => facet.name));
  const tags = new Set(data.facets.tags.map((facet) => facet.name));
  return {
    extent: data.extent,
    laneIds: data.lanes.map((lane) => lane.id),
    expertIds: data.experts.map((expert) => expert.id),
    // A large set ships no event ids: the server checks the URL's event against the whole set.
    hasEvent: data.window ? (id) => idSchema.safeParse(id).success : (id) => events.has(id),
    hasAnnotation: (id) => notes.has(id),
    hasActor: (name) => actors.has(name),
    hasTag: (name) => tags.has(name),
  };
}
