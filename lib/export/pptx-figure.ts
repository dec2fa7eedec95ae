import { unverifiedOutline } from "../scene/marks";
import type { SceneLink } from "../scene/links";
import { formatCount } from "../scene/text";
import type { Scene, SceneCallout, SceneClusterMark, SceneLabel, SceneMark } from "../scene/types";
import { connector, group, shape, type Drawn, type Fill, type Line } from "./drawingml";

/**
 * The figure as PowerPoint shapes: another painter of the scene (lib/scene), beside the SVG
 * (components/figure/FigureSvg.tsx) and the canvas. Each lane is a group — its band, grid, name,
 * marks, their labels and number discs — so a briefer can move a lane, or step into it and move one
 * label; links are connectors glued to their marks; the axis, the snapshot line and the callouts are
 * groups of their own. Text is Calibri (narrower than the Arial the scene measured, so every label
 * fits its box), in text boxes a screen reader and PowerPoint's search can read.
 */
export interface FigurePlacement {
  /** Where the scene's origin lands on the slide, and slide units per scene unit. */
  x: number;
  y: number;
  scale: number;
}

const FONT = "Calibri";
const DISC = "#fbbf24";

export function paintFigure(scene: Scene, links: readonly SceneLink[], at: FigurePlacement, nextId: () => number, title: string): Drawn | null {
  const { theme } = scene;
  const k = at.scale;
  const X = (x: number) => at.x + x * k;
  const Y = (y: number) => at.y + y * k;
  const text = (t: string, size: number, colour: string, extra: { bold?: boolean; italic?: boolean } = {}) => ({ text: t, size: size * k, colour, font: FONT, ...extra });
  const markShapes = new Map<string, { id: number; kind: SceneMark["kind"] }>();

  const labelBox = (label: SceneLabel): Drawn => {
    if (label.badge) {
      const r = (label.box.x1 - label.box.x0) / 2;
      return shape({
        id: nextId(), name: `Number ${label.lines[0]}`, geometry: "ellipse",
        x: X(label.x - r), y: Y(label.y - r), width: 2 * r * k, height: 2 * r * k,
        fill: { type: "solid", colour: DISC }, line: { colour: theme.background, width: 2 * k },
        text: { paragraphs: [[text(label.lines[0]!, label.size, "#111827", { bold: true })]], align: "ctr", anchor: "ctr" },
      });
    }
    const colour = label.after ? theme.inkSoft : theme.ink;
    const width = label.box.x1 - label.box.x0;
    return shape({
      id: nextId(), name: `Label: ${label.lines.join(" ")}`, textBox: true,
      x: X(label.box.x0), y: Y(label.box.y0), width: width * k, height: (label.box.y1 - label.box.y0) * k,
      fill: theme.halo === "box" ? { type: "solid", colour: theme.background, alpha: 0.85 } : { type: "none" },
      text: { paragraphs: [[text(label.lines.join("\n"), label.size, colour, { bold: label.weight === "bold", italic: label.after })]], align: label.anchor === "end" ? "r" : "l", lineHeight: label.lineHeight * k },
    });
  };

  const markDrawn = (mark: SceneMark): Drawn => {
    const opacity = mark.dimmed ? theme.backgroundOpacity : 1;
    const h = mark.size * 2;
    const frame = mark.kind === "point" ? { x: X(mark.cx - mark.size), y: Y(mark.y - mark.size), width: h * k, height: h * k } : { x: X(mark.x0), y: Y(mark.y - mark.size), width: Math.max(mark.x1 - mark.x0, 2) * k, height: h * k };
    let fill: Fill = { type: "solid", colour: mark.colour, alpha: opacity * (mark.after ? 0.6 : 1) };
    let line: Line | null = { colour: theme.background, width: (mark.importance >= 3 ? 1.5 : 1) * k, alpha: opacity };
    if (mark.kind === "span") {
      fill = { type: "gradient", stops: [0, 0.2, 0.8, 1].map((stop, i) => ({ at: stop, colour: mark.colour, alpha: (i === 0 || i === 3 ? 0.08 : 0.5) * opacity })) };
      line = { colour: mark.colour, width: k, alpha: 0.6 * opacity, dash: "sysDash" };
    }
    // Past the snapshot: the figure's hatch, as PowerPoint's own diagonal pattern.
    if (mark.after && mark.kind !== "span") fill = { type: "pattern", preset: "wdUpDiag", fg: { colour: theme.background, alpha: 0.75 * opacity }, bg: { colour: mark.colour, alpha: 0.6 * opacity } };
    const id = nextId();
    markShapes.set(mark.id, { id, kind: mark.kind });
    const main = shape({
      id, name: `Mark: ${mark.item.title}`, descr: `${mark.item.title}, ${mark.item.dateLabel}`,
      geometry: mark.kind === "point" ? "ellipse" : "roundRect", radius: mark.kind === "span" ? 0.5 : 2 / Math.max(1, Math.min(mark.x1 - mark.x0, h)),
      ...frame, fill, line,
    });
    if (!mark.unverified) return main;
    const o = unverifiedOutline(mark, mark.y);
    const ring = shape({
      id: nextId(), name: `Unverified: ${mark.item.title}`, geometry: mark.kind === "point" ? "ellipse" : "roundRect", radius: mark.kind === "span" ? 0.5 : 0.25,
      x: X(o.x0 + 0.5), y: Y(o.y0 + 0.5), width: (o.x1 - o.x0 - 1) * k, height: (o.y1 - o.y0 - 1) * k, line: { colour: theme.inkSoft, width: k, dash: "sysDot", alpha: opacity },
    });
    return group(nextId(), `Event: ${mark.item.title}`, [ring, main])!;
  };

  const clusterDrawn = (cluster: SceneClusterMark): Drawn =>
    shape({
      id: nextId(), name: `${formatCount(cluster.count)} events`, geometry: "roundRect", radius: 0.5,
      x: X(cluster.x - cluster.width / 2), y: Y(cluster.y - cluster.height / 2), width: cluster.width * k, height: cluster.height * k,
      fill: { type: "solid", colour: theme.background }, line: { colour: cluster.colour, width: 2 * k },
      text: { paragraphs: [[text(formatCount(cluster.count), theme.cluster.size, theme.ink, { bold: true })]], align: "ctr", anchor: "ctr" },
    });

  const ticksIn = (y0: number, y1: number, name: string) =>
    scene.axis.ticks.map((tick) => shape({ id: nextId(), name, geometry: "line", x: X(tick.x), y: Y(y0), width: 0, height: (y1 - y0) * k, line: { colour: theme.grid, width: k } }));

  const markById = new Map(scene.marks.map((mark) => [mark.id, mark]));
  const lanes = scene.lanes.map((lane) => {
    const band = shape({ id: nextId(), name: `Band: ${lane.label}`, geometry: "rect", x: X(0), y: Y(lane.y0), width: scene.width * k, height: lane.height * k, fill: { type: "solid", colour: lane.fill } });
    const swatch = shape({ id: nextId(), name: `Colour: ${lane.label}`, geometry: "rect", x: X(0), y: Y(lane.y0 + 1), width: 4 * k, height: (lane.height - 2) * k, fill: { type: "solid", colour: lane.colour } });
    const size = theme.gutter === 0 ? theme.laneLabel.size - 2 : theme.laneLabel.size;
    const name = shape({
      id: nextId(), name: `Lane name: ${lane.label}`, textBox: true, x: X(lane.labelX), y: Y(lane.labelY - size * 0.7), width: Math.max(theme.gutter - lane.labelX - 4, 60) * k, height: size * 1.4 * k,
      text: { paragraphs: [[text(lane.label, size, theme.gutter === 0 ? theme.inkSoft : theme.ink, { bold: theme.laneLabel.weight === "bold" })]], anchor: "ctr" },
    });
    const marks = scene.marks.filter((mark) => mark.lane === lane.id).map(markDrawn);
    const clusters = scene.clusters.filter((cluster) => cluster.lane === lane.id).map(clusterDrawn);
    const labels = scene.labels.filter((label) => markById.get(label.id)?.lane === lane.id).map(labelBox);
    return group(nextId(), `Lane: ${lane.label}`, [band, swatch, ...ticksIn(lane.y0, lane.y0 + lane.height, "Grid"), name, ...marks, ...clusters, ...labels]);
  });

  const axisText = (label: string, x: number, y: number, anchor: "start" | "middle" | "end", size: number, bold: boolean, colour: string) => {
    const width = (label.length * size * 0.62 + 6) * k;
    const left = anchor === "start" ? X(x) : anchor === "middle" ? X(x) - width / 2 : X(x) - width;
    return shape({ id: nextId(), name: `Axis: ${label}`, textBox: true, x: left, y: Y(y - size), width, height: size * 1.3 * k, text: { paragraphs: [[text(label, size, colour, { bold })]], align: anchor === "start" ? "l" : anchor === "middle" ? "ctr" : "r", anchor: "b" } });
  };
  const axis = group(nextId(), "Time axis", [
    ...ticksIn(scene.axis.gridTop, scene.plot.top, "Tick"),
    ...scene.axis.ticks.map((tick) => axisText(tick.label, tick.labelX, scene.axis.labelY + 3, tick.anchor, theme.axis.size, false, theme.inkSoft)),
    ...scene.axis.context.map((tick) => axisText(tick.label, tick.labelX, scene.axis.contextY + 3, "start", theme.axis.contextSize, true, theme.ink)),
  ]);

  const snapshot = scene.snapshot
    ? group(nextId(), "Snapshot line", [
        shape({ id: nextId(), name: "Snapshot", geometry: "line", x: X(scene.snapshot.x), y: Y(scene.snapshot.y0 - 4), width: 0, height: (scene.snapshot.y1 - scene.snapshot.y0 + 6) * k, line: { colour: theme.snapshot, width: 1.5 * k, dash: "dash" } }),
        axisText(scene.snapshot.label, scene.snapshot.labelX, scene.snapshot.labelY + 3, scene.snapshot.anchor, theme.axis.size, true, theme.snapshot),
      ])
    : null;

  const linkShapes = links.flatMap((link) => {
    const a = markById.get(link.from);
    const b = markById.get(link.to);
    const sa = markShapes.get(link.from);
    const sb = markShapes.get(link.to);
    if (!a || !b || !sa || !sb) return [];
    const same = Math.abs(a.y - b.y) < 1;
    // Glue points: PowerPoint numbers an ellipse's from the top, anticlockwise (0 top, 2 left, 6 right); a rectangle's 0 top, 1 left, 3 right.
    const site = (kind: SceneMark["kind"], side: "top" | "left" | "right") => (side === "top" ? 0 : kind === "point" ? (side === "left" ? 2 : 6) : side === "left" ? 1 : 3);
    const rightward = b.cx >= a.cx;
    const end = (mark: SceneMark, glue: { id: number; kind: SceneMark["kind"] }, side: "top" | "left" | "right") => ({
      x: X(side === "top" ? mark.cx : side === "left" ? (mark.kind === "point" ? mark.cx - mark.size : mark.x0) : mark.kind === "point" ? mark.cx + mark.size : mark.x1),
      y: Y(side === "top" ? mark.y - mark.size : mark.y),
      shape: glue.id,
      site: site(glue.kind, side),
    });
    const lift = Math.min(40, 12 + Math.abs(b.cx - a.cx) / 6) * 0.75;
    const parts: Drawn[] = [
      connector({
        id: nextId(), name: `Link: ${link.label}`, route: same ? "arch" : "s", lift: lift * k,
        from: end(a, sa, same ? "top" : rightward ? "right" : "left"), to: end(b, sb, same ? "top" : rightward ? "left" : "right"),
        line: { colour: theme.ink, width: 1.6 * k, alpha: 0.75 },
      }),
    ];
    if (link.text) {
      const size = link.text.size;
      parts.push(shape({ id: nextId(), name: `Link label: ${link.label}`, textBox: true, x: X(link.text.x - link.text.width / 2), y: Y(link.text.y - size * 0.7), width: link.text.width * k, height: size * 1.3 * k, fill: { type: "solid", colour: theme.background, alpha: 0.85 }, text: { paragraphs: [[text(link.label, size, theme.ink, { italic: true })]], align: "ctr", anchor: "ctr" } }));
    }
    return [group(nextId(), `Link: ${link.label}`, parts)!];
  });
  const linkGroup = group(nextId(), "Links", linkShapes);

  const calloutGroup = group(nextId(), "Expert callouts", scene.callouts.map((callout) => paintCallout(callout, scene, X, Y, k, nextId)));
  return group(nextId(), "Figure", [...lanes, axis, snapshot, linkGroup, calloutGroup].filter((d): d is Drawn => d !== null), title);
}

