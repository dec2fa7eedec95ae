import { toIsoInstant } from "../time/partial-date";
import type { SceneLink } from "./links";
import { hitBox, unverifiedOutline } from "./marks";
import type { Fill, GroupPaint, Paint, Stroke, TextPaint } from "./paint-types";
import { formatCount } from "./text";
import type { Rect, Scene, SceneCallout, SceneClusterMark, SceneLabel, SceneMark } from "./types";

export * from "./paint-types";

/** Written numbers keep one decimal: the SVG stays small and nothing moves by a visible amount. */
const round = (value: number) => Math.round(value * 10) / 10;
/** A path's numbers to one decimal, like every other coordinate written. */
const roundPath = (d: string) => d.replace(/-?\d+\.\d{2,}/g, (n) => String(round(Number(n))));
const solid = (colour: string, opacity?: number): Fill => (opacity === undefined ? { colour } : { colour, opacity });
const group = (role: string, children: Paint[], extra: Partial<GroupPaint> = {}): GroupPaint => ({ kind: "group", role, children, ...extra });

function text(scene: Scene, t: Omit<TextPaint, "kind" | "font" | "lineHeight" | "weight" | "halo" | "baseline" | "anchor" | "lines"> & Partial<TextPaint> & { lines: TextPaint["lines"] }): TextPaint {
  return { kind: "text", font: scene.theme.font, lineHeight: 0, weight: "normal", halo: null, baseline: "alphabetic", anchor: "start", ...t };
}

function paintLanes(scene: Scene): GroupPaint {
  const { theme, width } = scene;
  const compact = theme.gutter === 0;
  return group(
    "lanes",
    scene.lanes.map((lane) =>
      group(
        "lane",
        [
          { kind: "rect", role: "lane-band", x: 0, y: lane.y0, width, height: lane.height, fill: solid(lane.fill), stroke: null },
          { kind: "rect", role: "lane-swatch", x: 0, y: lane.y0 + 1, width: 4, height: lane.height - 2, fill: solid(lane.colour), stroke: null },
          ...(compact ? [] : [laneName(scene, lane)]),
        ],
        { key: lane.id, data: { lane: lane.id }, alt: lane.label },
      ),
    ),
  );
}

function laneName(scene: Scene, lane: Scene["lanes"][number]) {
  const { theme } = scene;
  const inside = theme.gutter === 0;
  return text(scene, {
    role: "lane-label",
    x: lane.labelX,
    y: round(lane.labelY),
    lines: [[{ text: lane.label }]],
    baseline: "middle",
    size: inside ? theme.laneLabel.size - 2 : theme.laneLabel.size,
    weight: theme.laneLabel.weight,
    fill: inside ? theme.inkSoft : theme.ink,
    halo: inside ? { colour: lane.fill, width: 4, join: "round" } : null,
  });
}

/** Lane names inside their bands (a phone): painted over the grid, on a halo of the band's colour, so no grid line cuts through a name. */
function paintInsideLaneNames(scene: Scene): GroupPaint[] {
  if (scene.theme.gutter > 0) return [];
  return [group("lane-names", scene.lanes.map((lane) => laneName(scene, lane)))];
}

function paintAxis(scene: Scene): GroupPaint {
  const { theme, axis, plot } = scene;
  const grid: Stroke = { colour: theme.grid, width: 1 };
  return group(
    "axis",
    [
      ...axis.ticks.map((tick) =>
        group(
          "tick",
          [
            { kind: "line", role: "grid", x1: round(tick.x), x2: round(tick.x), y1: axis.gridTop, y2: plot.bottom, fill: null, stroke: grid },
            text(scene, { role: "tick-label", x: round(tick.labelX), y: axis.labelY, anchor: tick.anchor, lines: [[{ text: tick.label }]], size: theme.axis.size, fill: theme.inkSoft }),
          ],
          { key: String(tick.ms) },
        ),
      ),
      ...axis.context.map((tick) => text(scene, { role: "context-label", x: round(tick.labelX), y: axis.contextY, lines: [[{ text: tick.label }]], size: theme.axis.contextSize, weight: "bold", fill: theme.ink })),
    ],
    { svg: { "font-size": theme.axis.size, fill: theme.inkSoft, stroke: theme.grid } },
  );
}

