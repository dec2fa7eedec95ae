import { absolutize, normalize, parsePath } from "path-data-parser";
import { SPAN_STOPS, type Fill as PaintFill, type Paint, type Stroke, type TextPaint } from "../scene/paint";
import { measureText } from "../scene/text";
import { connector, group, shape, type Drawn, type Fill, type Line, type PathCommand, type Run } from "./drawingml";

/**
 * The figure as PowerPoint shapes: another painter of the paint list (lib/scene/paint.ts), beside the
 * SVG (components/figure/FigureSvg.tsx) and the canvas. It decides nothing about how the figure looks;
 * it translates each operation — a rect, circle, line or path into a shape, a text into a text box, a
 * link's curve into a connector glued to the shapes of the two marks it joins — keeping the list's order,
 * so what lies under what is the same (the links pass under the marks and number discs).
 *
 * What PowerPoint adds: groups a briefer can move. A lane's events (marks, count badges, labels and
 * discs; the paint list tags them with their lane) are one group, "Lane: <name>", over the lane's band in
 * the lanes' layer; each named thing of the list (an event, a disc, the axis, the snapshot line) is a
 * group or a shape named for it, with the event's title and date as alt text. Groups that only order the
 * list (the plot, the links' curves) dissolve into the figure: LibreOffice glues a connector only one
 * group deep. Text is set in the deck's face (`font`, Arial: the face the scene measured), each text box
 * as wide as its measured text and unwrapped. PowerPoint cannot clip or cut, so a clip (the scene keeps
 * its marks inside it) and the screen's label knockout are not drawn.
 */
export interface FigurePlacement {
  /** Where the scene's origin lands on the slide, and slide units per scene unit. */
  x: number;
  y: number;
  scale: number;
}

export interface FigureOptions {
  nextId: () => number;
  /** The figure's alt text. */
  title: string;
  /** The deck's typeface. */
  font: string;
}

/** The shape a link's connector is glued to: a mark's shape, its id reserved before anything is drawn. */
interface Glue {
  id: number;
  ellipse: boolean;
  frame: { x0: number; y0: number; x1: number; y1: number };
  alt: string;
}

interface Painter {
  at: FigurePlacement;
  options: FigureOptions;
  glue: Map<string, Glue>;
  ids: Map<Paint, number>;
  laneNames: Map<string, string>;
}

/** What the shapes a group holds are called: its own words, or its nearest named parent's. */
interface Context {
  opacity: number;
  alt: string;
}

const first = (role: string | undefined) => role?.split(" ")[0] ?? "";

/** Names of the groups a briefer meets in the selection pane; a group not named here only orders the list and dissolves. */
const GROUPS: Record<string, (alt: string) => string> = {
  lanes: () => "Lanes",
  lane: (alt) => `Lane band: ${alt}`,
  axis: () => "Time axis",
  mark: (alt) => `Event: ${alt}`,
  "mark-label": (alt) => `Label: ${alt}`,
  "mark-badge": (alt) => `Number ${alt}`,
  cluster: (alt) => `Count: ${alt}`,
  leaders: () => "Callout leaders",
  asof: () => "Snapshot line",
  callouts: () => "Expert callouts",
  callout: (alt) => `Callout: ${alt}`,
  "link-label": (alt) => `Link label: ${alt}`,
  overview: () => "Overview",
};

const SHAPES: Record<string, (alt: string) => string> = {
  "figure-bg": () => "Figure background",
  "lane-band": (alt) => `Band: ${alt}`,
  "lane-swatch": (alt) => `Colour: ${alt}`,
  "lane-label": (alt) => `Lane name: ${alt}`,
  grid: () => "Grid line",
  "mark-shape": (alt) => `Mark: ${alt}`,
  "mark-unverified": (alt) => `Unverified: ${alt}`,
  "mark-hatch": (alt) => `After the snapshot: ${alt}`,
  "after-region": () => "After the snapshot",
};

export function paintFigure(ops: readonly Paint[], at: FigurePlacement, options: FigureOptions): Drawn | null {
  const painter: Painter = { at, options, glue: new Map(), ids: new Map(), laneNames: new Map() };
  reserve(ops, painter);
  return group(options.nextId(), "Figure", paintList(ops, painter, { opacity: 1, alt: "" }), options.title);
}

