import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { indexDataset, type IndexedDataset } from "@/lib/data/index-dataset";
import { toTimelineItem, type TimelineItem } from "@/lib/data/items";
import { readDatasetDir } from "@/lib/data/read-dir";
import { buildScene } from "@/lib/scene/build-scene";
import { layoutLinks } from "@/lib/scene/links";
import { markBox, unverifiedOutline } from "@/lib/scene/marks";
import { overlaps } from "@/lib/scene/rect-index";
import { measureText, wrapText } from "@/lib/scene/text";
import type { Rect, Scene, SceneInput } from "@/lib/scene/types";
import { createTimeScale } from "@/lib/time/scale";
import { getNoteAnchors } from "@/lib/view/explorer-data";
import { createWindowIndex, type WindowIndex } from "@/lib/window/window-index";
import { fixtureScene, loadFigureFixtures } from "./fixture-scene";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
let data: IndexedDataset;
let items: TimelineItem[];
let index: WindowIndex;

beforeAll(async () => {
  const result = await readDatasetDir(path.resolve("data"));
  if (!result.ok) throw new Error("the built-in set should load");
  data = indexDataset(result.dataset);
  items = data.events.map(toTimelineItem);
  index = createWindowIndex(items, data.lanes.map((l) => l.id), data.extent);
});

function scene(domain: [number, number], width = 866, extra: Partial<SceneInput> = {}): Scene {
  return buildScene({
    medium: "screen",
    width,
    domain,
    lanes: data.lanes,
    index,
    notes: getNoteAnchors(data),
    experts: data.manifest.experts.map((e) => e.id),
    snapshot: { ms: data.snapshotMs, label: "Expert Snapshots, April 2025" },
    ...extra,
  });
}

/** Every pair of boxes that overlap, named. */
function collisions(boxes: { name: string; box: Rect }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!.box, boxes[j]!.box)) out.push(`${boxes[i]!.name} × ${boxes[j]!.name}`);
  return out;
}

const textBoxes = (s: Scene) => [...s.labels.map((l) => ({ name: `label ${l.id}`, box: l.box })), ...s.callouts.map((c) => ({ name: `callout ${c.id}`, box: c.box }))];

describe("the one text measure", () => {
  it("measures Liberation Sans (Arial metrics) and wraps without ever cutting a word", () => {
    expect(measureText("JCPOA", 10)).toBe(Math.ceil(((500 + 722 + 667 + 778 + 667) / 1000) * 10 * 1.01));
    expect(measureText("JCPOA", 10, "bold")).toBeGreaterThan(measureText("JCPOA", 10));
    expect(wrapText("Iran strikes Al Udeid air base", 11, 120, 2)).toEqual(["Iran strikes Al", "Udeid air base"]);
    expect(wrapText("Supercalifragilisticexpialidocious", 11, 40, 2)).toBeNull();
    expect(wrapText("a b c d e f g h i j k l m n o p", 11, 20, 2)).toBeNull();
  });
});