/** The halo every mark carries: a 1-unit outline in the background colour, so touching marks stay apart. */
const markHalo = (scene: Scene): Stroke => ({ colour: scene.theme.background, width: 1 });

/**
 * One event's mark, completely: its hit target (screen), its dotted outline when unverified, its shape
 * (dot, bar, or a span's soft gradient with a dashed edge), the selection's outline, and the hatch over an
 * event after the snapshot. The canvas draws exactly this.
 */
export function paintMark(mark: SceneMark, scene: Scene): GroupPaint {
  const { theme } = scene;
  const selected = mark.id === scene.selectedId;
  const halo = markHalo(scene);
  const ring: Stroke | null = selected ? { colour: theme.ink, width: 2.5 } : mark.importance >= 3 ? { ...halo, width: 1.5 } : halo;
  const fillOpacity = mark.after ? 0.6 : undefined;
  const children: Paint[] = [];
  if (scene.medium === "screen") {
    const box = hitBox(mark);
    children.push({ kind: "rect", role: "mark-hit", x: round(box.x0), y: round(box.y0), width: round(box.x1 - box.x0), height: round(box.y1 - box.y0), fill: null, stroke: null, hit: true });
  }
  if (mark.unverified) {
    const o = unverifiedOutline(mark, mark.y);
    const dotted: Stroke = { colour: theme.inkSoft, width: 1, dash: [2, 2] };
    children.push(
      mark.kind === "point"
        ? { kind: "circle", role: "mark-unverified", cx: round(mark.cx), cy: round(mark.y), r: (o.x1 - o.x0) / 2 - 0.5, fill: null, stroke: dotted }
        : { kind: "rect", role: "mark-unverified", x: round(o.x0 + 0.5), y: round(o.y0 + 0.5), width: round(o.x1 - o.x0 - 1), height: round(o.y1 - o.y0 - 1), rx: mark.kind === "span" ? round((o.y1 - o.y0 - 1) / 2) : 4, fill: null, stroke: dotted },
    );
  }
  const hatch: Fill = { colour: theme.background, opacity: 0.75, pattern: "hatch" };
  if (mark.kind === "point") {
    const circle = { kind: "circle" as const, cx: round(mark.cx), cy: round(mark.y), r: mark.size };
    children.push({ ...circle, role: "mark-shape", fill: solid(mark.colour, fillOpacity), stroke: ring });
    if (mark.after) children.push({ ...circle, role: "mark-hatch", fill: hatch, stroke: halo });
  } else {
    const rect = { kind: "rect" as const, x: round(mark.x0), y: round(mark.y - mark.size), width: round(Math.max(mark.x1 - mark.x0, 2)), height: mark.size * 2, rx: mark.kind === "bar" ? 2 : mark.size };
    const edge: Stroke = selected ? { colour: theme.ink, width: 2.5 } : { colour: mark.colour, width: 1, opacity: 0.6, dash: [3, 2] };
    children.push(mark.kind === "bar" ? { ...rect, role: "mark-shape", fill: solid(mark.colour, fillOpacity), stroke: ring } : { ...rect, role: "mark-shape", fill: { colour: mark.colour, pattern: "span" }, stroke: edge });
    if (mark.after) children.push({ ...rect, role: "mark-hatch", fill: hatch, stroke: halo });
  }
  const classes = ["mark", mark.after && "after-asof", mark.unverified && "unverified", mark.dimmed && "is-dimmed", selected && "is-selected", mark.number !== null && "is-lit"].filter(Boolean).join(" ");
  return group(classes, children, { key: mark.id, data: { event: mark.id, kind: mark.kind }, opacity: mark.dimmed ? theme.backgroundOpacity : undefined, lane: mark.lane, alt: `${mark.item.title}, ${mark.item.dateLabel}` });
}

