import { createElement, type ReactNode } from "react";
import type { SceneLink } from "@/lib/scene/links";
import { HATCH, paintScene, SPAN_STOPS, type Fill, type Paint, type Stroke, type TextPaint } from "@/lib/scene/paint";
import type { Rect, Scene } from "@/lib/scene/types";
import { toIsoInstant } from "@/lib/time/partial-date";

/**
 * The SVG painter of the paint list (lib/scene/paint.ts): a Scene as SVG. No hooks and no state, so the
 * same elements are written by the server (the explorer's first paint, the no-JavaScript page, slides,
 * the report, deck images), re-rendered by the browser — which hydrates, adopting the server's nodes by
 * their keys — and written to a file (figure downloads). Every size and colour is an attribute, so a
 * copy of the SVG stands alone; values shared by a group's children are written once on the group.
 */

interface FigureSvgProps {
  scene: Scene;
  /** Unique per figure on a page: prefixes the ids of gradients, patterns, masks and clips. */
  idPrefix: string;
  title: string;
  /** Links drawn with the figure, under its marks and number discs (a slide's). */
  links?: readonly SceneLink[];
  /** Extra layers drawn on top inside the plot (the browser's hover and focus layers). */
  children?: ReactNode;
  className?: string;
  /** Fill the container's width (screen) rather than the scene's own width. */
  fluid?: boolean;
  /** The marks are drawn on a canvas above (windows too dense for SVG). */
  hideMarks?: boolean;
  /** A file, not a page: no pointer targets. */
  file?: boolean;
}

type Attrs = Record<string, string | number>;

/** What an SVG element inherits where nothing is written (the properties the painter writes). */
const INITIAL: Attrs = { fill: "#000", "fill-opacity": 1, stroke: "none", "stroke-width": 1, "stroke-opacity": 1, "stroke-dasharray": "none", "stroke-linejoin": "miter", "paint-order": "normal", "font-weight": "normal", "font-style": "normal", "text-anchor": "start" };

interface Defs {
  prefix: string;
  hatches: Map<string, Fill>;
  spans: Map<string, string>;
  masks: Map<string, readonly Rect[]>;
}

const round = (value: number) => Math.round(value * 10) / 10;

function fillAttrs(fill: Fill | null, defs: Defs): Attrs {
  if (!fill) return { fill: "none" };
  if (fill.pattern === "hatch") {
    const key = `${fill.colour}:${fill.opacity ?? 1}`;
    if (!defs.hatches.has(key)) defs.hatches.set(key, fill);
    const n = [...defs.hatches.keys()].indexOf(key);
    return { fill: `url(#${defs.prefix}-hatch${n ? `-${n}` : ""})` };
  }
  if (fill.pattern === "span") {
    const id = `${defs.prefix}-span-${fill.colour.replace(/[^a-zA-Z0-9]/g, "")}`;
    defs.spans.set(id, fill.colour);
    return { fill: `url(#${id})` };
  }
  return fill.opacity === undefined ? { fill: fill.colour } : { fill: fill.colour, "fill-opacity": fill.opacity };
}

function strokeAttrs(stroke: Stroke | null): Attrs {
  if (!stroke) return { stroke: "none" };
  const out: Attrs = { stroke: stroke.colour, "stroke-width": stroke.width, "stroke-opacity": stroke.opacity ?? 1, "stroke-dasharray": stroke.dash ? stroke.dash.join(" ") : "none" };
  if (stroke.join) out["stroke-linejoin"] = stroke.join;
  return out;
}

function textAttrs(t: TextPaint): Attrs {
  const out: Attrs = { "font-size": t.size, "font-weight": t.weight, "font-style": t.italic ? "italic" : "normal", "text-anchor": t.anchor, fill: t.fill, "font-family": t.font };
  if (t.baseline !== "alphabetic") out["dominant-baseline"] = t.baseline;
  if (t.halo) Object.assign(out, { "paint-order": "stroke", ...strokeAttrs(t.halo) });
  else out.stroke = "none";
  return out;
}

/** React's names for SVG attributes (toSvgMarkup turns them back), kept: the painter writes a few names thousands of times. */
const reactNames = new Map<string, string>();
function reactName(name: string): string {
  let react = reactNames.get(name);
  if (react === undefined) {
    react = name.startsWith("data-") ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    reactNames.set(name, react);
  }
  return react;
}

/** The attributes that differ from what the element inherits, as React props (written into `extra`, which is the painter's own). */
function props(attrs: Attrs, inherited: Attrs, extra: Record<string, unknown> = {}): Record<string, unknown> {
  for (const name in attrs) {
    const value = attrs[name];
    if (inherited[name] !== value) extra[reactName(name)] = value;
  }
  return extra;
}

function lineRuns(runs: TextPaint["lines"][number]): ReactNode {
  if (runs.length === 1 && !runs[0]!.weight && !runs[0]!.fill) return runs[0]!.text;
  return runs.map((run, i) => (run.weight || run.fill ? createElement("tspan", { key: i, fontWeight: run.weight, fill: run.fill }, run.text) : run.text));
}

interface PaintContext {
  defs: Defs;
  /** Children for the plot layer (hover and focus layers). */
  plotChildren?: ReactNode;
  hideMarks?: boolean;
  file?: boolean;
}

/** data-* attributes of what an operation draws. */
function dataAttrs(data: Record<string, string> | undefined, extra: Record<string, unknown>): Record<string, unknown> {
  for (const [name, value] of Object.entries(data ?? {})) extra[`data-${name}`] = value;
  return extra;
}

