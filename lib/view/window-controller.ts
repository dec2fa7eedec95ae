import type { TimeDomain } from "../time/scale";
import { clampDomain, roundDomain, sameDomain } from "./domain";

/**
 * The one owner of the figure's window, as d3-zoom owns its transform: an immutable state with the
 * committed window (the one the URL records) and the window a gesture is moving (until it ends). Every
 * window is clamped on the way in (clampDomain, which d3-zoom's constrain also calls), and a commit is
 * always rounded to what the URL can write (roundDomain), so the figure, once a gesture has ended, shows
 * exactly the window the URL holds. Pure: the figure's behaviours feed it, React renders `shown`.
 */
export interface WindowState {
  bounds: TimeDomain;
  /** The URL's window. Drawn whenever no gesture is under way. */
  committed: TimeDomain;
  /** The window a gesture in progress shows (wheel, drag, pinch, brush); null when none is. */
  live: TimeDomain | null;
}

/**
 * Why the window changes, which decides the history entry:
 * - "gesture": wheel, drag, pinch, brush — continuous; its end replaces the history entry;
 * - "step": zoom buttons and keys, a keyboard step revealing an event — small steps, replaced;
 * - "jump": a preset, typed dates, Fit all, a count badge or the overview strip clicked — a place a
 *   person went to, pushed so Back returns from it.
 */
export type WindowCause = "gesture" | "step" | "jump";
export type HistoryPolicy = "push" | "replace";

export interface WindowCommit {
  domain: TimeDomain;
  history: HistoryPolicy;
}

export interface WindowChange {
  state: WindowState;
  /** The window to write to the URL, or null when the committed window did not change. */
  commit: WindowCommit | null;
}

export function historyFor(cause: WindowCause): HistoryPolicy {
  return cause === "jump" ? "push" : "replace";
}

export function createWindowState(committed: TimeDomain, bounds: TimeDomain): WindowState {
  return { bounds, committed, live: null };
}

/** What the figure draws now. */
export function shownWindow(state: WindowState): TimeDomain {
  return state.live ?? state.committed;
}

/** A gesture moved the window: it is shown, not committed. */
export function moveWindow(state: WindowState, domain: TimeDomain): WindowState {
  const live = clampDomain(domain, state.bounds);
  return state.live && sameDomain(state.live, live) ? state : { ...state, live };
}

function commitTo(state: WindowState, domain: TimeDomain, cause: WindowCause): WindowChange {
  const committed = roundDomain(clampDomain(domain, state.bounds));
  const next = { ...state, committed, live: null };
  return { state: next, commit: sameDomain(committed, state.committed, 0) ? null : { domain: committed, history: historyFor(cause) } };
}

/** The gesture ended: its window, rounded to what the URL writes, becomes the committed one (replacing the history entry). */
export function endGesture(state: WindowState): WindowChange {
  if (!state.live) return { state, commit: null };
  return commitTo(state, state.live, "gesture");
}

/** A discrete change (a button, a key, a preset, a click on a badge or the strip): committed at once. */
export function setWindow(state: WindowState, domain: TimeDomain, cause: WindowCause): WindowChange {
  return commitTo(state, domain, cause);
}

/**
 * The URL's window changed from outside (Back, Forward, a link, the window bar): it is adopted as it is
 * written, and a gesture in progress is dropped. The echo of our own commit changes nothing.
 */
export function adoptWindow(state: WindowState, committed: TimeDomain, bounds: TimeDomain = state.bounds): WindowState {
  const sameBounds = sameDomain(bounds, state.bounds, 0);
  if (sameDomain(committed, state.committed, 0) && sameBounds) return state;
  if (sameDomain(committed, state.committed, 0)) return { ...state, bounds };
  return { bounds, committed, live: null };
}

/** A window chosen outside the figure (the window bar's presets and dates, also in the list view): the commit the figure would make. */
export function commitWindow(committed: TimeDomain, bounds: TimeDomain, domain: TimeDomain, cause: WindowCause): WindowCommit | null {
  return setWindow(createWindowState(committed, bounds), domain, cause).commit;
}