/** Every mark of the scene, in drawing order. */
export function paintMarks(scene: Scene): GroupPaint {
  const halo = markHalo(scene);
  return group("marks", scene.marks.map((mark) => paintMark(mark, scene)), { svg: { stroke: halo.colour, "stroke-width": halo.width } });
}

function paintLabel(label: SceneLabel, scene: Scene, lane: string | undefined): GroupPaint {
  const { theme } = scene;
  if (label.badge) {
    return group(
      "mark-badge",
      [
        { kind: "circle", cx: round(label.x), cy: round(label.y), r: round((label.box.x1 - label.box.x0) / 2), fill: solid("#fbbf24"), stroke: { colour: theme.background, width: 2 } },
        text(scene, { x: round(label.x), y: round(label.y), anchor: "middle", baseline: "central", lines: [[{ text: label.lines[0]! }]], size: label.size, weight: "bold", fill: "#111827" }),
      ],
      { key: label.id, data: { "label-for": label.id }, lane, alt: label.lines[0]! },
    );
  }
  const halo: Stroke | null = theme.halo === "stroke" ? { colour: theme.background, width: 3, join: "round" } : null;
  const children: Paint[] = [];
  if (theme.halo === "box")
    children.push({ kind: "rect", x: round(label.box.x0 - 1), y: round(label.box.y0), width: round(label.box.x1 - label.box.x0 + 2), height: round(label.box.y1 - label.box.y0), fill: solid(theme.background, 0.85), stroke: null });
  children.push(
    text(scene, {
      x: round(label.x),
      y: round(label.y),
      anchor: label.anchor,
      baseline: "middle",
      lines: label.lines.map((line) => [{ text: line }]),
      lineHeight: label.lineHeight,
      size: label.size,
      weight: label.weight,
      italic: label.after || undefined,
      fill: label.after ? theme.inkSoft : theme.ink,
      halo,
    }),
  );
  return group(label.after ? "mark-label after-asof" : "mark-label", children, { key: label.id, data: { "label-for": label.id }, lane, alt: label.lines.join(" ") });
}

function paintCluster(cluster: SceneClusterMark, scene: Scene): GroupPaint {
  const { theme } = scene;
  return group(
    "cluster",
    [
      { kind: "rect", role: "cluster-badge", x: round(cluster.x - cluster.width / 2), y: round(cluster.y - cluster.height / 2), width: cluster.width, height: cluster.height, rx: cluster.height / 2, fill: solid(theme.background), stroke: { colour: cluster.colour, width: 2 } },
      text(scene, { x: round(cluster.x), y: round(cluster.y), anchor: "middle", baseline: "central", lines: [[{ text: formatCount(cluster.count) }]], size: theme.cluster.size, weight: "bold", fill: theme.ink }),
    ],
    { key: cluster.key, data: { lane: cluster.lane, start: String(cluster.start), end: String(cluster.end), count: String(cluster.count) }, lane: cluster.lane, alt: `${formatCount(cluster.count)} events` },
  );
}

