"use client";

import { useCallback } from "react";
import type { TimelineItem } from "@/lib/data/items";
import type { TimeDomain } from "@/lib/time/scale";
import { boundsOf, clampDomain, fitDomain, hull, revealInterval } from "@/lib/view/domain";
import type { ExplorerData, NoteAnchor } from "@/lib/view/explorer-data";
import { focusDomain } from "@/lib/view/focus-domain";
import type { ViewState } from "@/lib/view/view-state";
import { WINDOW_ITEM_LIMIT } from "@/lib/window/window-index";
import type { UpdateView } from "./useExplorerView";

/**
 * Selecting an event or a note: each one pushes a history entry so Back walks back through them.
 * Intervals come from the loaded window, or from the caller (a search hit, a related link, a table row),
 * so nothing here depends on holding the whole set.
 */
export function useSelection(data: ExplorerData, view: ViewState, items: readonly TimelineItem[], notes: readonly NoteAnchor[], update: UpdateView) {
  const intervalOf = useCallback(
    (id: string): TimeDomain | null => {
      const item = items.find((i) => i.id === id);
      return item ? [item.start, item.end] : null;
    },
    [items],
  );
  /** From the chart: the window stays where the reader put it. */
  const selectInPlace = useCallback((id: string | null) => update({ event: id, note: null }, "push"), [update]);
  /** From a list, a search hit or a related link: also bring the event into view (a large set narrows until it is drawn). */
  const jumpTo = useCallback(
    (id: string, known?: TimeDomain) => {
      const interval = known ?? intervalOf(id);
      const bounds = hull(boundsOf(data.extent), view.domain);
      const reveal = (domain: TimeDomain, at: TimeDomain) =>
        data.window.whole ? revealInterval(domain, at) : focusDomain(domain, at, data.window.density, view.lanes, WINDOW_ITEM_LIMIT / 2);
      update({ event: id, note: null, ...(interval ? { domain: clampDomain(reveal(view.domain, interval), bounds) } : {}) }, "push");
    },
    [data.extent, data.window, intervalOf, update, view.domain, view.lanes],
  );
  const selectNote = useCallback(
    (id: string, eventIds?: readonly string[]) => {
      const note = notes.find((n) => n.id === id);
      // A note the loaded window does not hold (a search hit in a large set): open it at its first event.
      if (!note) return eventIds?.[0] ? update({ note: id, event: eventIds[0] }, "push") : undefined;
      const anchors = note.eventIds.map(intervalOf).filter((i): i is TimeDomain => i !== null);
      const known = anchors.length > 0 || note.range ? anchors : [[note.at, note.at + 1] as TimeDomain];
      const domain = fitDomain(note.range ? [...known, note.range] : known);
      const event = view.event && note.eventIds.includes(view.event) ? view.event : (note.eventIds[0] ?? null);
      update({ note: id, event, ...(domain ? { domain: clampDomain(domain, boundsOf(data.extent)) } : {}) }, "push");
    },
    [data.extent, notes, intervalOf, update, view.event],
  );
  const clear = useCallback(() => update({ event: null, note: null }, "push"), [update]);
  return { selectInPlace, jumpTo, selectNote, clear };
}
