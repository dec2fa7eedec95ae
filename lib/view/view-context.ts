import type { IndexedDataset } from "../data/index-dataset";
import { memoize } from "../data/memo";
import { isId } from "../schema/id";
import { partialDateInterval } from "../time/partial-date";
import type { TimeDomain } from "../time/scale";
import { getCommentary, getFacetsOf, type ExplorerCommentary, type ExplorerData, type Facets } from "./explorer-data";
import { defaultDomain, type ViewContext } from "./view-state";

/**
 * What parseViewState needs to know about the data set to check a URL, from the explorer's payload.
 * The payload carries no event ids, so any well-formed id is accepted here; the server, which holds
 * the whole set, checks ids against it (getExplorerPayload) and hands the client a URL that passed.
 */
export function createViewContext(
  data: Pick<ExplorerData, "extent" | "defaultDomain" | "lanes" | "experts"> & { noteIds?: readonly string[]; commentary?: Pick<ExplorerCommentary, "latest" | "snapshots"> },
  facets?: Facets,
): ViewContext {
  const notes = data.noteIds && new Set(data.noteIds);
  const actors = facets && new Set(facets.actors.map((facet) => facet.name));
  const tags = facets && new Set(facets.tags.map((facet) => facet.name));
  return {
    extent: data.extent,
    defaultDomain: data.defaultDomain,
    laneIds: data.lanes.map((lane) => lane.id),
    expertIds: data.experts.map((expert) => expert.id),
    hasEvent: isId,
    hasAnnotation: notes ? (id) => notes.has(id) : isId,
    // Without the facets (the browser's view of a page whose URL the server checked), any name is taken.
    hasActor: actors ? (name) => actors.has(name) : undefined,
    hasTag: tags ? (name) => tags.has(name) : undefined,
    snapshots: data.commentary ? { ids: data.commentary.snapshots.map((snapshot) => snapshot.id), latest: data.commentary.latest } : undefined,
  };
}

/** The same context with the whole set at hand (server, CLI, tests): event ids are checked against it. Built once per set. */
export function datasetViewContext(data: IndexedDataset): ViewContext {
  return memoize(data, "view-context", () => {
    const view = data.manifest.defaultView;
    const preferred: TimeDomain | undefined = view ? [partialDateInterval(view.from)[0], partialDateInterval(view.to)[1]] : undefined;
    return {
      ...createViewContext(
        {
          extent: data.extent,
          defaultDomain: defaultDomain({ extent: data.extent, defaultDomain: preferred }),
          lanes: data.lanes,
          experts: data.manifest.experts,
          noteIds: data.annotations.map((note) => note.id),
          commentary: getCommentary(data),
        },
        getFacetsOf(data),
      ),
      hasEvent: (id: string) => data.eventById.has(id),
    };
  });
}