function paintCallout(callout: SceneCallout, scene: Scene): GroupPaint {
  const c = scene.theme.callout!;
  const { box } = callout;
  const lh = c.rowHeight;
  const children: Paint[] = [
    { kind: "rect", role: "callout-box", x: round(box.x0), y: round(box.y0), width: round(box.x1 - box.x0), height: round(box.y1 - box.y0), rx: 3, fill: solid(callout.selected ? "#fff8e1" : scene.theme.background), stroke: { colour: callout.colour, width: callout.selected ? 2 : 1 } },
    { kind: "rect", x: round(box.x0), y: round(box.y0), width: 3, height: round(box.y1 - box.y0), fill: solid(callout.colour), stroke: null },
    text(scene, {
      x: round(box.x0 + c.pad + 3),
      y: round(box.y0 + lh / 2 - 1),
      baseline: "middle",
      lines: [[{ text: `${callout.surname}: `, weight: "bold", fill: callout.colour }, { text: callout.lines[0] ?? "" }], ...callout.lines.slice(1).map((line) => [{ text: line }])],
      lineHeight: lh,
      size: c.size,
      fill: scene.theme.ink,
    }),
  ];
  if (callout.more > 0)
    children.push(text(scene, { role: "callout-count", x: round(box.x1 - 5), y: round(box.y0 + lh / 2 - 1), anchor: "end", baseline: "middle", lines: [[{ text: `+${callout.more}` }]], size: c.size - 1, weight: "bold", fill: scene.theme.inkSoft }));
  const data: Record<string, string> = { note: callout.id, events: callout.eventIds.join(" ") };
  if (callout.others.length) data.others = callout.others.join(" ");
  return group(callout.selected ? "callout is-active" : "callout", children, { key: callout.id, data, alt: `${callout.surname}: ${callout.lines.join(" ")}` });
}

function paintLeaders(scene: Scene): GroupPaint {
  return group(
    "leaders",
    scene.callouts.map((callout) => {
      const children: Paint[] = [];
      if (callout.leader) children.push({ kind: "path", d: roundPath(callout.leader), fill: null, stroke: { colour: callout.colour, width: callout.selected ? 1.5 : 1, opacity: 0.8, dash: callout.selected ? undefined : [2, 2] } });
      if (callout.bracket) {
        const b = callout.bracket;
        children.push({ kind: "path", d: `M${round(b.x0)},${b.y + 3}V${b.y}H${round(b.x1)}V${b.y + 3}`, fill: null, stroke: { colour: callout.colour, width: 1.5 } });
      }
      return group(callout.selected ? "leader is-active" : "leader", children, { key: callout.id, data: { note: callout.id } });
    }),
    { svg: { fill: "none" }, knockout: scene.medium === "screen" ? labelKnockout(scene) : undefined },
  );
}

/** Lines pass under the labels: each label's box (and a unit around it), to cut out of them. */
function labelKnockout(scene: Scene): Rect[] {
  return scene.labels.map((l) => ({ x0: round(l.box.x0 - 1), y0: round(l.box.y0 - 1), x1: round(l.box.x0 - 1) + round(l.box.x1 - l.box.x0 + 2), y1: round(l.box.y0 - 1) + round(l.box.y1 - l.box.y0 + 2) }));
}

/** Each link's curve between its two events' marks, in the medium's ink; `from` and `to` name the events. */
function paintLinkCurves(scene: Scene, links: readonly SceneLink[], knockout?: readonly Rect[]): GroupPaint {
  const stroke: Stroke = { colour: scene.theme.ink, width: 1.6, opacity: 0.75 };
  return group(
    "link-curves",
    links.map((link) => ({ kind: "path", role: "link", d: link.d, fill: null, stroke, data: { from: link.from, to: link.to }, alt: link.label })),
    { knockout },
  );
}

/**
 * Each link's label on a halo of the ground, so no line crosses a word: a stroke behind the letters on a
 * screen or projector, a box on paper (slides in a deck or a handout, print: a stroked text is extracted
 * twice from a PDF).
 */
function paintLinkLabels(scene: Scene, links: readonly SceneLink[]): Paint[] {
  const { theme } = scene;
  const paper = scene.medium === "slide" || scene.medium === "print";
  return links.flatMap((link): Paint[] => {
    if (!link.text) return [];
    const { x, y, width, size } = link.text;
    const data = { from: link.from, to: link.to };
    const words = { role: paper ? undefined : "link-label", x: round(x), y: round(y), anchor: "middle" as const, baseline: "middle" as const, lines: [[{ text: link.label }]], size, italic: true, fill: theme.ink };
    if (!paper) return [text(scene, { ...words, data, halo: { colour: theme.background, width: 4, join: "round" } })];
    const box: Paint = { kind: "rect", x: round(x - width / 2), y: round(y - size * 0.65), width: round(width), height: round(size * 1.3), fill: solid(theme.background, 0.85), stroke: null };
    return [group("link-label", [box, text(scene, words)], { key: `${link.from}>${link.to}`, data, alt: link.label })];
  });
}

