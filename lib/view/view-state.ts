import { parseIsoDay, toIsoDay, DAY_MS } from "../time/partial-date";
import type { TimeDomain } from "../time/scale";

/** The committed view, as the URL holds it. The domain is in UTC ms; everything else is ids and text. */
export interface ViewState {
  domain: TimeDomain;
  /** Visible lanes in display order. */
  lanes: string[];
  event: string | null;
  experts: string[];
  q: string;
  /** Selected annotation (commentary), when one was picked. */
  note: string | null;
  actor: string | null;
  tag: string | null;
  /** Hide events after the snapshot line. */
  hideAfter: boolean;
  mode: ViewMode;
}

export type ViewMode = "chart" | "list";

export interface ViewContext {
  /** Full extent of the data set: the default window. */
  extent: TimeDomain;
  /** Lane ids in their default order. */
  laneIds: readonly string[];
  expertIds: readonly string[];
  hasEvent: (id: string) => boolean;
  hasAnnotation?: (id: string) => boolean;
  hasActor?: (name: string) => boolean;
  hasTag?: (name: string) => boolean;
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

const MIN_SPAN = DAY_MS;
const MAX_Q = 200;
const MAX_NAME = 120;

function get(params: Params, key: string): string | null {
  if (params instanceof URLSearchParams) return params.get(key);
  const value = params[key];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function ids(value: string | null, known: readonly string[]): string[] | null {
  if (value === null) return null;
  const allowed = new Set(known);
  const picked = [...new Set(value.split(",").map((s) => s.trim()))].filter((id) => allowed.has(id));
  return picked;
}

function known(value: string | null, isKnown: ((value: string) => boolean) | undefined, max = MAX_NAME): string | null {
  const text = value?.trim() ?? "";
  if (!text || text.length > max) return null;
  return !isKnown || isKnown(text) ? text : null;
}

/** Default window: the whole data set with a little air on both sides. */
export function defaultDomain(extent: TimeDomain): TimeDomain {
  const pad = Math.max((extent[1] - extent[0]) * 0.02, 15 * DAY_MS);
  return [extent[0] - pad, extent[1] + pad];
}

/**
 * Reads the view from URL parameters. Anything unknown or malformed falls back
 * to its default, silently: a hand-edited or stale URL still opens a sane view.
 */
export function parseViewState(params: Params, ctx: ViewContext): ViewState {
  const fallback = defaultDomain(ctx.extent);
  let from = parseIsoDay(get(params, "from"));
  let to = parseIsoDay(get(params, "to"));
  if (from === null || to === null || to - from < MIN_SPAN) [from, to] = fallback;
  const lanes = ids(get(params, "lanes"), ctx.laneIds);
  const event = get(params, "event");
  const experts = ids(get(params, "expert"), ctx.expertIds) ?? [];
  return {
    domain: [from, to],
    lanes: lanes && lanes.length > 0 ? lanes : [...ctx.laneIds],
    event: event && ctx.hasEvent(event) ? event : null,
    experts,
    q: (get(params, "q") ?? "").slice(0, MAX_Q).trim(),
    note: known(get(params, "note"), ctx.hasAnnotation ?? (() => false)),
    actor: known(get(params, "actor"), ctx.hasActor),
    tag: known(get(params, "tag"), ctx.hasTag),
    hideAfter: get(params, "after") === "hide",
    mode: get(params, "view") === "list" ? "list" : "chart",
  };
}

/** Writes the view as URL parameters, leaving out whatever equals the default. */
export function serializeViewState(state: ViewState, ctx: ViewContext): URLSearchParams {
  const params = new URLSearchParams();
  const fallback = defaultDomain(ctx.extent);
  const from = toIsoDay(state.domain[0]);
  const to = toIsoDay(state.domain[1]);
  if (from !== toIsoDay(fallback[0]) || to !== toIsoDay(fallback[1])) {
    params.set("from", from);
    params.set("to", to);
  }
  if (state.lanes.join(",") !== ctx.laneIds.join(",")) params.set("lanes", state.lanes.join(","));
  if (state.event) params.set("event", state.event);
  if (state.experts.length > 0) params.set("expert", state.experts.join(","));
  if (state.q) params.set("q", state.q);
  if (state.note) params.set("note", state.note);
  if (state.actor) params.set("actor", state.actor);
  if (state.tag) params.set("tag", state.tag);
  if (state.hideAfter) params.set("after", "hide");
  if (state.mode === "list") params.set("view", "list");
  return params;
}

/** Rounds a domain to whole UTC days, as the URL stores it. */
export function roundDomain(domain: TimeDomain): TimeDomain {
  const from = Math.floor(domain[0] / DAY_MS) * DAY_MS;
  const to = Math.max(from + MIN_SPAN, Math.ceil(domain[1] / DAY_MS) * DAY_MS);
  return [from, to];
}
