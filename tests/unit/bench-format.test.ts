import { describe, expect, it } from "vitest";
import { checkTargets, type BenchSet, type Row } from "@/scripts/bench/format";
import type { Measurement } from "@/scripts/bench/measure";

const builtIn: BenchSet = { name: "built-in", size: null, spread: null };
const measured = (drawnMs: number | null): Measurement => ({
  fcpMs: 100, drawnMs, zoomMs: 200, frameP50: 8, frameP95: 16, heapBytes: null, htmlBytes: 0, htmlRawBytes: 0, jsBytes: 0, dataBytes: 0,
  jsGzipBytes: 0, firstLoadJsGzipBytes: 0, renderBlockingSheets: 1, gestureScriptMs: null, gestureLayoutMs: null,
  drawP50: null, drawP95: null, sceneP50: null, sceneP95: null, draws: 0, blocked: [],
});
const row = (tool: string, drawnMs: number | null): Row => ({ set: builtIn, tool, runs: 1, m: measured(drawnMs) });
const drawnTarget = (rows: Row[]) => checkTargets(rows, [builtIn]).find((t) => t.target.startsWith("fully drawn"));

describe("the bench's 'fully drawn' target", () => {
  it("compares with the faster peer measured in the same run", () => {
    expect(drawnTarget([row("Snapshots", 300), row("vis-timeline", 500), row("TimelineJS", 1000)])).toEqual({ target: "fully drawn ≤ 0.5× the faster peer", set: "built-in", value: "0.60× (300 ms vs vis-timeline 500 ms)", met: false });
  });

  it("says a peer over the cap is over the cap", () => {
    expect(drawnTarget([row("Snapshots", 300), row("vis-timeline", null)])?.value).toMatch(/^< 0\.\d+× \(300 ms vs vis-timeline > cap\)$/);
  });

  it("says no peer was measured when the run left every peer out, and does not call it met or missed", () => {
    const target = drawnTarget([row("Snapshots", 300)]);
    expect(target).toEqual({ target: "fully drawn ≤ 0.5× the faster peer", set: "built-in", value: "300 ms, no peer measured", met: null });
    expect(target?.value).not.toContain("undefined");
  });
});
