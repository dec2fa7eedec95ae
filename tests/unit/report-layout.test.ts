import { describe, expect, it } from "vitest";
import type { TimelineItem } from "@/lib/data/items";
import { fitLabels } from "@/lib/layout/fit-labels";
import type { PlacedMark } from "@/lib/layout/static-layout";
import { cssString } from "@/lib/report/css-string";
import { isLandscapeFigure } from "@/lib/report/figure-orientation";
import { labelPriority } from "@/lib/report/label-priority";
import { contentHeightMm } from "@/lib/report/page-geometry";
import { formatGenerated, formatPeriod, reportFileName, reportWindow } from "@/lib/report/period";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const item = (id: string, title: string, start = 0, isRange = false): TimelineItem => ({
  id, title, lane: "a", start, end: start + 1, precision: "day", isRange, dateLabel: "",
});
const mark = (id: string, title: string, x: number, y = 20): PlacedMark => ({ item: item(id, title), kind: "point", x0: x - 5, x1: x + 5, y });

describe("figure labels", () => {
  it("writes a title right of its mark when the row has room", () => {
    expect(fitLabels([mark("a", "Deal", 100)], ["a"], { x0: 0, x1: 500 })).toEqual([{ id: "a", title: "Deal", x: 109, y: 20, anchor: "start" }]);
  });

  it("goes left at the right edge and skips a label that would cover another mark", () => {
    const marks = [mark("a", "Long title here", 480), mark("b", "Blocked", 100), mark("c", "x", 115)];
    const placed = fitLabels(marks, ["a", "b"], { x0: 0, x1: 500 });
    expect(placed.map((p) => [p.id, p.anchor])).toEqual([["a", "end"], ["b", "end"]]);
    expect(placed[1]!.x).toBe(91);
  });

  it("keeps the first-priority label when two would collide, and ignores other rows", () => {
    const marks = [mark("a", "Alpha alpha", 100), mark("b", "Beta", 120, 20), mark("c", "Gamma", 100, 34)];
    const placed = fitLabels(marks, ["b", "a", "c"], { x0: 0, x1: 300 }).map((p) => p.id);
    expect(placed).toContain("b");
    expect(placed).toContain("c");
  });

  it("ranks the selected event, then commented events, then ranges, then by date", () => {
    const items = [item("late", "", 3), item("range", "", 2, true), item("noted", "", 4), item("early", "", 1), item("sel", "", 5)];
    expect(labelPriority(items, new Set(["noted"]), "sel")).toEqual(["sel", "noted", "range", "early", "late"]);
  });
});

describe("report period and names", () => {
  it("covers whole days with the last day included", () => {
    expect(reportWindow([utc(2015), utc(2025, 6, 30)])).toEqual([utc(2015), utc(2025, 7, 1)]);
  });

  it.each([
    [[utc(2015), utc(2025, 7, 1)], "January 2015 – June 2025"],
    [[utc(2015), utc(2025)], "2015–2024"],
    [[utc(2015, 3, 4), utc(2015, 3, 20)], "4–19 March 2015"],
    [[utc(2015, 1, 1), utc(2025, 6, 30)], "1 January 2015 – 29 June 2025"],
  ] as const)("states %j as %s", (window, label) => {
    expect(formatPeriod(window)).toBe(label);
  });

  it("names the file after the data set and the first and last day", () => {
    expect(reportFileName("us-iran-nuclear", [utc(2015), utc(2025, 7, 1)])).toBe("us-iran-nuclear_2015-01-01_2025-06-30.pdf");
  });

  it("stamps the generation time in UTC", () => {
    expect(formatGenerated(Date.UTC(2026, 10, 27, 9, 5))).toBe("27 November 2026, 09:05 UTC");
  });

  it("turns the figure page sideways for long or crowded periods unless told otherwise", () => {
    expect(isLandscapeFigure("auto", [utc(2015), utc(2025)], 5)).toBe(true);
    expect(isLandscapeFigure("auto", [utc(2025), utc(2025, 6)], 5)).toBe(false);
    expect(isLandscapeFigure("auto", [utc(2025), utc(2025, 6)], 40)).toBe(true);
    expect(isLandscapeFigure("portrait", [utc(2015), utc(2025)], 40)).toBe(false);
  });
});

describe("running header text", () => {
  it("cannot break out of the CSS string or the style element", () => {
    const css = cssString('Bad "title" </style><script>x</script>\\');
    expect(css.startsWith('"') && css.endsWith('"')).toBe(true);
    expect(css.slice(1, -1)).not.toMatch(/[<>"\n]|\\$/);
    expect(cssString("US–Iran: talks, 2025")).toBe('"US–Iran: talks, 2025"');
  });
});

describe("page geometry", () => {
  it("gives the cover the printable height of its page, less a millimetre", () => {
    expect(contentHeightMm("a4", true)).toBe(176);
    expect(contentHeightMm("a4", false)).toBe(263);
    expect(contentHeightMm("letter", true)).toBe(181);
  });
});
