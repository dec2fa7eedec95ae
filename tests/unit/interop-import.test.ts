import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { indexDataset } from "@/lib/data/index-dataset";
import { validateDataset } from "@/lib/data/validate";
import { detectFormat, importText, type ImportOptions } from "@/lib/interop/import";
import { formatImportProblem } from "@/lib/interop/problems";
import { parseTlTime } from "@/lib/interop/read-timelinejs-csv";
import { toDataFiles } from "@/lib/interop/bundle";
import { LANE_PALETTE } from "@/lib/interop/palette";

const FIXTURES = path.resolve("tests/fixtures/import");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");
const SOURCE = { url: "https://example.org/timeline", title: "The published timeline", publisher: "Example" };

function imported(name: string, options: Partial<ImportOptions> = {}) {
  const result = importText({ fileName: name, text: fixture(name), defaultSource: SOURCE, ...options });
  if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join("\n"));
  return result;
}

/** What data:check does to the files the CLI writes. */
function reread(dataset: Parameters<typeof toDataFiles>[0]) {
  const files = toDataFiles(dataset);
  return validateDataset({
    manifest: JSON.parse(files["dataset.json"]!),
    events: JSON.parse(files["events.json"]!),
    annotations: JSON.parse(files["annotations.json"]!),
    stories: JSON.parse(files["stories.json"]!),
  });
}

describe("format detection", () => {
  it("tells the four formats apart by content", () => {
    expect(detectFormat("a.json", fixture("timelinejs.json"))).toBe("timelinejs");
    expect(detectFormat("a.csv", fixture("timelinejs.csv"))).toBe("csv");
    expect(detectFormat("a.csv", fixture("ours.csv"))).toBe("ours-csv");
    expect(detectFormat("a.json", '{"format":"snapshots-dataset/1","manifest":{},"events":[]}')).toBe("json");
    expect(detectFormat("a.csv", "name,when\nx,y")).toMatchObject({ row: "row 1", column: "(header)" });
  });
});

describe("TimelineJS JSON", () => {
  const result = imported("timelinejs.json", { zone: "Asia/Tehran" });
  const byId = new Map(result.dataset.events.map((event) => [event.id, event]));

  it("imports to a set that data:check accepts", () => {
    expect(reread(result.dataset).ok).toBe(true);
    expect(result.dataset.events).toHaveLength(8);
  });

  it("takes the title slide as the set's title and description, text reduced to plain text", () => {
    expect(result.dataset.manifest).toMatchObject({ id: "the-talks-in-brief", title: "The Talks in Brief" });
    expect(result.dataset.manifest.description).toMatch(/^A timeline in TimelineJS3 JSON/);
  });

  it("keeps precision: missing day or month give month or year precision, hours and minutes a timed date", () => {
    expect(byId.get("deal-agreed")).toMatchObject({ date: "2015-07-14", precision: "day" });
    expect(byId.get("the-united-states-withdraws")).toMatchObject({ date: "2018-05", precision: "month" });
    expect(byId.get("step-by-step-reductions")).toMatchObject({ date: "2019", end: "2020", precision: "year" });
    expect(byId.get("night-strikes")).toMatchObject({ date: "2025-06-22T02:30", precision: "minute", zone: "Asia/Tehran" });
    expect(indexDataset(result.dataset).intervalById.get("night-strikes")![0]).toBe(Date.parse("2025-06-21T23:00Z"));
  });

  it("makes groups lanes in order of appearance with palette colours, and eras a lane of their own", () => {
    expect(result.dataset.manifest.lanes.map((lane) => [lane.id, lane.label, lane.colour])).toEqual([
      ["diplomacy", "Diplomacy", LANE_PALETTE[0]],
      ["united-states", "United States", LANE_PALETTE[1]],
      ["iran", "Iran", LANE_PALETTE[2]],
      ["eras", "Eras", "#6B6B6B"],
    ]);
    expect(byId.get("maximum-pressure")).toMatchObject({ lane: "eras", date: "2018-05", end: "2025-04", precision: "month" });
  });

  it("uses unique_id as the id, else a slug of the headline", () => {
    expect(byId.has("deal-agreed")).toBe(true);
    expect(byId.has("talks-in-muscat")).toBe(true);
  });

  it("makes media a source with its credit, and a display date the date note", () => {
    expect(byId.get("deal-agreed")!.sources).toEqual([{ title: "Foreign ministers in Vienna", publisher: "Agency", url: "https://example.org/vienna" }]);
    expect(byId.get("night-strikes")!.dateNote).toBe("Early hours of 22 June, Tehran time");
    expect(byId.get("talks-in-muscat")!.sources).toEqual([SOURCE]);
  });

  it("keeps no script, handler or javascript: URL of hostile markup, only its text", () => {
    const hostile = byId.get("hostile-markup")!;
    expect(hostile.title).toBe("Hostile markup");
    expect(hostile.summary).toBe("Safe text stays.\n\nA link");
    expect(JSON.stringify(result.dataset)).not.toMatch(/__pwned|javascript:|<script|onerror|onclick/i);
    expect(result.warnings.map(formatImportProblem)).toContain("timelinejs.json: events[4]: media.url: not an http(s) link, so not kept as a source");
  });

  it("refuses events without a source unless a default source is given, naming each", () => {
    const refused = importText({ fileName: "timelinejs.json", text: fixture("timelinejs.json") });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problems.map((p) => `${p.row}: ${p.column}`)).toEqual(["events[4]: media.url", "events[5]: media.url", "eras[0]: media.url", "eras[1]: media.url"]);
    expect(refused.problems[0]!.message).toMatch(/--source-url/);
  });

  it("is deterministic: the same file gives the same ids, and colliding slugs are numbered", () => {
    const text = JSON.stringify({
      events: [1, 2, 3].map((day) => ({ start_date: { year: 2020, month: 1, day }, text: { headline: "Talks" }, media: { url: `https://example.org/${day}` } })),
    });
    const ids = (importText({ fileName: "t.json", text }) as { dataset: { events: { id: string }[] } }).dataset.events.map((e) => e.id);
    expect(ids).toEqual(["talks", "talks-2", "talks-3"]);
  });
});