/** Before drawing: each mark's shape gets its id (links are drawn first, under the marks, and glue to them) and each lane its name. */
function reserve(ops: readonly Paint[], painter: Painter) {
  for (const op of ops) {
    if (op.kind !== "group") continue;
    if (op.data?.lane && op.alt && first(op.role) === "lane") painter.laneNames.set(op.data.lane, op.alt);
    const event = op.data?.event;
    const body = event ? op.children.find((child) => child.kind !== "group" && child.kind !== "text" && child.role === "mark-shape") : undefined;
    if (event && body && (body.kind === "circle" || body.kind === "rect")) {
      const id = painter.options.nextId();
      painter.ids.set(body, id);
      const frame = body.kind === "circle" ? { x0: body.cx - body.r, y0: body.cy - body.r, x1: body.cx + body.r, y1: body.cy + body.r } : { x0: body.x, y0: body.y, x1: body.x + body.width, y1: body.y + body.height };
      painter.glue.set(event, { id, ellipse: body.kind === "circle", frame, alt: op.alt ?? event });
    } else reserve(op.children, painter);
  }
}

/** A list in order; runs of lane content gathered into one group per lane. */
function paintList(ops: readonly Paint[], painter: Painter, ctx: Context): Drawn[] {
  const out: Drawn[] = [];
  let lanes = new Map<string, Drawn[]>();
  const flush = () => {
    for (const [lane, parts] of lanes) out.push(group(painter.options.nextId(), `Lane: ${painter.laneNames.get(lane) ?? lane}`, parts)!);
    lanes = new Map();
  };
  for (const [op, opacity] of dissolve(ops, ctx.opacity)) {
    const drawn = paintOne(op, painter, { ...ctx, opacity });
    if (!drawn) continue;
    if (op.kind === "group" && op.lane) {
      const parts = lanes.get(op.lane) ?? [];
      parts.push(drawn);
      lanes.set(op.lane, parts);
    } else {
      flush();
      out.push(drawn);
    }
  }
  flush();
  return out;
}

/** The operations of a list with every unnamed group's children in its place (and its opacity carried down). */
function dissolve(ops: readonly Paint[], opacity: number): [Paint, number][] {
  return ops.flatMap((op): [Paint, number][] => (op.kind === "group" && !GROUPS[first(op.role)] && !op.lane ? dissolve(op.children, opacity * (op.opacity ?? 1)) : [[op, opacity]]));
}

function paintOne(op: Paint, painter: Painter, ctx: Context): Drawn | null {
  if (op.kind === "group") {
    const inner = { opacity: ctx.opacity * (op.opacity ?? 1), alt: op.alt ?? ctx.alt };
    const parts = paintList(op.children, painter, inner);
    // A group of one is that one shape: a briefer clicks once, not twice.
    if (parts.length <= 1) return parts[0] ?? null;
    return group(painter.options.nextId(), GROUPS[first(op.role)]!(inner.alt), parts, op.alt);
  }
  if (op.kind === "text") return paintText(op, painter, ctx);
  if (op.kind === "rect" && op.hit) return null;
  const { at } = painter;
  const k = at.scale;
  const X = (x: number) => at.x + x * k;
  const Y = (y: number) => at.y + y * k;
  const id = painter.ids.get(op) ?? painter.options.nextId();
  const words = SHAPES[op.role ?? ""]?.(ctx.alt) ?? (ctx.alt ? `${op.role ?? op.kind}: ${ctx.alt}` : (op.role ?? op.kind));
  const alpha = ctx.opacity * (op.opacity ?? 1);
  const style = { fill: fillOf(op.fill, alpha), line: lineOf(op.stroke, alpha, k) };
  const named = { id, name: words, descr: op.role === "mark-shape" ? ctx.alt : undefined };
  if (op.kind === "rect") {
    const radius = op.rx ? op.rx / Math.max(0.01, Math.min(op.width, op.height)) : 0;
    return shape({ ...named, ...style, geometry: radius ? "roundRect" : "rect", radius, x: X(op.x), y: Y(op.y), width: op.width * k, height: op.height * k });
  }
  if (op.kind === "circle") return shape({ ...named, ...style, geometry: "ellipse", x: X(op.cx - op.r), y: Y(op.cy - op.r), width: 2 * op.r * k, height: 2 * op.r * k });
  if (op.kind === "line")
    return shape({ ...named, ...style, geometry: "line", x: X(Math.min(op.x1, op.x2)), y: Y(Math.min(op.y1, op.y2)), width: Math.abs(op.x2 - op.x1) * k, height: Math.abs(op.y2 - op.y1) * k, flipH: op.x2 < op.x1 !== op.y2 < op.y1 });
  const segments = normalize(absolutize(parsePath(op.d)));
  const link = op.data?.from && op.data.to ? linkConnector(segments, painter.glue.get(op.data.from), painter.glue.get(op.data.to), op.alt ?? "", id, style.line!, painter) : null;
  if (link) return link;
  const commands: PathCommand[] = segments.map((s) => ({ key: s.key as PathCommand["key"], points: pairs(s.data).map(([x, y]) => [X(x), Y(y)] as const) }));
  const points = commands.flatMap((c) => c.points);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return shape({ ...named, ...style, x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y, path: { commands, filled: op.fill !== null } });
}