describe("a scene of the built-in set", () => {
  const windows: [string, [number, number]][] = [
    ["2015–2025", [utc(2015), utc(2026)]],
    ["2018", [utc(2018), utc(2019)]],
    ["2024", [utc(2024), utc(2025)]],
    ["April 2025", [utc(2025, 4), utc(2025, 5)]],
    ["2002–2025", [utc(2002), utc(2026)]],
  ];
  for (const width of [866, 1526, 364]) {
    for (const [name, domain] of windows) {
      it(`at ${width} px, ${name}: no two texts overlap, no label covers a mark, labels are whole titles`, () => {
        const s = scene(domain, width);
        expect(collisions(textBoxes(s))).toEqual([]);
        for (const label of s.labels) {
          for (const mark of s.marks) expect(overlaps(label.box, { x0: mark.x0, x1: mark.x1, y0: mark.y - mark.size, y1: mark.y + mark.size }), `${label.id} over ${mark.id}`).toBe(false);
          const item = s.marks.find((m) => m.id === label.id)!.item;
          expect(label.lines.join(" ")).toBe(item.shortTitle ?? item.title);
          expect(label.box.x0).toBeGreaterThanOrEqual(s.plot.x0);
          expect(label.box.x1).toBeLessThanOrEqual(s.plot.x1);
        }
        for (const c of s.callouts) expect(c.lines.join(" ")).not.toMatch(/…$/);
      });
    }
  }

  for (const width of [866, 1526])
    it(`labels every headline event drawn in each window at ${width} px, in full`, () => {
      for (const [name, domain] of windows) {
        const s = scene(domain, width);
        const labelled = new Set(s.labels.map((l) => l.id));
        const top = s.marks.filter((m) => m.importance >= 3);
        if (name === "2015–2025") expect(top.length).toBeGreaterThan(5);
        expect(top.filter((m) => !labelled.has(m.id)).map((m) => `${name}: ${m.id}`)).toEqual([]);
      }
    });

  it("draws each mark at its time on the one scale, a month-precise one across its whole month", () => {
    const domain: [number, number] = [utc(2018), utc(2019)];
    const s = scene(domain);
    const x = createTimeScale(domain, [s.plot.x0, s.plot.x1]);
    const withdrawal = s.marks.find((m) => m.id === "us-withdraws-from-jcpoa")!;
    expect(withdrawal.kind).toBe("point");
    expect(withdrawal.cx).toBeCloseTo(x(utc(2018, 5, 8) + 43_200_000), 5);
    const month = s.marks.find((m) => m.item.precision === "month" && !m.item.isRange);
    if (month) {
      expect((month.x0 + month.x1) / 2).toBeCloseTo(x((month.item.start + month.item.end) / 2), 0);
      expect(month.x0).toBeGreaterThan(x(month.item.start) - 6);
    }
  });

  it("accounts for every event of the window once: drawn, or counted in a badge", () => {
    for (const [, domain] of windows) {
      const s = scene(domain, 364);
      const inWindow = items.filter((item) => item.end > domain[0] && item.start < domain[1]);
      const counted = s.marks.length + s.clusters.reduce((sum, c) => sum + c.count, 0);
      expect(counted).toBe(inWindow.length);
      expect(new Set([...s.marks.map((m) => m.id), ...s.clusters.flatMap((c) => c.ids)]).size).toBe(inWindow.length);
    }
  });

  it("never folds the selected event or a headline event into a badge", () => {
    const s = scene([utc(2002), utc(2026)], 364, { selectedId: "us-iran-talks-round-2-rome" });
    expect(s.marks.some((m) => m.id === "us-iran-talks-round-2-rome")).toBe(true);
    for (const c of s.clusters) for (const id of c.ids) expect(items.find((i) => i.id === id)!.importance).toBeLessThan(3);
  });

  it("keeps callouts still while zooming in: one shown in a wide window stays shown in a narrower one around it", () => {
    const wide = scene([utc(2015), utc(2026)], 1526);
    const narrow = scene([utc(2017), utc(2024)], 1526);
    const inNarrow = (id: string) => {
      const c = wide.callouts.find((c2) => c2.id === id)!;
      const at = getNoteAnchors(data).find((n) => n.id === id)!.at;
      return at > utc(2017, 3) && at < utc(2023, 10) && c;
    };
    for (const c of wide.callouts.filter((c2) => inNarrow(c2.id))) expect(narrow.callouts.map((n) => n.id)).toContain(c.id);
  });

  it("labels the links of the active event only, clear of everything drawn", () => {
    const s = scene([utc(2015), utc(2020)], 866, { selectedId: "us-withdraws-from-jcpoa" });
    const links = layoutLinks(s, data.events.flatMap((e) => e.related.map((r) => ({ from: e.id, to: r.id, label: r.label }))), new Set(["us-withdraws-from-jcpoa"]));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.from === "us-withdraws-from-jcpoa" || link.to === "us-withdraws-from-jcpoa").toBe(true);
    const texts = links.filter((l) => l.text).map((l) => ({ name: `${l.from}>${l.to}`, box: { x0: l.text!.x - l.text!.width / 2, x1: l.text!.x + l.text!.width / 2, y0: l.text!.y - 7, y1: l.text!.y + 5 } }));
    expect(collisions(texts)).toEqual([]);
    for (const t of texts) for (const box of s.boxes) expect(overlaps(t.box, box), t.name).toBe(false);
  });

  it("draws a pair linked both ways (a→b “triggered”, b→a “response to”) once, forward in time, with the earlier event's label", async () => {
    const s = fixtureScene((await loadFigureFixtures()).get("sparse")!, "screen", 866, [utc(2011), utc(2024)]);
    const links = layoutLinks(
      s,
      [
        { from: "s4", to: "s1", label: "response to" },
        { from: "s1", to: "s4", label: "triggered" },
        { from: "s1", to: "s4", label: "triggered" },
        { from: "s4", to: "s5", label: "led to" },
        { from: "s5", to: "s2", label: "recalls" },
        { from: "s5", to: "s2", label: "cites" },
      ],
      new Set(["s1", "s4", "s5"]),
    );
    expect(links.map((l) => `${l.from}>${l.to} ${l.label}`)).toEqual(["s1>s4 triggered", "s4>s5 led to", "s5>s2 recalls · cites"]);
    const s1 = s.marks.find((m) => m.id === "s1")!;
    expect(links[0]!.d.startsWith(`M${s1.cx},${s1.y}`)).toBe(true);
  });

  it("writes axis labels that neither touch nor leave the plot, down to days", () => {
    for (const domain of [[utc(2025, 3, 20), utc(2025, 4, 10)], [utc(2024, 6), utc(2024, 8)], [utc(2002), utc(2026)]] as [number, number][]) {
      const s = scene(domain);
      const boxes = s.axis.ticks.map((t) => {
        const w = measureText(t.label, s.theme.axis.size);
        const x0 = t.anchor === "start" ? t.labelX : t.anchor === "middle" ? t.labelX - w / 2 : t.labelX - w;
        return { name: t.label, box: { x0, x1: x0 + w, y0: 0, y1: 10 } };
      });
      expect(collisions(boxes)).toEqual([]);
      for (const b of boxes) {
        expect(b.box.x0).toBeGreaterThanOrEqual(s.plot.x0 - 1);
        expect(b.box.x1).toBeLessThanOrEqual(s.plot.x1 + 1);
      }
    }
  });

  it("writes a label on the side of its mark away from the snapshot line when the words fit there", () => {
    // The Rome round (19 April 2025, a headline event) sits just before the line (end of 24 April).
    const windows: [number, number][] = [
      [utc(2015), utc(2026)],
      [utc(2024), utc(2026)],
      [utc(2025, 3), utc(2025, 6)],
      [utc(2025, 4), utc(2025, 5)],
    ];
    for (const medium of ["screen", "print"] as const)
      for (const width of [866, 1200])
        for (const domain of windows) {
          const s = scene(domain, width, { medium });
          const rome = s.labels.find((l) => l.id === "us-iran-talks-round-2-rome");
          const at = `${medium} ${width} px from ${new Date(domain[0]).toISOString().slice(0, 7)}`;
          expect(rome, at).toBeDefined();
          expect(rome!.box.x1 < s.snapshot!.x || rome!.box.x0 > s.snapshot!.x, at).toBe(true);
        }
  });

  it("keeps an unverified mark's dotted outline clear of every other mark and label", () => {
    const windows: [number, number][] = [
      [utc(2015), utc(2026)],
      [utc(2024), utc(2026)],
      [utc(2025), utc(2026)],
      [utc(2025, 3), utc(2025, 6)],
      [utc(2025, 4), utc(2025, 5)],
    ];
    for (const medium of ["screen", "print"] as const)
      for (const width of [866, 1000, 1200])
        for (const domain of windows) {
          const s = scene(domain, width, { medium });
          for (const mark of s.marks.filter((m) => m.unverified)) {
            const ring = unverifiedOutline(mark, mark.y);
            const others = [
              ...s.marks.filter((m) => m.id !== mark.id).map((m) => ({ id: m.id, box: markBox(m) })),
              ...s.labels.filter((l) => l.id !== mark.id).map((l) => ({ id: `label ${l.id}`, box: l.box })),
            ];
            expect(others.filter((o) => overlaps(ring, o.box)).map((o) => o.id), `${medium} ${width} px: ${mark.id}`).toEqual([]);
          }
        }
  });

  it("puts the snapshot line at the end of its day, with its label in the strip under the lanes", () => {
    const domain: [number, number] = [utc(2025, 4), utc(2025, 5)];
    const s = scene(domain);
    const x = createTimeScale(domain, [s.plot.x0, s.plot.x1]);
    expect(s.snapshot!.x).toBeCloseTo(x(utc(2025, 4, 25)), 5);
    expect(s.snapshot!.labelY).toBeGreaterThan(s.plot.bottom);
  });
});

