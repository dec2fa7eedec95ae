import { describe, expect, it } from "vitest";
import { DAY_MS, HOUR_MS } from "@/lib/time/partial-date";
import type { TimeDomain } from "@/lib/time/scale";
import { centreDomain, clampDomain, constrainTransform, dayEdges, domainToTransform, intervalDomain, MIN_SPAN_MS, parseWindowEdges, roundDomain, transformToDomain, wholeDays, windowEdges, windowOfStep, zoomDomain } from "@/lib/view/domain";
import { adoptWindow, createWindowState, endGesture, moveWindow, setWindow, shownWindow } from "@/lib/view/window-controller";

const utc = (y: number, m = 1, d = 1, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);
const BOUNDS: TimeDomain = [utc(2002, 7, 1), utc(2026, 1, 1)];
const URL_WINDOW: TimeDomain = [utc(2015), utc(2025, 7, 1)];

/** The window a URL written from `domain` reads back as (what the explorer draws after a commit). */
function throughUrl(domain: TimeDomain): TimeDomain {
  const { from, to } = windowEdges(domain);
  return parseWindowEdges(from, to)!;
}

describe("window controller: gestures", () => {
  it("shows a gesture's window without committing it, and commits it rounded when the gesture ends", () => {
    let state = createWindowState(URL_WINDOW, BOUNDS);
    state = moveWindow(state, [utc(2016, 3, 4, 5, 6), utc(2019, 8, 9, 10, 11)]);
    expect(state.committed).toEqual(URL_WINDOW);
    expect(shownWindow(state)).toEqual([utc(2016, 3, 4, 5, 6), utc(2019, 8, 9, 10, 11)]);
    const ended = endGesture(state);
    expect(ended.state.live).toBeNull();
    // Three years wide: whole days, each edge to the nearest.
    expect(ended.commit).toEqual({ domain: [utc(2016, 3, 4), utc(2019, 8, 9)], history: "replace" });
    expect(shownWindow(ended.state)).toEqual(ended.commit!.domain);
  });

  it("after the gesture, the window shown is exactly the one the URL reads back", () => {
    const windows: TimeDomain[] = [
      [utc(2016, 3, 4, 5, 6), utc(2019, 8, 9, 10, 11)],
      [utc(2024, 2, 3, 13, 17), utc(2024, 4, 1, 2, 59)],
      [utc(2025, 6, 21, 18, 7), utc(2025, 6, 22, 1, 41)],
      [utc(2025, 6, 21, 18, 7), utc(2025, 6, 21, 18, 50)],
    ];
    for (const window of windows) {
      const { state } = endGesture(moveWindow(createWindowState(URL_WINDOW, BOUNDS), window));
      expect(throughUrl(state.committed)).toEqual(state.committed);
    }
  });

  it("moves the window by no more than 1/500 of its width when rounding it for the URL", () => {
    for (let i = 0; i < 500; i++) {
      const span = MIN_SPAN_MS * Math.exp((i / 500) * Math.log((BOUNDS[1] - BOUNDS[0]) / MIN_SPAN_MS / 2));
      const from = BOUNDS[0] + ((i * 7919) % 997) / 997 * (BOUNDS[1] - BOUNDS[0] - span);
      const window: TimeDomain = [from, from + span];
      const rounded = roundDomain(window);
      expect(Math.abs(rounded[0] - window[0])).toBeLessThanOrEqual(Math.max(span / 1000, 30_000) + 1);
      expect(Math.abs(rounded[1] - window[1])).toBeLessThanOrEqual(Math.max(span / 500, 60_000) + 1);
      expect(roundDomain(rounded)).toEqual(rounded);
    }
  });

  it("ends a gesture that never moved without a commit", () => {
    const state = createWindowState(URL_WINDOW, BOUNDS);
    expect(endGesture(state)).toEqual({ state, commit: null });
  });

  it("commits nothing when the gesture comes back to the committed window", () => {
    const state = moveWindow(createWindowState(URL_WINDOW, BOUNDS), [URL_WINDOW[0] + 3_000, URL_WINDOW[1] + 3_000]);
    expect(endGesture(state).commit).toBeNull();
  });
});