function pairs(data: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < data.length; i += 2) out.push([data[i]!, data[i + 1]!]);
  return out;
}

function fillOf(fill: PaintFill | null, alpha: number): Fill {
  if (!fill) return { type: "none" };
  const a = alpha * (fill.opacity ?? 1);
  if (fill.pattern === "span") return { type: "gradient", stops: SPAN_STOPS.map(([at, opacity]) => ({ at, colour: fill.colour, alpha: opacity * a })) };
  // The hatch: PowerPoint's own wide upward diagonal in the hatch's colour, over nothing (the shape under it shows).
  if (fill.pattern === "hatch") return { type: "pattern", preset: "wdUpDiag", fg: { colour: fill.colour, alpha: a }, bg: { colour: fill.colour, alpha: 0 } };
  return { type: "solid", colour: fill.colour, alpha: a };
}

function lineOf(stroke: Stroke | null, alpha: number, k: number): Line | null {
  if (!stroke) return null;
  return { colour: stroke.colour, alpha: alpha * (stroke.opacity ?? 1), width: stroke.width * k, dash: stroke.dash?.map((d) => d * k), join: stroke.join };
}

/**
 * A text as a text box around its lines, measured by the one text measure: anchored where the SVG
 * anchors it (start, middle, end), each line centred where the SVG centres it, so the deck's narrower
 * face stays inside the box.
 */
function paintText(op: TextPaint, painter: Painter, ctx: Context): Drawn {
  const { at, options } = painter;
  const k = at.scale;
  const width = Math.max(...op.lines.map((runs) => runs.reduce((sum, run) => sum + measureText(run.text, op.size, run.weight ?? op.weight), 0)));
  const lineHeight = op.lineHeight || op.size * 1.2;
  // Arial's line box is centred 0.35 em above its baseline.
  const centre = op.baseline === "alphabetic" ? op.y - op.size * 0.35 : op.y;
  const left = op.anchor === "start" ? op.x : op.anchor === "middle" ? op.x - width / 2 : op.x - width;
  const glow = op.halo ? { colour: op.halo.colour, radius: (op.halo.width / 2) * k } : undefined;
  const paragraphs = op.lines.map((runs) =>
    runs.map((run): Run => ({ text: run.text, size: op.size * k, colour: run.fill ?? op.fill, alpha: ctx.opacity, bold: (run.weight ?? op.weight) === "bold", italic: op.italic, font: options.font, glow })),
  );
  const words = op.lines.map((runs) => runs.map((run) => run.text).join("")).join(" ");
  const name = op.role === "lane-label" ? `Lane name: ${words}` : `Text: ${words}`;
  return shape({
    id: options.nextId(), name, textBox: true,
    x: at.x + left * k, y: at.y + (centre - lineHeight / 2) * k, width: width * k, height: lineHeight * op.lines.length * k,
    text: { paragraphs, align: op.anchor === "start" ? "l" : op.anchor === "middle" ? "ctr" : "r", anchor: "ctr", lineHeight: op.lineHeight ? op.lineHeight * k : undefined },
  });
}

