import type { IndexedDataset } from "../data/index-dataset";
import { clip } from "../interop/text";
import { formatPeriod } from "../report/period";
import { wholeDays } from "./domain";
import { snapshotLabel } from "./snapshot";
import { formatEventDate } from "../time/format";
import { countWindow } from "../window/dataset-window";
import { filterOf } from "./explorer-view";
import { serializeViewState, type ViewContext, type ViewState } from "./view-state";
import { countOf, formatCount } from "../scene/text";

/** What a shared link shows when it is pasted into a chat or a mail: title, period, a sentence, a picture. */
export interface ShareCard {
  title: string;
  /** "January 2015 – June 2025", as the report writes a window. */
  period: string;
  description: string;
  /** The page itself, path and normalised query. */
  path: string;
  /** The preview image (GET /api/preview.png), path and normalised query. */
  image: string;
  imageAlt: string;
  /** Events the view shows (its window, lanes and filters). */
  count: number;
}

export const SHARE_IMAGE = { width: 1200, height: 630, path: "/api/preview.png" } as const;
const MAX_DESCRIPTION = 240;

/** The parameters that change the figure, normalised (the search filter does, the list view does not): one image per view, however its link was written. */
export function shareImageQuery(view: ViewState, ctx: ViewContext): string {
  return serializeViewState({ ...view, mode: "chart" }, ctx).toString();
}

function listOf(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** How many events a view shows: the window query's own count, so it matches what the explorer draws. */
export function countInView(data: IndexedDataset, view: ViewState): number {
  return countWindow(data, { from: view.domain[0], to: view.domain[1], lanes: view.lanes, px: SHARE_IMAGE.width }, filterOf(view));
}

/** The card of a view on `page` ("/" the explorer, "/report" its report). */
export function createShareCard(data: IndexedDataset, view: ViewState, ctx: ViewContext, page: "/" | "/report" = "/"): ShareCard {
  const { manifest } = data;
  const period = formatPeriod(wholeDays(view.domain));
  const count = countInView(data, view);
  const lanes = view.lanes.flatMap((id) => data.lanes.filter((lane) => lane.id === id).map((lane) => lane.label));
  const event = view.event ? data.eventById.get(view.event) : undefined;
  const filters = [view.actor && `actor ${view.actor}`, view.tag && `tag ${view.tag}`, view.q && `filtered by “${view.q}”`, view.hideAfter && "up to the snapshot"].filter(Boolean);
  const sentences = [
    event ? `${event.title} (${formatEventDate(event)}).` : "",
    `${countOf(count, "event")} in ${lanes.length === data.lanes.length ? `${lanes.length} lanes` : listOf(lanes)}, ${period}${filters.length ? `; ${filters.join(", ")}` : ""}.`,
    `${snapshotLabel(manifest)}.`,
  ];
  const query = serializeViewState(view, ctx).toString();
  const title = page === "/report" ? `Report: ${manifest.title}, ${period}` : `${manifest.title}, ${period}`;
  return {
    title,
    period,
    description: clip(sentences.filter(Boolean).join(" "), MAX_DESCRIPTION),
    path: query ? `${page}?${query}` : page,
    image: `${SHARE_IMAGE.path}?${shareImageQuery(view, ctx)}`.replace(/\?$/, ""),
    imageAlt: `Timeline of ${formatCount(count)} events in ${countOf(lanes.length, "lane")}, ${period}`,
    count,
  };
}