function paint(op: Paint, key: string | number, inherited: Attrs, ctx: PaintContext): ReactNode {
  switch (op.kind) {
    case "group": {
      const own: Attrs = { ...(op.svg ?? {}) };
      const extra = dataAttrs(op.data, { key: op.key ?? key, className: op.role });
      if (op.opacity !== undefined) extra.opacity = op.opacity;
      if (op.clip) extra.clipPath = `url(#${ctx.defs.prefix}-clip)`;
      if (op.knockout) {
        ctx.defs.masks.set(`${ctx.defs.prefix}-knockout`, op.knockout);
        extra.mask = `url(#${ctx.defs.prefix}-knockout)`;
      }
      const next = { ...inherited, ...own };
      const children = op.role === "marks" && ctx.hideMarks ? [] : op.children.map((child, i) => paint(child, i, next, ctx));
      return createElement("g", props(own, inherited, extra), ...children, op.role === "plot" ? ctx.plotChildren : null);
    }
    case "text": {
      const lines = op.lines.map((runs, i) => (i === 0 ? lineRuns(runs) : createElement("tspan", { key: i, x: op.x, dy: op.lineHeight }, lineRuns(runs))));
      return createElement("text", props(textAttrs(op), inherited, dataAttrs(op.data, { key, className: op.role, x: op.x, y: op.y })), ...lines);
    }
    default: {
      if (op.kind === "rect" && op.hit) return ctx.file ? null : createElement("rect", { key, className: op.role, x: op.x, y: op.y, width: op.width, height: op.height });
      // A line has no inside: its fill is never written.
      const attrs: Attrs = { ...(op.kind === "line" ? {} : fillAttrs(op.fill, ctx.defs)), ...strokeAttrs(op.stroke) };
      if (op.opacity !== undefined) attrs.opacity = op.opacity;
      const base = dataAttrs(op.data, { key, className: op.role });
      if (op.kind === "rect") return createElement("rect", props(attrs, inherited, { ...base, x: op.x, y: op.y, width: op.width, height: op.height, rx: op.rx }));
      if (op.kind === "circle") return createElement("circle", props(attrs, inherited, { ...base, cx: op.cx, cy: op.cy, r: op.r }));
      if (op.kind === "line") return createElement("line", props(attrs, inherited, { ...base, x1: op.x1, x2: op.x2, y1: op.y1, y2: op.y2 }));
      return createElement("path", props(attrs, inherited, { ...base, d: op.d }));
    }
  }
}

function Defs({ defs, scene }: { defs: Defs; scene: Scene }) {
  const { plot } = scene;
  return (
    <defs>
      <clipPath id={`${defs.prefix}-clip`}>
        <rect x={plot.x0 - 8} y={0} width={plot.x1 - plot.x0 + 16} height={scene.height} />
      </clipPath>
      {[...defs.hatches.values()].map((fill, n) => (
        <pattern key={n} id={`${defs.prefix}-hatch${n ? `-${n}` : ""}`} patternUnits="userSpaceOnUse" width={HATCH.period} height={HATCH.period} patternTransform={`rotate(${HATCH.angle})`}>
          <rect width={HATCH.stripe} height={HATCH.period} fill={fill.colour} fillOpacity={fill.opacity} />
        </pattern>
      ))}
      {[...defs.spans].map(([id, colour]) => (
        <linearGradient key={id} id={id}>
          {SPAN_STOPS.map(([offset, opacity]) => (
            <stop key={offset} offset={offset} stopColor={colour} stopOpacity={opacity} />
          ))}
        </linearGradient>
      ))}
      {[...defs.masks].map(([id, boxes]) => (
        <mask key={id} id={id} maskUnits="userSpaceOnUse" x={0} y={0} width={scene.width} height={round(scene.height)}>
          <rect x={0} y={0} width={scene.width} height={round(scene.height)} fill="#fff" />
          {boxes.map((box, i) => (
            <rect key={i} x={box.x0} y={box.y0} width={round(box.x1 - box.x0)} height={round(box.y1 - box.y0)} fill="#000" />
          ))}
        </mask>
      ))}
    </defs>
  );
}

/**
 * Paint operations drawn over a figure already on the page (the hover layer's links): its defs are the
 * figure's, so what they refer to (the labels' knockout) must be the figure's own.
 */
export function paintOver(ops: readonly Paint[], idPrefix: string, scene: Scene): ReactNode[] {
  const defs: Defs = { prefix: idPrefix, hatches: new Map(), spans: new Map(), masks: new Map() };
  return ops.map((op, i) => paint(op, i, { ...INITIAL, "font-family": scene.theme.font }, { defs }));
}

export function FigureSvg({ scene, idPrefix, title, links, children, className, fluid, hideMarks, file }: FigureSvgProps) {
  const { theme } = scene;
  const defs: Defs = { prefix: idPrefix, hatches: new Map(), spans: new Map(), masks: new Map() };
  const inherited: Attrs = { ...INITIAL, "font-family": theme.font };
  // Painted first: painting collects the patterns, gradients and masks the defs must hold.
  const layers = paintScene(scene, { links }).map((op, i) => paint(op, i, inherited, { defs, plotChildren: children, hideMarks, file }));
  return (
    <svg
      className={`figure figure-${scene.medium}${className ? ` ${className}` : ""}`}
      viewBox={`0 0 ${scene.width} ${round(scene.height)}`}
      width={fluid ? "100%" : scene.width}
      height={fluid ? undefined : round(scene.height)}
      role="img"
      aria-label={title}
      fontFamily={theme.font}
      data-from={toIsoInstant(Math.round(scene.domain[0] / 60_000) * 60_000)}
      data-to={toIsoInstant(Math.round(scene.domain[1] / 60_000) * 60_000)}
      data-medium={scene.medium}
      xmlns="http://www.w3.org/2000/svg"
    >
      <Defs defs={defs} scene={scene} />
      {layers}
    </svg>
  );
}
