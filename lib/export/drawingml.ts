/**
 * DrawingML for the few shapes PowerPoint needs from us that pptxgenjs cannot write: groups (p:grpSp),
 * connectors (p:cxnSp) glued to the shapes they join, pattern and gradient fills, dashed outlines and
 * text boxes with exact line spacing. Positions are slide units (lib/slide: 1920 × 1080), 6,350 EMU
 * each — half a point, 13.333 × 7.5 in in all.
 */
export const EMU_PER_UNIT = 6350;
const emu = (units: number) => Math.round(units * EMU_PER_UNIT);

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** Shape ids, unique on a slide (pptxgenjs numbers its own from 2; ours start well above). */
export function createIds(start = 1000) {
  let next = start;
  return () => next++;
}

/** A drawn element and its extent in slide units, so a group knows its box. */
export interface Drawn {
  xml: string;
  box: { x0: number; y0: number; x1: number; y1: number };
}

export interface Paint {
  colour: string;
  /** 0–1. */
  alpha?: number;
}

export type Fill =
  | { type: "none" }
  | ({ type: "solid" } & Paint)
  | { type: "gradient"; stops: { at: number; colour: string; alpha: number }[] }
  /** A hatch: `fg` lines on `bg` (PowerPoint's own pattern fills; "wdUpDiag" is a wide upward diagonal). */
  | { type: "pattern"; preset: string; fg: Paint; bg: Paint };

export interface Line extends Paint {
  width: number;
  /** Dash and gap lengths, in the units of `width`. */
  dash?: readonly number[];
  join?: "round";
}