/**
 * The links of the hovered or selected events over a live figure (the explorer's hover layer): every
 * curve first, cut around the labels' boxes, then every label on its halo.
 */
export function paintLinks(scene: Scene, links: readonly SceneLink[]): GroupPaint {
  return group("links", [paintLinkCurves(scene, links, labelKnockout(scene)), ...paintLinkLabels(scene, links)]);
}

function paintOverview(scene: Scene): GroupPaint {
  const ov = scene.overview!;
  const { theme } = scene;
  const band = { y1: ov.y0 + 1, y2: ov.axisY - 9 };
  const children: Paint[] = [
    { kind: "rect", role: "overview-bg", x: 0, y: ov.y0, width: scene.width, height: ov.height, fill: solid("#fafbfc"), stroke: null },
    { kind: "line", x1: 0, x2: scene.width, y1: ov.y0 + 0.5, y2: ov.y0 + 0.5, fill: null, stroke: { colour: theme.grid, width: 1 } },
    group("ov-density", ov.shades.map((shade) => ({ kind: "path", d: shade.d, fill: solid(shade.colour, round(shade.opacity * 100) / 100), stroke: null }) as Paint)),
    group("ov-axis", ov.ticks.map((tick) => text(scene, { x: round(tick.labelX), y: ov.axisY, anchor: tick.anchor, lines: [[{ text: tick.label }]], size: 10, fill: theme.inkSoft })), { svg: { "font-size": 10, fill: theme.inkSoft } }),
  ];
  if (ov.snapshotX !== null) children.push({ kind: "line", role: "ov-asof", x1: round(ov.snapshotX), x2: round(ov.snapshotX), ...band, fill: null, stroke: { colour: theme.snapshot, width: 1.5 } });
  children.push({ kind: "rect", role: "ov-window", x: round(ov.window.x0), y: ov.y0 + 1, width: round(Math.max(2, ov.window.x1 - ov.window.x0)), height: ov.axisY - 9 - ov.y0, fill: solid("#1d4ed8", 0.12), stroke: { colour: "#1d4ed8", width: 1.5 } });
  // d3-brush fills this group in the browser.
  children.push(group("brush", []));
  return group("overview", children, { data: { from: toIsoInstant(ov.bounds[0]), to: toIsoInstant(ov.bounds[1]) } });
}

/**
 * The whole scene as one paint list, back to front: background, lanes, axis, the region after the
 * snapshot, the plot (leaders, the links' curves, marks, count badges, labels and number discs, the
 * links' labels; clipped to the plot), the snapshot line, callouts and the overview strip. A figure that
 * shows its links (a slide) draws them under the marks and discs: no line crosses a number or a mark.
 */
