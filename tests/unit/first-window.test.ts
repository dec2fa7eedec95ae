import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { previewFile } from "@/lib/preview/preview-set";
import { createWindowRequest } from "@/lib/view/explorer-view";
import { answerWindowRequest, windowWireOf } from "@/lib/view/first-window";
import { datasetViewContext } from "@/lib/view/view-context";
import { parseViewState } from "@/lib/view/view-state";
import { getWindowResponse } from "@/lib/window/dataset-window";
import { parseWindowParams } from "@/lib/window/params";
import { windowSearchParams } from "@/lib/query/window-query";
import { encodeWindow } from "@/lib/window/wire";

function smallSet() {
  const result = previewFile({ fileName: "timelinejs.json", text: readFileSync(path.resolve("tests/fixtures/import/timelinejs.json"), "utf8") });
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.set;
}

describe("the first paint's window answer (lib/view/first-window.ts)", () => {
  it("answers a small set's window as /api/window would, whatever the window, made once per filters", () => {
    const set = smallSet();
    expect(set.payload.window.whole).toBe(true);
    const ctx = datasetViewContext(set.data);
    const request = (query: string) => createWindowRequest(set.payload, parseViewState(new URLSearchParams(query), ctx), 900);
    const direct = (query: string) => {
      const parsed = parseWindowParams(windowSearchParams(request(query)), ctx);
      if (!parsed.ok) throw new Error("bad window parameters");
      return getWindowResponse(set.data, parsed.query, parsed.filter);
    };
    const windows = ["from=2015-01-01&to=2026-01-01", "from=2019-03-01&to=2019-04-01", "from=2002-01-01&to=2030-01-01"];
    for (const query of windows) expect(answerWindowRequest(set.data, ctx, request(query))).toEqual(direct(query));
    // A small set is asked for whole: a window never seen before reuses the answer (and its wire form) of the same filters.
    const first = answerWindowRequest(set.data, ctx, request(windows[0]!))!;
    const other = answerWindowRequest(set.data, ctx, request(windows[1]!))!;
    expect(other).toBe(first);
    expect(windowWireOf(other)).toBe(windowWireOf(first));
    expect(windowWireOf(first)).toEqual(encodeWindow(first));
    // Other filters are another answer.
    const lane = ctx.laneIds[0]!;
    const filtered = answerWindowRequest(set.data, ctx, request(`${windows[0]}&lanes=${lane}`))!;
    expect(filtered).not.toBe(first);
    expect(filtered).toEqual(direct(`${windows[0]}&lanes=${lane}`));
  });
});