describe("TimelineJS spreadsheet CSV", () => {
  const result = imported("timelinejs.csv", { zone: "America/New_York" });
  const byId = new Map(result.dataset.events.map((event) => [event.id, event]));

  it("imports to a set that data:check accepts, title row as the set's title, era rows in the Eras lane", () => {
    expect(reread(result.dataset).ok).toBe(true);
    expect(result.dataset.manifest.title).toBe("Talks from a spreadsheet");
    expect(byId.get("the-deal-era")).toMatchObject({ lane: "eras", date: "2013-11", end: "2018-05" });
  });

  it("reads numbers with thousands separators whole, in a quoted cell and as a year", () => {
    expect(byId.get("deal-agreed-in-vienna")!.summary).toBe("Agreed after 1,234 hours of talks.");
    expect(byId.get("withdrawal")).toMatchObject({ date: "2018-05", precision: "month" });
  });

  it("reads a 12-hour time on the given clock, to a minute-precise range", () => {
    expect(byId.get("televised-address")).toMatchObject({ date: "2025-06-21T19:00", end: "2025-06-21T19:30", precision: "minute", zone: "America/New_York" });
    expect(indexDataset(result.dataset).intervalById.get("televised-address")![0]).toBe(Date.parse("2025-06-21T23:00Z"));
  });

  it("reads TimelineJS time cells as TimelineJS does", () => {
    expect(parseTlTime("7:00 PM")).toEqual({ hour: 19, minute: 0, second: undefined });
    expect(parseTlTime("12:15 a.m.")).toEqual({ hour: 0, minute: 15, second: undefined });
    expect(parseTlTime("1430")).toEqual({ hour: 14, minute: 30, second: undefined });
    expect(parseTlTime("14.30.15")).toEqual({ hour: 14, minute: 30, second: 15 });
    expect(parseTlTime("")).toBeNull();
    expect(parseTlTime("noon")).toMatch(/not a time/);
  });

  it("strips hostile markup to text", () => {
    expect(byId.get("hostile-markup")!.summary).toBe("Safe text stays.\n\nA link");
    expect(JSON.stringify(result.dataset)).not.toMatch(/__pwned|javascript:|<script|onerror|onmouseover/i);
  });
});

