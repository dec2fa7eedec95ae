import { describe, expect, it } from "vitest";
import { STOPPED, elapsedMs, formatElapsed, pauseStopwatch, startStopwatch } from "@/lib/story/timer";

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
