import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createQueryClient } from "@/lib/query/client";
import { answerLocally } from "@/lib/query/fetch-json";
import { windowQueryOptions } from "@/lib/query/window-query";
import { eventQueryOptions } from "@/lib/query/event";
import { searchQueryOptions } from "@/lib/query/search";
import { fileSource, previewFile } from "@/lib/preview/preview-set";
import { createWindowRequest } from "@/lib/view/explorer-view";
import { answerWindowRequest } from "@/lib/view/first-window";
import { datasetViewContext } from "@/lib/view/view-context";
import { parseViewState } from "@/lib/view/view-state";
import { decodeWindow } from "@/lib/window/wire";

const fixture = (name: string) => readFileSync(path.resolve("tests/fixtures/import", name), "utf8");

function preview(name: string, partial = false) {
  const result = previewFile({ fileName: name, text: fixture(name), partial });
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.set;
}

describe("previewing a file in the browser", () => {
  it("imports TimelineJS JSON as the CLI would, and gives the explorer its payload", () => {
    const set = preview("timelinejs.json");
    expect(set.payload.title).toBe("The Talks in Brief");
    expect(set.payload.window.total).toBe(8);
    expect(set.payload.window.whole).toBe(true);
    expect(set.payload.window.key).toMatch(/^preview-\d+$/);
    expect(set.data.eventById.get("hostile-markup")?.title).toBe("Hostile markup");
  });

  it("reads every format the import reads: the TimelineJS sheet, our CSV and a data-set JSON", () => {
    expect(preview("timelinejs.csv").payload.window.total).toBe(7);
    expect(preview("ours.csv").payload.window.total).toBeGreaterThan(0);
    const bundle = JSON.stringify({ format: "snapshots-dataset/1", ...JSON.parse(JSON.stringify(preview("ours.csv").data, (key, value) => (value instanceof Map ? undefined : value))) });
    expect(previewFile({ fileName: "set.json", text: bundle }).ok).toBe(true);
  });

  it("lists what cannot be imported as file: row N: column: problem, and nothing is previewed", () => {
    const result = previewFile({ fileName: "broken.csv", text: fixture("broken.csv") });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContain("broken.csv: row 2: Month: 13 is not a month (1–12)");
    expect(result.problems).toContain("broken.csv: row 6: End Year: ends (2019) before it starts (2020)");
    for (const problem of result.problems) expect(problem).toMatch(/^broken\.csv: row \d+: [^:]+: /);
  });

  it("previews the rows that import when asked, and lists the others", () => {
    const set = preview("broken.csv", true);
    expect(set.data.events.map((event) => event.title)).toEqual(["Fine row"]);
    expect(set.skipped).toHaveLength(6);
  });

  it("cites the file itself for rows without a source, at an address that never resolves", () => {
    expect(fileSource("my timeline.csv")).toEqual({ title: "my timeline.csv", publisher: "The previewed file (not published)", url: "https://preview.invalid/my%20timeline.csv" });
  });
});

describe("a previewed set's queries are answered locally", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("with the very window the server would answer, and never by fetch", async () => {
    const fetch = vi.fn(() => Promise.reject(new Error("a preview must not fetch")));
    vi.stubGlobal("fetch", fetch);
    const set = preview("timelinejs.json");
    const client = createQueryClient();
    answerLocally(client, set.answer);
    const ctx = datasetViewContext(set.data);
    const view = parseViewState(new URLSearchParams("from=2015-01-01&to=2026-01-01"), ctx);
    const request = createWindowRequest(set.payload, view, 900);
    const local = decodeWindow(await client.fetchQuery(windowQueryOptions(request)));
    expect(local).toEqual(answerWindowRequest(set.data, ctx, request));
    expect(local.items.map((item) => item.id)).toContain("night-strikes");
    const detail = await client.fetchQuery(eventQueryOptions("hostile-markup"));
    expect(detail.summary).toContain("Safe text stays.");
    expect(detail.summary).not.toMatch(/<|onerror|javascript:/i);
    const search = await client.fetchQuery(searchQueryOptions({ q: "strikes" }));
    expect(search.results.map((result) => result.id)).toEqual(["night-strikes"]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("refuses what only the server has, without asking it", () => {
    const set = preview("timelinejs.json");
    expect(() => set.answer("/api/export", new URLSearchParams("format=csv"))).toThrow(/not available for a file previewed/);
    expect(() => set.answer("/api/events/Not An Id", new URLSearchParams())).toThrow(/Malformed event id/);
    expect(() => set.answer("/api/window", new URLSearchParams("from=2020-01-01&to=2019-01-01"))).toThrow(/Malformed window/);
  });
});
