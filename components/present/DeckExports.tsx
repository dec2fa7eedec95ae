"use client";

import { useMemo } from "react";
import { ProgressDownload } from "@/components/export/ProgressDownload";
import type { Story } from "@/lib/schema";
import { ADHOC_STORY_ID } from "@/lib/story/adhoc";
import { handoutHref, handoutPdfHref, pptxHref, slideImageHref, type DeckRef } from "@/lib/story/links";
import { encodeShare } from "@/lib/story/share";

export type ExportKind = "pptx" | "slide-png" | "slide-svg" | "handout" | "handout-pdf";

/**
 * The deck a download names. A data set story or a shared link names itself; this browser's
 * briefing travels in the share encoding, and when it is too long for a link the PowerPoint is
 * posted instead (the other downloads then say why they are not offered).
 */
export function useExportRef(deckRef: DeckRef, story: Story): { ref: DeckRef | null; encoded: string; message: string | null } {
  return useMemo(() => {
    if (!("story" in deckRef) || deckRef.story !== ADHOC_STORY_ID) return { ref: deckRef, encoded: "", message: null };
    const result = encodeShare(story);
    return result.ok ? { ref: { deck: result.encoded }, encoded: result.encoded, message: null } : { ref: null, encoded: result.encoded, message: result.message };
  }, [deckRef, story]);
}

const LABELS: Record<ExportKind, string> = {
  pptx: "PowerPoint",
  "slide-png": "Slide PNG",
  "slide-svg": "Slide SVG",
  handout: "Handout",
  "handout-pdf": "Handout PDF",
};

interface DeckExportsProps {
  deckRef: DeckRef;
  story: Story;
  step: number;
  kinds: ExportKind[];
  className?: string;
}

/** Download links for a deck: PowerPoint, the current slide as PNG (2×) or SVG, the printable handout and its PDF. */
export function DeckExports({ deckRef, story, step, kinds, className }: DeckExportsProps) {
  const { ref, encoded, message } = useExportRef(deckRef, story);
  const href = (kind: ExportKind, r: DeckRef) =>
    kind === "pptx"
      ? pptxHref(r)
      : kind === "handout"
        ? handoutHref(r)
        : kind === "handout-pdf"
          ? handoutPdfHref(r)
          : slideImageHref(r, step, kind === "slide-png" ? "png" : "svg");
  return (
    <span className={className} data-exports>
      {kinds.map((kind) =>
        ref ? (
          kind === "handout" ? (
            <a key={kind} href={href(kind, ref)} target="_blank" rel="noopener">
              {LABELS[kind]}
            </a>
          ) : (
            <ProgressDownload key={kind} href={href(kind, ref)} download="" busyLabel={`Preparing the ${LABELS[kind]}`}>
              {LABELS[kind]}
            </ProgressDownload>
          )
        ) : kind === "pptx" ? (
          <form key={kind} method="post" action="/present/pptx" style={{ display: "inline" }}>
            <input type="hidden" name="deck" value={encoded} />
            <button type="submit">{LABELS[kind]}</button>
          </form>
        ) : null,
      )}
      {message && kinds.some((kind) => kind !== "pptx") && <span className="exports-note">{message}</span>}
    </span>
  );
}
