import { parse } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildScene } from "@/lib/scene/build-scene";
import type { Medium } from "@/lib/scene/theme";
import type { AxisTickMark, Scene } from "@/lib/scene/types";
import { createWindowIndex } from "@/lib/window/window-index";
import { testDeadline } from "../deadline";

const HOUR = 3_600_000;
const YEAR = 365.25 * 24 * HOUR;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

function axisOf(from: number, to: number, width: number, medium: Medium = "screen"): Scene["axis"] {
  const index = createWindowIndex([], ["a"], [from, to]);
  return buildScene({ medium, width, domain: [from, to], lanes: [{ id: "a", label: "A", colour: "#006CD1" }], index }).axis;
}

/** date-fns reads in local time; the tests pin TZ=UTC, so a parsed wall time is the UTC instant. */
const read = (text: string, pattern: string) => parse(text, pattern, new Date(0));

/**
 * How a person reads a tick: its own label, completed by the nearest context label to its left. The
 * context must name the tick's own year (under months), month (under days) or day (under hours).
 */
function readTick(tick: AxisTickMark, context: readonly AxisTickMark[]): number | null {
  const nearest = context.filter((c) => c.labelX <= tick.labelX).at(-1);
  if (/^\d{4}$/.test(tick.label)) return +read(tick.label, "yyyy");
  if (!nearest) return null;
  if (/^[A-Z][a-z]{2}$/.test(tick.label)) return +read(`${tick.label} ${nearest.label}`, "MMM yyyy");
  if (/^\d{1,2} [A-Z][a-z]{2}$/.test(tick.label)) {
    const month = read(nearest.label, "MMMM yyyy");
    const day = read(`${tick.label} ${month.getUTCFullYear()}`, "d MMM yyyy");
    return day.getUTCMonth() === month.getUTCMonth() ? +day : null;
  }
  if (/^\d{2}:\d{2}$/.test(tick.label)) return +read(`${nearest.label} ${tick.label}`, "EEE d MMMM yyyy 'UTC' HH:mm");
  throw new Error(`unreadable tick label ${tick.label}`);
}

function misread(axis: Scene["axis"]) {
  return axis.ticks.filter((tick) => readTick(tick, axis.context) !== tick.ms).map((tick) => ({ label: tick.label, at: new Date(tick.ms).toISOString(), context: axis.context.map((c) => c.label) }));
}

describe("context labels are true for the ticks below them", () => {
  it("a window from 17 December 2018 names 2019 at or before its first 2019 tick", () => {
    for (const width of [390, 1280, 1920]) {
      const axis = axisOf(utc(2018, 12, 17), utc(2020, 1, 16), width);
      const first2019 = axis.ticks.find((tick) => tick.ms >= utc(2019))!;
      const label = axis.context.find((c) => c.label === "2019");
      expect(label, `at ${width} px`).toBeDefined();
      expect(label!.labelX).toBeLessThanOrEqual(first2019.labelX);
      expect(misread(axis)).toEqual([]);
    }
  });

  it("a slide starting at the end of March names April over April's ticks", () => {
    const axis = axisOf(utc(2025, 3, 25), utc(2025, 5, 24), 1000, "slide");
    expect(misread(axis)).toEqual([]);
    const firstApril = axis.ticks.find((tick) => tick.ms >= utc(2025, 4))!;
    const over = axis.context.filter((c) => c.labelX <= firstApril.labelX).at(-1);
    expect(over?.label).toBe("April 2025");
  });

  it("names where the window starts when there is room", () => {
    const axis = axisOf(utc(2024, 6, 1), utc(2026, 3, 1), 1280);
    expect(axis.context.map((c) => c.label)).toEqual(["2024", "2025", "2026"]);
  });

  const window = fc.record({
    start: fc.integer({ min: utc(1950), max: utc(2060) }),
    // Log-uniform span: as many hour-long windows as decades.
    span: fc.double({ min: Math.log(HOUR), max: Math.log(50 * YEAR), noNaN: true }).map(Math.exp),
  });

  // Observable Plot keeps a table of domains; here any domain from an hour to fifty years, in every medium.
  it("500 random windows from an hour to fifty years at 390, 1280 and 1920 px: every tick reads as its true date", () => {
    fc.assert(
      fc.property(window, ({ start, span }) => {
        for (const width of [390, 1280, 1920]) {
          const axis = axisOf(start, start + span, width);
          const wrong = misread(axis);
          if (wrong.length > 0) throw new Error(`${new Date(start).toISOString()} + ${Math.round(span / HOUR)} h at ${width} px: ${JSON.stringify(wrong)}`);
          expect(axis.ticks.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500, seed: 21 },
    );
  }, testDeadline(120_000));

  it("on a slide, a projector and paper too", () => {
    fc.assert(
      fc.property(window, ({ start, span }) => {
        for (const [medium, width] of [["slide", 1600], ["projector", 1200], ["print", 1000]] as const) {
          const wrong = misread(axisOf(start, start + span, width, medium));
          if (wrong.length > 0) throw new Error(`${medium}: ${new Date(start).toISOString()} + ${Math.round(span / HOUR)} h: ${JSON.stringify(wrong)}`);
        }
      }),
      { numRuns: 150, seed: 22 },
    );
  }, testDeadline(120_000));
});
