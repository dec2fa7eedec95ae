import type { IndexedDataset } from "../data/index-dataset";
import { windowSearchParams, type WindowRequest } from "../query/window-query";
import { getWindowResponse } from "../window/dataset-window";
import { parseWindowParams } from "../window/params";
import type { WindowResponse } from "../window/types";
import type { ViewContext } from "./view-state";

/**
 * A view's window query answered in-process, exactly as GET /api/window would answer it: the explorer's and
 * the embed's first paint, and the preview image of a shared link.
 */
export function answerWindowRequest(data: IndexedDataset, ctx: Pick<ViewContext, "laneIds" | "expertIds">, request: WindowRequest): WindowResponse | undefined {
  const parsed = parseWindowParams(windowSearchParams(request), ctx);
  return parsed.ok ? getWindowResponse(data, parsed.query, parsed.filter) : undefined;
}