describe("a broken CSV", () => {
  it("names the row and column of every problem, and imports nothing", () => {
    const result = importText({ fileName: "broken.csv", text: fixture("broken.csv") });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatImportProblem)).toEqual([
      "broken.csv: row 2: Month: 13 is not a month (1–12)",
      'broken.csv: row 3: Year: "twenty" is not a whole number',
      'broken.csv: row 4: Time: "25:00" is not a time of day',
      "broken.csv: row 5: Day: 2024-02-30 is not a real calendar date",
      "broken.csv: row 6: End Year: ends (2019) before it starts (2020)",
      "broken.csv: row 7: Headline: needs a headline or text",
    ]);
  });

  it("imports the rest with partial, listing what it skipped", () => {
    const result = importText({ fileName: "broken.csv", text: fixture("broken.csv"), partial: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events.map((e) => e.id)).toEqual(["fine-row"]);
    expect(new Set(result.skipped.map((p) => p.row))).toEqual(new Set(["row 2", "row 3", "row 4", "row 5", "row 6", "row 7"]));
  });

  it("reports a quoted cell that never closes", () => {
    const result = importText({ fileName: "x.csv", text: 'title,date\nA,2020\n"B,2021\n' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatImportProblem(result.problems[0]!)).toMatch(/^x\.csv: row 3: \(csv\): Quoted field unterminated/);
  });
});

describe("our CSV", () => {
  const result = imported("ours.csv");
  const byId = new Map(result.dataset.events.map((event) => [event.id, event]));

  it("reads lists, several sources, links, times with a zone or an offset", () => {
    expect(byId.get("deal-agreed")).toMatchObject({
      actors: ["Iran", "United States", "E3"],
      tags: ["deal", "vienna"],
      sources: [
        { url: "https://example.org/vienna", title: "Deal text", publisher: "Agency" },
        { url: "https://example.org/vienna-2", title: "Second report", publisher: "Newspaper" },
      ],
      related: [{ id: "talks-in-muscat", label: "led to" }],
    });
    expect(byId.get("strikes-at-night")).toMatchObject({ zone: "Asia/Tehran", precision: "minute" });
    expect(byId.get("address")).toMatchObject({ date: "2025-06-21T22:00-04:00", end: "2025-06-21T22:20-04:00" });
    // Our CSV is plain text like our JSON: markup stays as written, to be shown as text.
    expect(byId.get("talks-in-muscat")).toMatchObject({ precision: "day", summary: "First round, <b>indirect</b>." });
  });

  it("finds lanes by id or label", () => {
    expect(result.dataset.manifest.lanes.map((lane) => [lane.id, lane.label])).toEqual([
      ["diplomacy", "Diplomacy"],
      ["united-states", "United States"],
    ]);
  });

  it("updates events with the same ids when imported into a set, instead of doubling them", () => {
    const again = importText({ fileName: "ours.csv", text: fixture("ours.csv").replace("Only the month is known.", "Changed."), into: result.dataset });
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.dataset.events).toHaveLength(5);
    expect(again.updated).toHaveLength(5);
    expect(again.added).toEqual([]);
    expect(again.dataset.events.find((e) => e.id === "withdrawal")!.summary).toBe("Changed.");
    expect(again.dataset.manifest.lanes).toHaveLength(2);
  });

  it("names row and column for a bad zone, a duplicate id and a dangling link", () => {
    const text = `id,title,date,zone,lane,source_url,related\na,A,2025-06-22T02:30,Tehran,x,https://example.org/a,\na,B,2025,,x,https://example.org/b,nowhere: led to\n`;
    const result = importText({ fileName: "bad.csv", text });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatImportProblem)).toEqual(
      expect.arrayContaining([
        'bad.csv: row 3: id: duplicate id "a" (also row 2)',
        "bad.csv: row 2: zone: must be an IANA time zone name such as Asia/Tehran or UTC",
      ]),
    );
  });
});

describe("lib/interop runs in a browser", () => {
  it("imports nothing from Node (the CLI does the file I/O)", async () => {
    const { readdirSync } = await import("node:fs");
    for (const file of readdirSync("lib/interop")) {
      const source = readFileSync(path.join("lib/interop", file), "utf8");
      expect(source, file).not.toMatch(/from "(node:|fs|path|os|child_process)|server-only/);
    }
  });
});
