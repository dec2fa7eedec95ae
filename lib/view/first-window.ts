import type { IndexedDataset } from "../data/index-dataset";
import { memoize, sharedWeakMap } from "../data/memo";
import { windowSearchParams, type WindowRequest } from "../query/window-query";
import { getWindowResponse } from "../window/dataset-window";
import { parseWindowParams } from "../window/params";
import type { WindowResponse } from "../window/types";
import { encodeWindow, type WindowWire } from "../window/wire";
import type { ViewContext } from "./view-state";

/** Filter combinations whose whole-set answer is kept per data set (a small set's answer does not depend on the window). */
const WHOLE_ANSWERS = 32;

/**
 * A view's window query answered in-process, exactly as GET /api/window would answer it: the explorer's and
 * the embed's first paint, and the preview image of a shared link. A small set is asked for whole whatever the
 * window, so its answer depends only on the filters and the width bucket: it is made once per data set and
 * filters (the last 32 kept), not once per page — an explorer URL never seen before costs its render, not the query.
 */
export function answerWindowRequest(data: IndexedDataset, ctx: Pick<ViewContext, "laneIds" | "expertIds">, request: WindowRequest): WindowResponse | undefined {
  const search = windowSearchParams(request);
  const answer = () => {
    const parsed = parseWindowParams(search, ctx);
    return parsed.ok ? getWindowResponse(data, parsed.query, parsed.filter) : undefined;
  };
  if (!request.whole) return answer();
  const kept = memoize(data, "whole-window-answers", () => new Map<string, WindowResponse | undefined>());
  const key = search.toString();
  if (kept.has(key)) {
    const value = kept.get(key);
    // Most recently used last: the first key is the one to drop.
    kept.delete(key);
    kept.set(key, value);
    return value;
  }
  const value = answer();
  if (kept.size >= WHOLE_ANSWERS) kept.delete(kept.keys().next().value!);
  kept.set(key, value);
  return value;
}

const wires = sharedWeakMap<WindowResponse, WindowWire>("window-wire");

/** The answer as the window query keeps it (columns, `lib/window/wire.ts`), made once per answer. */
export function windowWireOf(response: WindowResponse): WindowWire {
  let wire = wires.get(response);
  if (!wire) {
    wire = encodeWindow(response);
    wires.set(response, wire);
  }
  return wire;
}
