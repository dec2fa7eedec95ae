import { pptxInputOf } from "../../components/present/deck-pptx";
import type { HandoutProps } from "../../components/report/HandoutDocument";
import type { Source } from "../schema";
import type { DeckData } from "../story/deck-data";
import type { SlideSheet } from "../story/slide-sheet";
import type { Slide } from "../story/slides";
import { buildPptx, type PptxInput } from "./pptx";
import { svgToPng } from "./raster";

/**
 * The heavy, native or unbounded work a request can set off, as plain serialisable jobs: what the
 * render pool's child processes run (server/render-worker.ts), so a resvg panic, an out-of-memory or a
 * stall takes one child with it, never the server. Each job is priced before it is sent (the deck's
 * limits, lib/story/budget.ts; the pixel limit, raster.ts).
 */
export type RenderJob =
  /** An SVG rasterised by resvg at `scale` (checked first: raster.ts). */
  | { kind: "png"; svg: string; scale: number }
  /** A whole deck as a .pptx: every step laid out and its figure painted as shapes here, then the file assembled. */
  | { kind: "pptx"; input: PptxJobInput }
  /**
   * A briefing's handout (/report?deck=… or ?story=…, and so its PDF): every step's figure drawn and the
   * whole document written as HTML (HandoutContent), returned as a string the page inserts. Made by the
   * pool's children only (server/render-worker.ts: react-dom/server cannot run in Next's server bundles).
   */
  | { kind: "handout"; input: HandoutProps }
  /** For tests of the pool itself: busy-waits, throws, or dies the way a native crash does. */
  | { kind: "probe"; action: "sleep" | "throw" | "abort"; ms?: number };

export interface PptxJobInput extends Omit<PptxInput, "slides"> {
  deck: Pick<DeckData, "items" | "lanes" | "asOf" | "links">;
  slides: { slide: Pick<Slide, "domain" | "lanes">; sheet: SlideSheet; window: string }[];
  sources: Source[];
}

export type RenderResult = { png: Uint8Array; width: number; height: number } | Uint8Array | string | null;

export async function runRenderJob(job: RenderJob): Promise<RenderResult> {
  switch (job.kind) {
    case "png":
      return svgToPng(job.svg, job.scale);
    case "pptx":
      return buildPptx(pptxInputOf(job.input));
    case "handout":
      throw new Error("a handout is made by the render pool's children (server/render-worker.ts)");
    case "probe":
      if (job.action === "throw") throw new Error("probe: thrown on purpose");
      if (job.action === "abort") process.abort();
      for (const end = Date.now() + (job.ms ?? 1000); Date.now() < end; );
      return null;
  }
}