describe("window controller: clamping", () => {
  it("keeps a pan inside the bounds, keeping its width", () => {
    const state = moveWindow(createWindowState(URL_WINDOW, BOUNDS), [utc(1990), utc(2000, 6, 1)]);
    expect(state.live![0]).toBe(BOUNDS[0]);
    expect(state.live![1] - state.live![0]).toBe(utc(2000, 6, 1) - utc(1990));
  });

  it("never zooms in past an hour nor out past the bounds", () => {
    const narrow = moveWindow(createWindowState(URL_WINDOW, BOUNDS), [utc(2020, 1, 1, 12), utc(2020, 1, 1, 12, 5)]);
    expect(narrow.live![1] - narrow.live![0]).toBe(MIN_SPAN_MS);
    const wide = setWindow(createWindowState(URL_WINDOW, BOUNDS), [utc(1900), utc(2100)], "step");
    expect(wide.state.committed).toEqual(BOUNDS);
  });

  it("clamps d3-zoom's transform with the same rule (its constrain), so d3 never holds a window the figure would not draw", () => {
    const range: [number, number] = [124, 1264];
    const inside = domainToTransform([utc(2010), utc(2012)], BOUNDS, range);
    expect(constrainTransform(inside, BOUNDS, range)).toEqual(inside);
    // Panned past the start: the same window as clampDomain gives.
    const past = domainToTransform([utc(1999), utc(2001)], BOUNDS, range);
    const constrained = transformToDomain(constrainTransform(past, BOUNDS, range), BOUNDS, range);
    const clamped = clampDomain([utc(1999), utc(2001)], BOUNDS);
    expect(constrained[0]).toBeCloseTo(clamped[0], -2);
    expect(constrained[1]).toBeCloseTo(clamped[1], -2);
    // Zoomed out past the bounds: the bounds.
    const out = transformToDomain(constrainTransform({ k: 0.5, x: 0 }, BOUNDS, range), BOUNDS, range);
    expect(out[0]).toBeCloseTo(BOUNDS[0], -2);
    expect(out[1]).toBeCloseTo(BOUNDS[1], -2);
  });

  it("converts between windows and transforms both ways", () => {
    const range: [number, number] = [8, 382];
    const window: TimeDomain = [utc(2019, 5, 1), utc(2020, 2, 1)];
    const back = transformToDomain(domainToTransform(window, BOUNDS, range), BOUNDS, range);
    expect(back[0]).toBeCloseTo(window[0], -1);
    expect(back[1]).toBeCloseTo(window[1], -1);
  });
});

describe("window controller: history policy", () => {
  it("replaces the entry for gestures and steps, pushes one for jumps", () => {
    const state = createWindowState(URL_WINDOW, BOUNDS);
    expect(endGesture(moveWindow(state, [utc(2016), utc(2020)])).commit!.history).toBe("replace");
    expect(setWindow(state, zoomDomain(URL_WINDOW, 1.6, BOUNDS), "step").commit!.history).toBe("replace");
    expect(setWindow(state, [utc(2018), utc(2019)], "jump").commit!.history).toBe("push");
  });

  it("adopts a window from the URL (Back, a link) as written, dropping a gesture in progress", () => {
    const moving = moveWindow(createWindowState(URL_WINDOW, BOUNDS), [utc(2016), utc(2020)]);
    const back = adoptWindow(moving, [utc(2018, 2, 3), utc(2018, 5, 6)]);
    expect(back.live).toBeNull();
    expect(shownWindow(back)).toEqual([utc(2018, 2, 3), utc(2018, 5, 6)]);
  });

  it("ignores the echo of its own commit and keeps the same state object (no re-render)", () => {
    const { state, commit } = setWindow(createWindowState(URL_WINDOW, BOUNDS), [utc(2018), utc(2019, 6, 1)], "jump");
    expect(adoptWindow(state, throughUrl(commit!.domain))).toBe(state);
  });

  it("takes new bounds (a window asked for beyond the set widens them) without moving the window", () => {
    const state = createWindowState(URL_WINDOW, BOUNDS);
    const wider: TimeDomain = [utc(1990), BOUNDS[1]];
    const next = adoptWindow(state, URL_WINDOW, wider);
    expect(next.bounds).toEqual(wider);
    expect(next.committed).toBe(state.committed);
  });
});

describe("window rules (lib/view/domain.ts)", () => {
  it("reads a day-only `to` as including that day, and writes it back the same way", () => {
    expect(parseWindowEdges("2015-01-01", "2025-06-30")).toEqual([utc(2015), utc(2025, 7, 1)]);
    expect(windowEdges([utc(2015), utc(2025, 7, 1)])).toEqual({ from: "2015-01-01", to: "2025-06-30" });
    expect(dayEdges([utc(2015), utc(2025, 7, 1)])).toEqual({ from: "2015-01-01", to: "2025-06-30" });
    expect(dayEdges([utc(2015), utc(2025, 6, 30, 12)])).toEqual({ from: "2015-01-01", to: "2025-06-30" });
  });

  it("reads a story step whose `to` is not after its `from` as that one day", () => {
    expect(windowOfStep("2025-04-12", "2025-04-12")).toEqual([utc(2025, 4, 12), utc(2025, 4, 13)]);
    expect(windowOfStep("2025-04-12", "2025-04-01")).toEqual([utc(2025, 4, 12), utc(2025, 4, 13)]);
  });

  it("covers every day a window touches in whole days (reports, story steps)", () => {
    expect(wholeDays([utc(2025, 4, 12, 6), utc(2025, 4, 14, 1)])).toEqual([utc(2025, 4, 12), utc(2025, 4, 15)]);
    expect(wholeDays([utc(2025, 4, 12), utc(2025, 4, 12)])).toEqual([utc(2025, 4, 12), utc(2025, 4, 13)]);
  });

  it("centres a window on a click and zooms into a badge's interval with air", () => {
    expect(centreDomain([utc(2015), utc(2015, 1, 11)], utc(2020))).toEqual([utc(2020) - 5 * DAY_MS, utc(2020) + 5 * DAY_MS]);
    const badge = intervalDomain([utc(2020), utc(2020, 1, 11)]);
    expect(badge).toEqual([utc(2020) - 1.5 * DAY_MS, utc(2020, 1, 11) + 1.5 * DAY_MS]);
    expect(intervalDomain([utc(2020), utc(2020)])).toEqual([utc(2020) - HOUR_MS, utc(2020) + HOUR_MS]);
  });
});
