import { describe, expect, it } from "vitest";
import { STOPPED, elapsedMs, formatElapsed, pauseStopwatch, startStopwatch, planFor, formatPace, parseTarget } from "@/lib/story/timer";

describe("presenter stopwatch", () => {
  it("counts only while running and keeps time across pauses", () => {
    let watch = startStopwatch(STOPPED, 1_000);
    expect(elapsedMs(watch, 4_000)).toBe(3_000);
    watch = pauseStopwatch(watch, 5_000);
    expect(elapsedMs(watch, 60_000)).toBe(4_000);
    watch = startStopwatch(watch, 70_000);
    expect(elapsedMs(watch, 71_000)).toBe(5_000);
  });
  it("starting twice does not restart the clock", () => {
    const watch = startStopwatch(STOPPED, 1_000);
    expect(startStopwatch(watch, 9_000)).toBe(watch);
  });
  it("formats minutes and hours", () => {
    expect(formatElapsed(0)).toBe("0:00");
    expect(formatElapsed(245_900)).toBe("4:05");
    expect(formatElapsed(3_729_000)).toBe("1:02:09");
  });
});

describe("target times against the clock", () => {
  it("adds the targets up to the end of the current step, and for the whole deck", () => {
    expect(planFor([60, undefined, 90, 30], 1)).toEqual({ byEndMs: 60_000, totalMs: 180_000 });
    expect(planFor([60, undefined, 90, 30], 3)).toEqual({ byEndMs: 150_000, totalMs: 180_000 });
    expect(planFor([undefined, undefined], 1)).toBeNull();
  });

  it("says how the elapsed time stands against the plan", () => {
    expect(formatPace(40_000, 120_000)).toBe("1:20 to spare");
    expect(formatPace(165_000, 120_000)).toBe("0:45 over");
    expect(formatPace(120_400, 120_000)).toBe("on time");
  });

  it("reads a target as minutes or minutes:seconds, up to an hour", () => {
    expect(parseTarget("2")).toBe(120);
    expect(parseTarget("1:30")).toBe(90);
    expect(parseTarget(" 0:45 ")).toBe(45);
    expect(parseTarget("")).toBeUndefined();
    expect(parseTarget("1:75")).toBeNull();
    expect(parseTarget("61")).toBeNull();
    expect(parseTarget("0")).toBeNull();
    expect(parseTarget("two")).toBeNull();
  });
});