type Side = "top" | "bottom" | "left" | "right";

/** The side of a shape a curve leaves it by, from the curve's direction there. */
function sideOf(dx: number, dy: number): Side {
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? "right" : "left";
  return dy < 0 ? "top" : "bottom";
}

/** A glue site of a shape: PowerPoint numbers an ellipse's from the top anticlockwise (0 top, 2 left, 4 bottom, 6 right), a rectangle's 0 top, 1 left, 2 bottom, 3 right. */
function siteOf(glue: Glue, side: Side, painter: Painter) {
  const { at } = painter;
  const { x0, y0, x1, y1 } = glue.frame;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const [x, y] = side === "top" ? [cx, y0] : side === "bottom" ? [cx, y1] : side === "left" ? [x0, cy] : [x1, cy];
  const index = { top: 0, left: 1, bottom: 2, right: 3 }[side];
  return { x: at.x + x * at.scale, y: at.y + y * at.scale, shape: glue.id, site: glue.ellipse ? index * 2 : index };
}

/** Scene units a connector needs between the sides it joins to bend from one to the other without looping back. */
const CLEAR = 16;

/**
 * The route of a link's connector and the sides of the two marks it is glued to. An arch (the scene's
 * curve within a lane) leaves and arrives by the tops. Otherwise by the facing sides, left and right, as
 * the scene's S does, when the marks stand far enough apart side by side; when they overlap or nearly
 * (a mark under a bar, two close events in stacked rows) by the upper's bottom and the lower's top; and
 * when neither has room, as an arch over both. A connector glued to sides with no room between them is
 * routed by PowerPoint and LibreOffice as a loop around its marks.
 */
function routeOf(from: Glue, to: Glue, arch: boolean): { route: "s" | "v" | "arch"; start: Side; end: Side } {
  const a = from.frame;
  const b = to.frame;
  if (!arch) {
    if (b.x0 - a.x1 >= CLEAR) return { route: "s", start: "right", end: "left" };
    if (a.x0 - b.x1 >= CLEAR) return { route: "s", start: "left", end: "right" };
    if (b.y0 > a.y1) return { route: "v", start: "bottom", end: "top" };
    if (a.y0 > b.y1) return { route: "v", start: "top", end: "bottom" };
  }
  return { route: "arch", start: "top", end: "top" };
}

/**
 * A link's curve (one cubic from mark to mark) as a connector glued to the two marks' shapes (routeOf),
 * its geometry written as the curve's until a mark moves. Null when the curve is not such a curve or an
 * end is not a mark's shape (drawn as a path).
 */
function linkConnector(segments: { key: string; data: number[] }[], from: Glue | undefined, to: Glue | undefined, label: string, id: number, line: Line, painter: Painter): Drawn | null {
  if (!from || !to || segments.length !== 2 || segments[0]!.key !== "M" || segments[1]!.key !== "C") return null;
  const [ax, ay] = segments[0]!.data as [number, number];
  const [c1x, c1y, c2x, c2y, bx, by] = segments[1]!.data as [number, number, number, number, number, number];
  const arch = sideOf(c1x - ax, c1y - ay) === "top" && sideOf(c2x - bx, c2y - by) === "top";
  const { route, start: startSide, end: endSide } = routeOf(from, to, arch);
  const start = siteOf(from, startSide, painter);
  const end = siteOf(to, endSide, painter);
  // The curve's highest point, above the sites it is glued to (an arch of marks in stacked rows bows a little over the higher).
  let top = Infinity;
  for (let i = 0; i <= 20; i++) {
    const t = i / 20;
    const u = 1 - t;
    top = Math.min(top, u * u * u * ay + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * by);
  }
  const k = painter.at.scale;
  const lift = Math.max((CLEAR / 2) * k, Math.min(start.y, end.y) - (painter.at.y + top * k));
  return connector({ id, name: `Link: ${label}`, descr: `${from.alt} ${label} ${to.alt}`, route, lift, from: start, to: end, line });
}
