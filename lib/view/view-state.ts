import type { TimeDomain } from "../time/scale";
import { atLeastMinSpan, boundsOf, clampDomain, parseWindowEdges, roundDomain, sameDomain, windowEdges } from "./domain";
import { MAX_Q, firstValues, readViewParams } from "./view-fields";

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
  /** An earlier commentary snapshot being shown; null for the latest. */
  snapshot: string | null;
}

export type ViewMode = "chart" | "list";

/** What the parser needs to know about the data set to check a URL. */
export interface ViewContext {
  /** Full extent of the data set. */
  extent: TimeDomain;
  /** The window a bare URL opens on (the data set's `defaultView`), else the whole set. */
  defaultDomain?: TimeDomain;
  /** Lane ids in their default order. */
  laneIds: readonly string[];
  expertIds: readonly string[];
  hasEvent: (id: string) => boolean;
  hasAnnotation?: (id: string) => boolean;
  hasActor?: (name: string) => boolean;
  hasTag?: (name: string) => boolean;
  /** The set's commentary snapshots, and the latest (shown when the URL names none). */
  snapshots?: { ids: readonly string[]; latest: string };
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

/** The window a URL without from/to shows. */
export function defaultDomain(ctx: Pick<ViewContext, "extent" | "defaultDomain">): TimeDomain {
  const bounds = boundsOf(ctx.extent);
  return ctx.defaultDomain ? clampDomain(ctx.defaultDomain, bounds) : bounds;
}

function known(ids: readonly string[] | undefined, allowed: readonly string[]): string[] {
  const set = new Set(allowed);
  return (ids ?? []).filter((id) => set.has(id));
}

function checked(value: string | undefined, isKnown: ((value: string) => boolean) | undefined): string | null {
  return value && (!isKnown || isKnown(value)) ? value : null;
}

/**
 * Reads the view from URL parameters. Anything unknown or malformed falls back to its default,
 * silently: a hand-edited or stale URL still opens a sane view. The window is clamped to the data set.
 */
export function parseViewState(params: Params, ctx: ViewContext): ViewState {
  const p = readViewParams(firstValues(params));
  // A window outside the data is kept as asked (a report of 2010–2030 says so), only widened to the narrowest span.
  const asked = parseWindowEdges(p.from, p.to);
  const domain = asked ? atLeastMinSpan(asked) : defaultDomain(ctx);
  const lanes = known(p.lanes, ctx.laneIds);
  return {
    domain,
    lanes: lanes.length > 0 ? lanes : [...ctx.laneIds],
    event: checked(p.event, ctx.hasEvent),
    experts: known(p.expert, ctx.expertIds),
    q: (p.q ?? "").slice(0, MAX_Q).trim(),
    note: checked(p.note, ctx.hasAnnotation ?? (() => false)),
    actor: checked(p.actor, ctx.hasActor),
    tag: checked(p.tag, ctx.hasTag),
    hideAfter: p.after === "hide",
    mode: p.view === "list" ? "list" : "chart",
    snapshot: p.snapshot && p.snapshot !== ctx.snapshots?.latest && ctx.snapshots?.ids.includes(p.snapshot) ? p.snapshot : null,
  };
}

/** Writes the view as URL parameters, leaving out whatever equals the default. */
export function serializeViewState(state: ViewState, ctx: ViewContext): URLSearchParams {
  const params = new URLSearchParams();
  const domain = roundDomain(state.domain);
  if (!sameDomain(domain, roundDomain(defaultDomain(ctx)), 0)) {
    const edges = windowEdges(domain);
    params.set("from", edges.from);
    params.set("to", edges.to);
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
  if (state.snapshot) params.set("snapshot", state.snapshot);
  return params;
}
