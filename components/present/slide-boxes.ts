import type { CSSProperties } from "react";
import { U, type Box, type TextBlock } from "@/lib/slide/text-block";

/**
 * Layout units (lib/slide/layout.ts, 1920 wide) as CSS: 1cqw of a 16:9 container is 19.2 units, so a
 * box and its type scale with the stage (the projector, a presenter preview) and land where the
 * slide's SVG and PowerPoint put them.
 */
const cqw = (units: number) => `${+(units / U).toFixed(4)}cqw`;

/** A box placed inside `origin` (the slide, or a box within it). */
export function boxStyle(box: Box, origin: Pick<Box, "x" | "y"> = { x: 0, y: 0 }): CSSProperties {
  return { position: "absolute", left: cqw(box.x - origin.x), top: cqw(box.y - origin.y), width: cqw(box.width), height: cqw(box.height) };
}

/** A text block's box and type; its lines are written one per line (textLines). */
export function textStyle(block: TextBlock, origin?: Pick<Box, "x" | "y">): CSSProperties {
  return { ...boxStyle(block, origin), fontSize: cqw(block.size), lineHeight: cqw(block.lineHeight), textAlign: block.align };
}

export const fontSize = (units: number) => cqw(units);