/** SVG leader and bracket paths here are straight moves only (M, H, V, L): their corners as points. */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, op, args] of d.matchAll(/([MLHV])([^MLHV]*)/g)) {
    const n = args!.split(/[ ,]+/).filter(Boolean).map(Number);
    if (op === "H") x = n[0]!;
    else if (op === "V") y = n[0]!;
    else [x, y] = [n[0]!, n[1]!];
    points.push([x, y]);
  }
  return points;
}

function paintCallout(callout: SceneCallout, scene: Scene, X: (x: number) => number, Y: (y: number) => number, k: number, nextId: () => number): Drawn {
  const c = scene.theme.callout!;
  const { box } = callout;
  const line: Line = { colour: callout.colour, width: k, alpha: 0.8, dash: callout.selected ? undefined : "sysDot" };
  const leader = pathPoints(callout.leader).map(([x, y]) => [X(x), Y(y)] as [number, number]);
  const bracket = callout.bracket ? ([[callout.bracket.x0, callout.bracket.y + 3], [callout.bracket.x0, callout.bracket.y], [callout.bracket.x1, callout.bracket.y], [callout.bracket.x1, callout.bracket.y + 3]] as [number, number][]).map(([x, y]) => [X(x), Y(y)] as [number, number]) : null;
  const polyline = (name: string, points: [number, number][], stroke: Line) => {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return shape({ id: nextId(), name, geometry: "rect", x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys), path: [points], line: stroke });
  };
  const runs = [
    { text: `${callout.surname}: `, size: c.size * k, colour: callout.colour, bold: true, font: FONT },
    { text: callout.lines.join("\n"), size: c.size * k, colour: scene.theme.ink, font: FONT },
    ...(callout.more > 0 ? [{ text: `  +${callout.more}`, size: (c.size - 1) * k, colour: scene.theme.inkSoft, bold: true, font: FONT }] : []),
  ];
  const parts: Drawn[] = [
    shape({
      id: nextId(), name: `Callout: ${callout.surname}`, geometry: "roundRect", radius: 0.15,
      x: X(box.x0), y: Y(box.y0), width: (box.x1 - box.x0) * k, height: (box.y1 - box.y0) * k,
      fill: { type: "solid", colour: callout.selected ? "#fff8e1" : scene.theme.background }, line: { colour: callout.colour, width: (callout.selected ? 2 : 1) * k },
      text: { paragraphs: [runs], lineHeight: c.rowHeight * k, inset: (c.pad + 1.5) * k },
    }),
  ];
  if (leader.length > 1) parts.unshift(polyline("Leader", leader, line));
  if (bracket) parts.unshift(polyline("Range", bracket, { colour: callout.colour, width: 1.5 * k }));
  return group(nextId(), `Callout: ${callout.surname}`, parts)!;
}
