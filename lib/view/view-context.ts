import type { IndexedDataset } from "../data/index-dataset";
import { idSchema } from "../schema";
import { partialDateInterval } from "../time/partial-date";
import type { TimeDomain } from "../time/scale";
import { countFacets, type ExplorerData } from "./explorer-data";
import { defaultDomain, type ViewContext } from "./view-state";

/**
 * What parseViewState needs to know about the data set to check a URL, from the explorer's payload.
 * The payload carries no event ids, so any well-formed id is accepted here; the server, which holds
 * the whole set, checks ids against it (getExplorerPayload) and hands the client a URL that passed.
 */
export function createViewContext(data: Pick<ExplorerData, "extent" | "defaultDomain" | "lanes" | "experts" | "facets"> & { notes: readonly { id: string }[] }): ViewContext {
  const notes = new Set(data.notes.map((note) => note.id));
  const actors = new Set(data.facets.actors.map((facet) => facet.name));
  const tags = new Set(data.facets.tags.map((facet) => facet.name));
  return {
    extent: data.extent,
    defaultDomain: data.defaultDomain,
    laneIds: data.lanes.map((lane) => lane.id),
    expertIds: data.experts.map((expert) => expert.id),
    hasEvent: (id) => idSchema.safeParse(id).success,
    hasAnnotation: (id) => notes.has(id),
    hasActor: (name) => actors.has(name),
    hasTag: (name) => tags.has(name),
  };
}

const cache = new WeakMap<IndexedDataset, ViewContext>();

/** The same context with the whole set at hand (server, CLI, tests): event ids are checked against it. Built once per set. */
export function datasetViewContext(data: IndexedDataset): ViewContext {
  let ctx = cache.get(data);
  if (!ctx) {
    const view = data.manifest.defaultView;
    const preferred: TimeDomain | undefined = view ? [partialDateInterval(view.from)[0], partialDateInterval(view.to)[1]] : undefined;
    ctx = {
      ...createViewContext({
        extent: data.extent,
        defaultDomain: defaultDomain({ extent: data.extent, defaultDomain: preferred }),
        lanes: data.lanes,
        experts: data.manifest.experts,
        notes: data.annotations,
        facets: { actors: countFacets(data.events.map((e) => e.actors)), tags: countFacets(data.events.map((e) => e.tags)) },
      }),
      hasEvent: (id) => data.eventById.has(id),
    };
    cache.set(data, ctx);
  }
  return ctx;
}
