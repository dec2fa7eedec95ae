"use client";

import { useCallback } from "react";
import type { TimeDomain } from "@/lib/time/scale";
import type { ExplorerData } from "@/lib/view/explorer-data";
import { fitDomain, revealInterval } from "@/lib/view/fit-domain";
import { focusDomain } from "@/lib/view/focus-domain";
import { WINDOW_ITEM_LIMIT } from "@/lib/window/window-index";
import type { ViewState } from "@/lib/view/view-state";
import type { UpdateView } from "./useExplorerView";

/** Selecting an event or a note: each one pushes a history entry so Back walks back through them. */
export function useSelection(data: ExplorerData, view: ViewState, update: UpdateView) {
  const intervalOf = useCallback(
    (id: string): TimeDomain | null => {
      const item = data.items.find((i) => i.id === id);
      return item ? [item.start, item.end] : null;
    },
    [data.items],
  );
  /** From the chart: the window stays where the reader put it. */
  const selectInPlace = useCallback((id: string | null) => update({ event: id, note: null }, "push"), [update]);
  /**
   * From a list, a search hit or a related link: also bring the event into view. A large set's client
   * holds only the window, so the caller passes the interval; the window then narrows until the event is drawn.
   */
  const jumpTo = useCallback(
    (id: string, known?: TimeDomain) => {
      const interval = known ?? intervalOf(id);
      const density = data.window?.density;
      const reveal = (domain: TimeDomain, at: TimeDomain) =>
        density ? focusDomain(domain, at, density, view.lanes, WINDOW_ITEM_LIMIT / 2) : revealInterval(domain, at);
      update({ event: id, note: null, ...(interval ? { domain: reveal(view.domain, interval) } : {}) }, "push");
    },
    [data.window, intervalOf, update, view.domain, view.lanes],
  );
  const selectNote = useCallback(
    (id: string) => {
      const note = data.notes.find((n) => n.id === id);
      if (!note) return;
      const anchors = note.eventIds.map(intervalOf).filter((i): i is TimeDomain => i !== null);
      const domain = fitDomain(note.range ? [...anchors, note.range] : anchors);
      const event = view.event && note.eventIds.includes(view.event) ? view.event : (note.eventIds[0] ?? null);
      update({ note: id, event, ...(domain ? { domain } : {}) }, "push");
    },
    [data.notes, intervalOf, update, view.event],
  );
  const clear = useCallback(() => update({ event: null, note: null }, "push"), [update]);
  return { selectInPlace, jumpTo, selectNote, clear };
}
