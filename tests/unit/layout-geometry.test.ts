import { describe, expect, it } from "vitest";
import { CHART_SHARE, getChartGeometry } from "@/lib/chart/geometry";

describe("chart geometry", () => {
  it("fits seven lanes, callouts and the overview into about half of a 1280×800 viewport", () => {
    const g = getChartGeometry(1240, 7, true, 800);
    const total = g.detailHeight + g.overviewHeight + 42;
    expect(total).toBeLessThanOrEqual(800 * CHART_SHARE + 4);
    expect(g.laneHeight).toBeGreaterThanOrEqual(34);
  });

  it("gives lanes more room on a taller screen, up to a limit", () => {
    expect(getChartGeometry(1880, 7, true, 1080).laneHeight).toBeGreaterThan(getChartGeometry(1240, 7, true, 800).laneHeight);
    expect(getChartGeometry(1880, 2, true, 1080).laneHeight).toBe(90);
  });

  it("drops the lane-label gutter on a phone and keeps the plot inside the width", () => {
    const g = getChartGeometry(366, 7, true, 844);
    expect(g.compact).toBe(true);
    expect(g.x0).toBeLessThan(20);
    expect(g.x1).toBeLessThanOrEqual(366);
  });

  it("leaves no callout band when there is no commentary", () => {
    const g = getChartGeometry(1240, 3, false, 800);
    expect(g.calloutRows).toBe(0);
    expect(g.lanesTop).toBe(g.axisTop);
  });
});