const hex = (colour: string) => colour.replace(/^#/, "").toUpperCase().padEnd(6, "0").slice(0, 6);
const alphaTag = (alpha?: number) => (alpha === undefined || alpha >= 1 ? "" : `<a:alpha val="${Math.round(Math.max(0, alpha) * 100000)}"/>`);
const colourXml = ({ colour, alpha }: Paint) => `<a:srgbClr val="${hex(colour)}">${alphaTag(alpha)}</a:srgbClr>`;

function fillXml(fill: Fill): string {
  if (fill.type === "none") return "<a:noFill/>";
  if (fill.type === "solid") return `<a:solidFill>${colourXml(fill)}</a:solidFill>`;
  if (fill.type === "pattern") return `<a:pattFill prst="${fill.preset}"><a:fgClr>${colourXml(fill.fg)}</a:fgClr><a:bgClr>${colourXml(fill.bg)}</a:bgClr></a:pattFill>`;
  const stops = fill.stops.map((s) => `<a:gs pos="${Math.round(s.at * 100000)}">${colourXml(s)}</a:gs>`).join("");
  return `<a:gradFill rotWithShape="1"><a:gsLst>${stops}</a:gsLst><a:lin ang="0" scaled="0"/></a:gradFill>`;
}

/** A dash pattern as DrawingML writes it: each length in thousandths of a percent of the line's width. */
function dashXml(dash: readonly number[], width: number): string {
  const pct = (n: number) => Math.max(1, Math.round((n / Math.max(width, 0.01)) * 100000));
  const pairs: string[] = [];
  for (let i = 0; i < dash.length; i += 2) pairs.push(`<a:ds d="${pct(dash[i]!)}" sp="${pct(dash[i + 1] ?? dash[i]!)}"/>`);
  return `<a:custDash>${pairs.join("")}</a:custDash>`;
}

function lineXml(line: Line | null): string {
  if (!line) return "<a:ln><a:noFill/></a:ln>";
  return `<a:ln w="${emu(line.width)}"><a:solidFill>${colourXml(line)}</a:solidFill>${line.dash?.length ? dashXml(line.dash, line.width) : ""}${line.join === "round" ? "<a:round/>" : ""}</a:ln>`;
}

export interface Run {
  text: string;
  /** Font size in slide units (half points). */
  size: number;
  colour: string;
  /** 0–1. */
  alpha?: number;
  bold?: boolean;
  italic?: boolean;
  font?: string;
  /** A soft halo of this colour around the letters, `radius` slide units wide, so a line behind them does not cross them. */
  glow?: { colour: string; radius: number };
}

/** A paragraph: its runs, and its own line height and space after (slide units) when it differs from the box's. */
export type Paragraph = Run[] | { runs: Run[]; lineHeight?: number; after?: number };

export interface TextOptions {
  /** Paragraphs, each a list of runs; "\n" in a run breaks the line. */
  paragraphs: Paragraph[];
  align?: "l" | "ctr" | "r";
  anchor?: "t" | "ctr" | "b";
  /** Exact line height in slide units, as the layout set it. */
  lineHeight?: number;
  /** Let PowerPoint wrap the text in the box (running text) or keep each line whole (labels). */
  wrap?: boolean;
  /** Insets in slide units. */
  inset?: number;
}

function runXml(run: Run): string {
  const glow = run.glow ? `<a:effectLst><a:glow rad="${emu(run.glow.radius)}">${colourXml({ colour: run.glow.colour })}</a:glow></a:effectLst>` : "";
  const rPr = `<a:rPr lang="en-GB" sz="${Math.max(100, Math.round(run.size * 50))}"${run.bold ? ' b="1"' : ""}${run.italic ? ' i="1"' : ""} dirty="0"><a:solidFill>${colourXml({ colour: run.colour, alpha: run.alpha })}</a:solidFill>${glow}<a:latin typeface="${escapeXml(run.font ?? "Arial")}"/><a:cs typeface="${escapeXml(run.font ?? "Arial")}"/></a:rPr>`;
  return run.text
    .split("\n")
    .map((part) => `<a:r>${rPr}<a:t>${escapeXml(part)}</a:t></a:r>`)
    .join(`<a:br>${rPr}</a:br>`);
}

export function textBodyXml(options: TextOptions): string {
  const inset = emu(options.inset ?? 0);
  const paragraphs = options.paragraphs
    .map((paragraph) => {
      const { runs, lineHeight = options.lineHeight, after = 0 } = Array.isArray(paragraph) ? { runs: paragraph } : paragraph;
      const spacing = lineHeight ? `<a:lnSpc><a:spcPts val="${Math.round(lineHeight * 50)}"/></a:lnSpc>` : "";
      return `<a:p><a:pPr algn="${options.align ?? "l"}">${spacing}<a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="${Math.round(after * 50)}"/></a:spcAft></a:pPr>${runs.map(runXml).join("")}</a:p>`;
    })
    .join("");
  return `<p:txBody><a:bodyPr wrap="${options.wrap ? "square" : "none"}" lIns="${inset}" tIns="${inset}" rIns="${inset}" bIns="${inset}" anchor="${options.anchor ?? "t"}" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>${paragraphs}</p:txBody>`;
}

export interface ShapeOptions {
  id: number;
  name: string;
  descr?: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Default: rect. */
  geometry?: "rect" | "roundRect" | "ellipse" | "line";
  /** roundRect: corner radius as a share of the shorter side (0–0.5). */
  radius?: number;
  fill?: Fill;
  line?: Line | null;
  text?: TextOptions;
  textBox?: boolean;
  /** Mirrored: a line from its frame's right (flipH) or bottom (flipV) corner. */
  flipH?: boolean;
  flipV?: boolean;
  /** A custom outline instead of the preset, in slide units; filled or a stroke only. */
  path?: { commands: readonly PathCommand[]; filled: boolean };
}

/** One step of a custom outline: move, line, cubic Bézier (two control points and the end) or close; points in slide units. */
export interface PathCommand {
  key: "M" | "L" | "C" | "Z";
  points: readonly (readonly [number, number])[];
}

const PATH_TAGS = { M: "moveTo", L: "lnTo", C: "cubicBezTo" } as const;

const nameAttrs = (id: number, name: string, descr?: string) => `id="${id}" name="${escapeXml(name)}"${descr ? ` descr="${escapeXml(descr)}"` : ""}`;

export function shape(o: ShapeOptions): Drawn {
  const width = Math.max(o.width, 0.01);
  const height = Math.max(o.height, 0.01);
  const flips = `${o.flipH ? ' flipH="1"' : ""}${o.flipV ? ' flipV="1"' : ""}`;
  const xfrm = `<a:xfrm${flips}><a:off x="${emu(o.x)}" y="${emu(o.y)}"/><a:ext cx="${emu(width)}" cy="${emu(height)}"/></a:xfrm>`;
  let geometry: string;
  if (o.path) {
    const pt = ([px, py]: readonly [number, number]) => `<a:pt x="${emu(px - o.x)}" y="${emu(py - o.y)}"/>`;
    const steps = o.path.commands.map((c) => (c.key === "Z" ? "<a:close/>" : `<a:${PATH_TAGS[c.key]}>${c.points.map(pt).join("")}</a:${PATH_TAGS[c.key]}>`)).join("");
    const path = `<a:path w="${emu(width)}" h="${emu(height)}"${o.path.filled ? "" : ' fill="none"'}>${steps}</a:path>`;
    geometry = `<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst>${path}</a:pathLst></a:custGeom>`;
  } else {
    const adj = o.geometry === "roundRect" ? `<a:gd name="adj" fmla="val ${Math.round(Math.min(0.5, o.radius ?? 0.1) * 100000)}"/>` : "";
    geometry = `<a:prstGeom prst="${o.geometry ?? "rect"}"><a:avLst>${adj}</a:avLst></a:prstGeom>`;
  }
  const xml = `<p:sp><p:nvSpPr><p:cNvPr ${nameAttrs(o.id, o.name, o.descr)}/><p:cNvSpPr${o.textBox ? ' txBox="1"' : ""}/><p:nvPr/></p:nvSpPr><p:spPr>${xfrm}${geometry}${fillXml(o.fill ?? { type: "none" })}${lineXml(o.line ?? null)}</p:spPr>${o.text ? textBodyXml(o.text) : ""}</p:sp>`;
  return { xml, box: { x0: o.x, y0: o.y, x1: o.x + width, y1: o.y + height } };
}

export interface ConnectorOptions {
  id: number;
  name: string;
  descr?: string;
  from: { x: number; y: number; shape?: number; site?: number };
  to: { x: number; y: number; shape?: number; site?: number };
  line: Line;
  /**
   * "s": leaves and arrives horizontally (an S between lanes); "v": leaves downward and arrives
   * downward (an S from an upper end's bottom to a lower end's top, for ends too close side by side);
   * "arch": leaves and arrives upward, bowing `lift` units above both ends (two events in one lane).
   */
  route: "s" | "v" | "arch";
  lift?: number;
}

/**
 * A connector (p:cxnSp, PowerPoint's curved connector) glued to the shapes it joins, so moving one
 * in PowerPoint drags the link along. Its geometry is written to match the figure's curve until then.
 */
export function connector(o: ConnectorOptions): Drawn {
  // An arch is symmetric: written left to right, whichever way the link reads; a "v" top to bottom.
  const swap = (o.route === "arch" && o.from.x > o.to.x) || (o.route === "v" && o.from.y > o.to.y);
  const [from, to] = swap ? [o.to, o.from] : [o.from, o.to];
  let xfrm: string;
  let adj = 50000;
  if (o.route === "arch") {
    // The connector's own frame turned a quarter (rot 90°, flipped): its "horizontal" ends point up.
    const left = from;
    const right = to;
    const span = Math.max(right.x - left.x, 0.5);
    const thin = 2;
    const cx = (left.x + right.x) / 2;
    const cy = (left.y + right.y) / 2;
    adj = -Math.round(((o.lift ?? 20) / thin) * 100000);
    xfrm = `<a:xfrm rot="5400000" flipV="1"><a:off x="${emu(cx - thin / 2)}" y="${emu(cy - span / 2)}"/><a:ext cx="${emu(thin)}" cy="${emu(span)}"/></a:xfrm>`;
  } else if (o.route === "v") {
    // Turned a quarter clockwise, the frame's "horizontal" runs down: its start lands top right, or top
    // left when flipped (flips apply before the turn); its ext is the turned frame's, so width is the drop.
    const drop = Math.max(to.y - from.y, 0.01);
    const across = Math.abs(to.x - from.x);
    const cx = (from.x + to.x) / 2;
    const cy = (from.y + to.y) / 2;
    xfrm = `<a:xfrm rot="5400000"${to.x >= from.x ? ' flipV="1"' : ""}><a:off x="${emu(cx - drop / 2)}" y="${emu(cy - across / 2)}"/><a:ext cx="${emu(drop)}" cy="${emu(across)}"/></a:xfrm>`;
  } else {
    const x0 = Math.min(from.x, to.x);
    const y0 = Math.min(from.y, to.y);
    const flips = `${to.x < from.x ? ' flipH="1"' : ""}${to.y < from.y ? ' flipV="1"' : ""}`;
    xfrm = `<a:xfrm${flips}><a:off x="${emu(x0)}" y="${emu(y0)}"/><a:ext cx="${emu(Math.abs(to.x - from.x))}" cy="${emu(Math.abs(to.y - from.y))}"/></a:xfrm>`;
  }
  const glue = (tag: string, end: ConnectorOptions["from"]) => (end.shape !== undefined ? `<a:${tag} id="${end.shape}" idx="${end.site ?? 0}"/>` : "");
  const xml = `<p:cxnSp><p:nvCxnSpPr><p:cNvPr ${nameAttrs(o.id, o.name, o.descr)}/><p:cNvCxnSpPr>${glue("stCxn", from)}${glue("endCxn", to)}</p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr><p:spPr>${xfrm}<a:prstGeom prst="curvedConnector3"><a:avLst><a:gd name="adj1" fmla="val ${adj}"/></a:avLst></a:prstGeom><a:noFill/>${lineXml(o.line)}</p:spPr></p:cxnSp>`;
  const lift = o.route === "arch" ? (o.lift ?? 20) : 0;
  return { xml, box: { x0: Math.min(from.x, to.x), y0: Math.min(from.y, to.y) - lift, x1: Math.max(from.x, to.x), y1: Math.max(from.y, to.y) } };
}

/** Shapes as one group a briefer can move, select into and ungroup; its frame is its children's box. */
export function group(id: number, name: string, children: readonly Drawn[], descr?: string): Drawn | null {
  const parts = children.filter(Boolean);
  if (parts.length === 0) return null;
  const box = {
    x0: Math.min(...parts.map((c) => c.box.x0)),
    y0: Math.min(...parts.map((c) => c.box.y0)),
    x1: Math.max(...parts.map((c) => c.box.x1)),
    y1: Math.max(...parts.map((c) => c.box.y1)),
  };
  const off = `<a:off x="${emu(box.x0)}" y="${emu(box.y0)}"/><a:ext cx="${emu(box.x1 - box.x0)}" cy="${emu(box.y1 - box.y0)}"/>`;
  const frame = `<a:xfrm>${off}${off.replace("<a:off", "<a:chOff").replace("<a:ext", "<a:chExt")}</a:xfrm>`;
  const xml = `<p:grpSp><p:nvGrpSpPr><p:cNvPr ${nameAttrs(id, name, descr)}/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr>${frame}</p:grpSpPr>${parts.map((c) => c.xml).join("")}</p:grpSp>`;
  return { xml, box };
}