describe("a year-only event", () => {
  const event = (id: string, date: string, precision: "year" | "month" | "day") =>
    toTimelineItem({ id, title: `Event ${id}`, summary: "s", date, precision, lane: "a", actors: [], tags: [], sources: [], related: [], importance: 2 } as never);
  const lanes = [{ id: "a", label: "A", colour: "#006CD1" }];

  it.each([
    ["inside its year, drawn across the whole window", [utc(2019, 3), utc(2019, 9)]],
    ["in a window of a few years", [utc(2016), utc(2023)]],
  ] as const)("gets a label like the other precisions: %s", (_, domain) => {
    const all = [event("year", "2019", "year"), event("month", "2019-05", "month"), event("day", "2019-05-20", "day")];
    const s = buildScene({ medium: "screen", width: 1000, domain: [...domain], lanes, index: createWindowIndex(all, ["a"], [utc(2010), utc(2030)]) });
    expect(s.labels.map((l) => l.lines.join(" "))).toContain("Event year");
    expect(collisions(textBoxes(s))).toEqual([]);
  });
});

describe("lane names", () => {
  it.each(["screen", "print", "slide", "projector"] as const)("are whole in the gutter on %s (“Nuclear programme” is not cut)", (medium) => {
    const s = scene([utc(2015), utc(2026)], 1200, { medium });
    for (const lane of s.lanes) expect(lane.labelX + measureText(lane.label, s.theme.laneLabel.size, s.theme.laneLabel.weight)).toBeLessThanOrEqual(s.plot.x0 - 8);
  });
});