export function paintScene(scene: Scene, { links = [] }: { links?: readonly SceneLink[] } = {}): Paint[] {
  const { theme, plot } = scene;
  const height = round(scene.height);
  const layers: Paint[] = [{ kind: "rect", role: "figure-bg", x: 0, y: 0, width: scene.width, height, fill: solid(theme.background), stroke: null }, paintLanes(scene), paintAxis(scene), ...paintInsideLaneNames(scene)];
  if (scene.snapshot && scene.medium !== "projector" && scene.medium !== "slide")
    layers.push({ kind: "rect", role: "after-region", x: round(scene.snapshot.x), y: plot.top, width: round(Math.max(0, scene.snapshot.afterX1 + 8 - scene.snapshot.x)), height: plot.bottom - plot.top, fill: solid(theme.snapshot, 0.035), stroke: null });
  const labelHalo: Record<string, string | number> = theme.halo === "stroke" ? { "paint-order": "stroke", stroke: theme.background, "stroke-width": 3, "stroke-linejoin": "round" } : {};
  const laneOf = new Map(scene.marks.map((mark) => [mark.id, mark.lane]));
  layers.push(
    group(
      "plot",
      [
        paintLeaders(scene),
        ...(links.length ? [paintLinkCurves(scene, links)] : []),
        paintMarks(scene),
        group("clusters", scene.clusters.map((cluster) => paintCluster(cluster, scene)), { svg: { "stroke-width": 2, "text-anchor": "middle", "font-size": theme.cluster.size, "font-weight": "bold", fill: theme.ink } }),
        group("labels", scene.labels.map((label) => paintLabel(label, scene, laneOf.get(label.id))), { svg: { fill: theme.ink, ...labelHalo } }),
        ...(links.length ? [group("link-labels", paintLinkLabels(scene, links))] : []),
      ],
      { clip: { x0: plot.x0 - 8, y0: 0, x1: plot.x1 + 8, y1: scene.height } },
    ),
  );
  if (scene.snapshot) {
    const s = scene.snapshot;
    layers.push(
      group("asof", [
        // Cut where a text crosses it (the scene's segments): it passes under words in every painter.
        ...s.segments.map(([y1, y2]): Paint => ({ kind: "line", x1: round(s.x), x2: round(s.x), y1: round(y1), y2: round(y2), fill: null, stroke: { colour: theme.snapshot, width: 1.5, dash: [5, 3] } })),
        text(scene, { x: round(s.labelX), y: round(s.labelY), anchor: s.anchor, lines: s.lines.map((line) => [{ text: line }]), lineHeight: s.lineHeight, size: theme.axis.size, weight: "bold", fill: theme.snapshot }),
      ]),
    );
  }
  if (scene.callouts.length > 0) layers.push(group("callouts", scene.callouts.map((callout) => paintCallout(callout, scene))));
  if (scene.overview) layers.push(paintOverview(scene));
  return layers;
}

/**
 * What hover and selection do to the marks, for every painter: with anything lit, the other marks fade;
 * the hovered or selected mark's shape gets a dark outline, related ones (linked to it) a thinner one,
 * the events a hovered expert note is anchored to a violet one.
 */
export type Emphasis = "hover" | "selected" | "related" | "anchor";
export const EMPHASIS = {
  fade: 0.35,
  outline: {
    hover: { colour: "#111111", width: 2.5 },
    selected: { colour: "#111111", width: 2.5 },
    related: { colour: "#111111", width: 1.5 },
    anchor: { colour: "#7c3aed", width: 2.5 },
  } satisfies Record<Emphasis, Stroke>,
} as const;

/** A mark's paint with emphasis applied: `state` when it is lit, null when something else is (it fades). */
export function emphasise(mark: GroupPaint, state: Emphasis | null): GroupPaint {
  if (!state) return { ...mark, opacity: (mark.opacity ?? 1) * EMPHASIS.fade };
  const outline = EMPHASIS.outline[state];
  return { ...mark, children: mark.children.map((child) => (child.kind !== "group" && child.kind !== "text" && child.role === "mark-shape" ? { ...child, stroke: { ...outline } } : child)) };
}

/** The same emphasis as CSS for the SVG figure, where hover sets data attributes rather than re-rendering. */
export function emphasisCss(): string {
  const o = EMPHASIS.outline;
  const outline = (s: Stroke) => `stroke:${s.colour};stroke-width:${s.width};stroke-opacity:1;stroke-dasharray:none`;
  return [
    `.figure[data-active] .mark:not([data-hl]){opacity:${EMPHASIS.fade}}`,
    ...(Object.keys(o) as Emphasis[]).map((state) => `.figure .mark[data-hl="${state}"] .mark-shape{${outline(o[state])}}`),
  ].join("\n");
}
