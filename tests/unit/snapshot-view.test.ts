import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { indexDataset, withSnapshot, type IndexedDataset } from "@/lib/data/index-dataset";
import { readDatasetDir } from "@/lib/data/read-dir";
import { validateDataset } from "@/lib/data/validate";
import { hasCommentary } from "@/lib/data/snapshots";
import { slideContextOf, toDeckData } from "@/lib/story/deck-data";
import { describeSlide } from "@/lib/story/slide-sheet";
import { toSlide } from "@/lib/story/slides";
import { getEventDetail } from "@/lib/view/event-detail";
import { getCommentary } from "@/lib/view/explorer-data";
import { noteWritten } from "@/lib/view/note-written";
import { datasetViewContext } from "@/lib/view/view-context";
import { parseViewState, serializeViewState } from "@/lib/view/view-state";

const autumn = JSON.parse(readFileSync(path.resolve("tests/fixtures/desk-snapshot/autumn.json"), "utf8"));
let data: IndexedDataset;

beforeAll(async () => {
  const loaded = await readDatasetDir(path.resolve("tests/fixtures/desk"));
  const raw = loaded.raw as { manifest: { snapshots: object[] }; annotations: object[] };
  const source = autumn.snapshot.source;
  const checked = validateDataset({
    ...loaded.raw,
    manifest: { ...raw.manifest, snapshots: [...raw.manifest.snapshots, autumn.snapshot] },
    annotations: [...raw.annotations, ...autumn.notes.map((note: object) => ({ ...note, snapshot: "autumn-2025", source }))],
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  data = indexDataset(checked.dataset);
});

describe("a set with two commentary snapshots", () => {
  it("shows the latest: its notes, its line, its label", () => {
    expect(data.snapshot.id).toBe("autumn-2025");
    expect(data.annotations.map((note) => note.id)).toEqual(["ben-inspections-autumn"]);
    expect(data.manifest.asOf).toBe("2025-10-02");
    expect(data.manifest.asOfLabel).toBe("Autumn notes, October 2025");
    expect(data.snapshotMs).toBe(Date.UTC(2025, 9, 3));
    expect(data.annotationsByEvent.get("talks-round-2")).toBeUndefined();
    expect(data.allAnnotations).toHaveLength(4);
  });

  it("shows an earlier one on request, sharing the events", () => {
    const spring = withSnapshot(data, "spring-2025");
    expect(spring.snapshot.id).toBe("spring-2025");
    expect(spring.annotations.map((note) => note.id)).toEqual(["ada-talks-legitimacy", "ada-withdrawal", "ben-framework"]);
    expect(spring.manifest.asOfLabel).toBe("Spring notes, April 2025");
    expect(spring.snapshotMs).toBe(Date.UTC(2025, 3, 20));
    expect(spring.annotationsByEvent.get("talks-round-2")!.map((note) => note.id)).toEqual(["ada-talks-legitimacy", "ben-framework"]);
    expect(spring.events).toBe(data.events);
    expect(withSnapshot(data, "no-such-snapshot")).toBe(data);
  });

  it("lists them latest first for the explorer's switcher", () => {
    expect(getCommentary(data)).toMatchObject({ shown: "autumn-2025", latest: "autumn-2025", snapshots: [{ id: "autumn-2025" }, { id: "spring-2025", label: "Spring notes, April 2025" }] });
  });

  it("keeps an earlier snapshot in the URL, and drops the latest or an unknown one", () => {
    const ctx = datasetViewContext(data);
    expect(parseViewState({ snapshot: "spring-2025" }, ctx).snapshot).toBe("spring-2025");
    expect(parseViewState({ snapshot: "autumn-2025" }, ctx).snapshot).toBeNull();
    expect(parseViewState({ snapshot: "winter" }, ctx).snapshot).toBeNull();
    expect(serializeViewState(parseViewState({ snapshot: "spring-2025", from: "2025-01-01", to: "2025-12-31" }, ctx), ctx).toString()).toBe("from=2025-01-01&to=2025-12-31&snapshot=spring-2025");
  });
});

describe("notes dated by their own snapshot", () => {
  const noteById = (id: string) => data.allAnnotations.find((note) => note.id === id)!;

  it("dates each note by the snapshot it belongs to, whichever snapshot is shown", () => {
    expect(noteWritten(data, noteById("ada-talks-legitimacy")).label).toBe("April 2025");
    expect(noteWritten(data, noteById("ben-inspections-autumn")).label).toBe("October 2025");
    expect(noteWritten(withSnapshot(data, "spring-2025"), noteById("ben-inspections-autumn")).snapshot.id).toBe("autumn-2025");
  });

  it("shows an earlier snapshot's notes beside their event with that snapshot's date", () => {
    const detail = getEventDetail(withSnapshot(data, "spring-2025"), "talks-round-2")!;
    expect(detail.annotations.map((note) => [note.id, note.written])).toEqual([
      ["ada-talks-legitimacy", "April 2025"],
      ["ben-framework", "April 2025"],
    ]);
  });

  it("marks a quoted note on a slide past its own snapshot's line with its own label", () => {
    const deck = toDeckData(data);
    const slide = (to: string) => toSlide({ title: "T", summary: "", from: "2025-01-01", to, events: [], notes: "", quotes: ["ada-talks-legitimacy", "ben-inspections-autumn"] }, slideContextOf(deck));
    expect(describeSlide(slide("2025-12-31"), deck).quotes.map((q) => q.written)).toEqual(["Spring notes, April 2025", "Autumn notes, October 2025"]);
    expect(describeSlide(slide("2025-06-30"), deck).quotes.map((q) => q.written)).toEqual(["Spring notes, April 2025", null]);
  });
});

describe("commentary UI only where there is commentary", () => {
  it("counts notes in every snapshot, not only the one shown", () => {
    expect(hasCommentary(data)).toBe(true);
    expect(hasCommentary(withSnapshot(data, "spring-2025"))).toBe(true);
    expect(hasCommentary({ allAnnotations: [] })).toBe(false);
  });
});
