import { createTimeScale } from "../time/scale";
import { laneItemsInWindow } from "../window/window-index";
import { createAxis } from "./axis";
import { layoutCallouts } from "./callouts";
import { clusterBox, layoutLane, markBox, placeLabels, type MarkRules } from "./marks";
import { layoutOverview } from "./overview";
import { layoutSnapshotLine } from "./snapshot-line";
import { measureText } from "./text";
import { laneColourFor, themeFor } from "./theme";
import type { Rect, Scene, SceneClusterMark, SceneInput, SceneLane, SceneMark } from "./types";

/** Where a lane's name starts in the gutter. */
const LANE_LABEL_X = 12;

/**
 * (events, lanes, notes, domain, size, medium) → everything the figure draws, positioned. Pure: the
 * server's first paint, the browser's every frame, the slides, the report and the deck's images are
 * this one function with another medium or size.
 */
export function buildScene(input: SceneInput): Scene {
  const theme = themeFor(input.medium, input.width);
  const { width, domain } = input;
  // The gutter holds every lane name whole: at least the theme's width, wider for a longer name.
  const longest = Math.max(0, ...input.lanes.map((lane) => measureText(lane.label, theme.laneLabel.size, theme.laneLabel.weight)));
  const x0 = theme.gutter > 0 ? Math.max(theme.gutter, Math.ceil(LANE_LABEL_X + longest + 8)) : 8;
  const x1 = width - theme.right;
  const x = createTimeScale(domain, [x0, x1]);
  const compact = theme.gutter === 0;
  const axis = createAxis(x, theme.axis.size, theme.axis.contextSize, compact);

  const notes = theme.callout && input.notes?.length ? input.notes : [];
  const bandTop = theme.axis.height;
  const band = notes.length > 0 ? { top: bandTop, bottom: bandTop + theme.callout!.rows * theme.callout!.rowHeight + 6 } : null;
  const lanesTop = band ? band.bottom : bandTop;

  const lanes: SceneLane[] = input.lanes.map((lane, i) => {
    const y0 = lanesTop + i * theme.lane.height;
    return { ...lane, colour: laneColourFor(lane.colour, theme), y0, height: theme.lane.height, fill: theme.bands[i % 2]!, labelX: compact ? 8 : LANE_LABEL_X, labelY: compact ? y0 + 9 : y0 + theme.lane.height / 2 };
  });
  const lanesBottom = lanesTop + lanes.length * theme.lane.height;

  const rules: MarkRules = {
    x,
    theme,
    plotX0: x0,
    plotX1: x1,
    colourOf: (id) => input.lanes.find((lane) => lane.id === id)?.colour ?? theme.inkSoft,
    snapshot: input.snapshot?.ms ?? null,
    selectedId: input.selectedId ?? null,
    matches: input.matches ?? null,
    numbers: input.numbers ?? null,
  };
  const marks: SceneMark[] = [];
  const clusters: SceneClusterMark[] = [];
  for (const lane of lanes) {
    const items = laneItemsInWindow(input.index, lane.id, domain[0], domain[1]);
    const server = (input.clusters ?? []).filter((c) => c.lane === lane.id && c.end > domain[0] && c.start < domain[1]);
    const laid = layoutLane(items, lane, rules, server);
    marks.push(...laid.marks);
    clusters.push(...laid.clusters);
  }

  const laneLabelBoxes: Rect[] = compact
    ? lanes.map((lane) => ({ x0: lane.labelX - 2, x1: lane.labelX + measureText(lane.label, 11) + 4, y0: lane.y0, y1: lane.y0 + 15 }))
    : [];
  const obstacles = [...marks.map(markBox), ...clusters.map(clusterBox), ...laneLabelBoxes];
  const labels = placeLabels(marks, lanes, obstacles, rules);

  const byId = new Map(marks.map((mark) => [mark.id, mark]));
  const clusterOf = new Map(clusters.flatMap((cluster) => cluster.ids.map((id) => [id, cluster] as const)));
  const { callouts, overflow } = band
    ? layoutCallouts(notes, {
        x,
        theme,
        band,
        plotX0: x0,
        plotX1: x1,
        selectedNoteId: input.selectedNoteId ?? null,
        experts: input.experts ?? [],
        anchorOf: (id) => {
          const mark = byId.get(id);
          if (mark) return { x: mark.cx, y: mark.y - mark.size };
          const cluster = clusterOf.get(id);
          return cluster ? { x: cluster.x, y: cluster.y - cluster.height / 2 } : null;
        },
      })
    : { callouts: [], overflow: null };

  const snapshotMs = input.snapshot?.ms;
  const snapshot =
    input.snapshot && snapshotMs !== undefined && snapshotMs >= domain[0] && snapshotMs <= domain[1]
      ? layoutSnapshotLine({
          x: x(snapshotMs),
          label: input.snapshot.label,
          top: lanesTop,
          bottom: lanesBottom,
          plotX0: x0,
          plotX1: x1,
          theme,
          texts: [...labels.map((l) => l.box), ...clusters.map(clusterBox), ...laneLabelBoxes, ...callouts.map((c) => c.box)],
        })
      : null;

  const overviewTop = lanesBottom + theme.foot + (snapshot?.extraHeight ?? 0);
  const overview =
    theme.overview && input.overview
      ? layoutOverview(input.overview.density, input.lanes, input.overview.bounds, domain, { x0, x1, y0: overviewTop, height: theme.overview.height }, snapshotMs ?? null)
      : null;
  const height = overview ? overview.y0 + overview.height : overviewTop;

  return {
    medium: input.medium,
    theme,
    width,
    height,
    domain,
    selectedId: input.selectedId ?? null,
    plot: { x0, x1, top: lanesTop, bottom: lanesBottom },
    axis: { ticks: axis.ticks, context: axis.context, labelY: theme.axis.height - 9, contextY: theme.axis.contextSize + 1, gridTop: theme.axis.height - 6 },
    lanes,
    marks,
    labels,
    clusters,
    callouts,
    calloutOverflow: overflow,
    band,
    snapshot,
    overview,
    boxes: [...obstacles, ...labels.map((l) => l.box), ...callouts.map((c) => c.box)],
  };
}
