"use client";

import { useQuery } from "@/components/query/useQuery";
import { facetsQueryOptions } from "@/lib/query/facets";
import type { ExplorerData } from "@/lib/view/explorer-data";
import type { ViewState } from "@/lib/view/view-state";
import { FacetSelect } from "./FacetSelect";
import { DeferredLaneMenu } from "./deferred-parts";
import { SearchBox } from "./SearchBox";
import type { UpdateView } from "./useExplorerView";

/** Search, filters and view switches: everything that narrows or changes what the explorer shows. */
export function Toolbar({ data, view, update }: { data: ExplorerData; view: ViewState; update: UpdateView }) {
  const facets = useQuery(facetsQueryOptions(data.window.key));
  const filtered = view.actor || view.tag || view.experts.length > 0 || view.hideAfter || view.lanes.length < data.lanes.length;
  return (
    <div className="toolbar" role="group" aria-label="Search and filters">
      <SearchBox value={view.q} onCommit={(q) => update({ q })} />
      <DeferredLaneMenu lanes={data.lanes} visible={view.lanes} onChange={(lanes) => update({ lanes })} />
      <FacetSelect id="filter-actor" label="Actor" allLabel="All actors" facets={facets.data?.actors} value={view.actor} onChange={(actor) => update({ actor })} />
      <FacetSelect id="filter-tag" label="Tag" allLabel="All tags" facets={facets.data?.tags} value={view.tag} onChange={(tag) => update({ tag })} />
      {data.hasCommentary && (
        <label className="toggle">
          <input type="checkbox" checked={view.hideAfter} onChange={(event) => update({ hideAfter: event.target.checked })} />
          Hide events after the commentary
        </label>
      )}
      {filtered && (
        <button type="button" className="link-button" onClick={() => update({ actor: null, tag: null, experts: [], hideAfter: false, lanes: data.lanes.map((l) => l.id) })}>
          Clear filters
        </button>
      )}
      <div className="view-switch" role="group" aria-label="View">
        <button type="button" className="tool-button" aria-pressed={view.mode === "chart"} onClick={() => update({ mode: "chart" })}>
          Timeline
        </button>
        <button type="button" className="tool-button" aria-pressed={view.mode === "list"} onClick={() => update({ mode: "list" })}>
          List
        </button>
      </div>
    </div>
  );
}
