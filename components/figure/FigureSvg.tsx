import type { ReactNode } from "react";
import type { Scene, SceneCallout, SceneClusterMark, SceneLabel, SceneMark } from "@/lib/scene/types";
import { unverifiedOutline } from "@/lib/scene/marks";
import { formatCount } from "@/lib/scene/text";
import { toIsoInstant } from "@/lib/time/partial-date";

/**
 * The one renderer of the figure: a Scene as SVG. No hooks and no state, so the same elements are
 * written by the server (the explorer's first paint, the no-JavaScript page, slides, the report, deck
 * images) and re-rendered by the browser, which hydrates — adopts — the server's nodes by their keys.
 * Every size and colour is an attribute, so a copy of the SVG stands alone.
 */

interface FigureSvgProps {
  scene: Scene;
  /** Unique per figure on a page: prefixes the ids of gradients and patterns. */
  idPrefix: string;
  title: string;
  /** Extra layers drawn on top inside the plot (the browser's hover and focus layers). */
  children?: ReactNode;
  className?: string;
  /** Fill the container's width (screen) rather than the scene's own width. */
  fluid?: boolean;
  /** The marks are drawn on a canvas above (windows too dense for SVG). */
  hideMarks?: boolean;
}

const round = (value: number) => Math.round(value * 10) / 10;

function Lanes({ scene }: { scene: Scene }) {
  const { theme, width } = scene;
  return (
    <g className="lanes">
      {scene.lanes.map((lane) => (
        <g key={lane.id} className="lane" data-lane={lane.id}>
          <rect className="lane-band" x={0} y={lane.y0} width={width} height={lane.height} fill={lane.fill} />
          <rect className="lane-swatch" x={0} y={lane.y0 + 1} width={4} height={lane.height - 2} fill={lane.colour} />
          <text
            className="lane-label"
            x={lane.labelX}
            y={round(lane.labelY)}
            dominantBaseline="middle"
            fontSize={theme.gutter === 0 ? theme.laneLabel.size - 2 : theme.laneLabel.size}
            fontWeight={theme.laneLabel.weight}
            fill={theme.gutter === 0 ? theme.inkSoft : theme.ink}
          >
            {lane.label}
          </text>
        </g>
      ))}
    </g>
  );
}

function Axis({ scene }: { scene: Scene }) {
  const { theme, axis, plot } = scene;
  return (
    <g className="axis" fontSize={theme.axis.size} fill={theme.inkSoft} stroke={theme.grid}>
      {axis.ticks.map((tick) => (
        <g key={tick.ms} className="tick">
          <line className="grid" x1={round(tick.x)} x2={round(tick.x)} y1={axis.gridTop} y2={plot.bottom} />
          <text className="tick-label" x={round(tick.labelX)} y={axis.labelY} textAnchor={tick.anchor} stroke="none">
            {tick.label}
          </text>
        </g>
      ))}
      {axis.context.map((tick) => (
        <text key={`c${tick.ms}`} className="context-label" x={round(tick.labelX)} y={axis.contextY} fontWeight="bold" fill={theme.ink} fontSize={theme.axis.contextSize} stroke="none">
          {tick.label}
        </text>
      ))}
    </g>
  );
}

function markClass(mark: SceneMark, scene: Scene, selectedId: string | null) {
  let name = "mark";
  if (mark.after) name += " after-asof";
  if (mark.unverified) name += " unverified";
  if (mark.dimmed) name += " is-dimmed";
  if (mark.id === selectedId) name += " is-selected";
  if (mark.number !== null) name += " is-lit";
  return name;
}

function Mark({ mark, scene, idPrefix, selected }: { mark: SceneMark; scene: Scene; idPrefix: string; selected: boolean }) {
  const { theme } = scene;
  // The halo (background stroke, 1 px) is inherited from the marks group; only the selected and key events differ.
  const stroke = selected ? theme.ink : undefined;
  const strokeWidth = selected ? 2.5 : mark.importance >= 3 ? 1.5 : undefined;
  const opacity = mark.dimmed ? theme.backgroundOpacity : undefined;
  const fillOpacity = mark.after ? 0.6 : undefined;
  let shape: ReactNode;
  let hatch: ReactNode = null;
  if (mark.kind === "point") {
    shape = <circle className="mark-shape" cx={round(mark.cx)} cy={round(mark.y)} r={mark.size} fill={mark.colour} fillOpacity={fillOpacity} stroke={stroke} strokeWidth={strokeWidth} />;
    if (mark.after) hatch = <circle className="mark-hatch" cx={round(mark.cx)} cy={round(mark.y)} r={mark.size} fill={`url(#${idPrefix}-hatch)`} />;
  } else {
    const h = mark.size * 2;
    const common = { x: round(mark.x0), y: round(mark.y - mark.size), width: round(Math.max(mark.x1 - mark.x0, 2)), height: h };
    shape =
      mark.kind === "bar" ? (
        <rect className="mark-shape" {...common} rx={2} fill={mark.colour} fillOpacity={fillOpacity} stroke={stroke} strokeWidth={strokeWidth} />
      ) : (
        <rect className="mark-shape" {...common} rx={mark.size} fill={`url(#${idPrefix}-span-${mark.lane})`} stroke={selected ? theme.ink : mark.colour} strokeOpacity={selected ? undefined : 0.6} strokeWidth={selected ? 2.5 : undefined} strokeDasharray={selected ? undefined : "3 2"} />
      );
    if (mark.after) hatch = <rect className="mark-hatch" {...common} rx={mark.kind === "bar" ? 2 : mark.size} fill={`url(#${idPrefix}-hatch)`} />;
  }
  // On screen every mark is at least 24 px to touch, however small it is drawn.
  const hitWidth = Math.max(24, mark.x1 - mark.x0 + 4);
  // Unpainted (figure.css): it only catches the pointer.
  const hit = scene.medium === "screen" ? <rect className="mark-hit" x={round(mark.cx - hitWidth / 2)} y={round(mark.y - 12)} width={round(hitWidth)} height={24} /> : null;
  return (
    <g className={markClass(mark, scene, selected ? mark.id : null)} data-event={mark.id} data-kind={mark.kind} opacity={opacity}>
      {hit}
      {mark.unverified && <UnverifiedOutline mark={mark} stroke={theme.inkSoft} />}
      {shape}
      {hatch}
    </g>
  );
}

/** The dotted ring (a dot) or rounded box (a bar or span) that marks an event as unverified; its stroke sits inside the outline the layout keeps clear. */
function UnverifiedOutline({ mark, stroke }: { mark: SceneMark; stroke: string }) {
  const o = unverifiedOutline(mark, mark.y);
  const common = { className: "mark-unverified", fill: "none", stroke, strokeWidth: 1, strokeDasharray: "2 2" };
  if (mark.kind === "point") return <circle {...common} cx={round(mark.cx)} cy={round(mark.y)} r={(o.x1 - o.x0) / 2 - 0.5} />;
  return <rect {...common} x={round(o.x0 + 0.5)} y={round(o.y0 + 0.5)} width={round(o.x1 - o.x0 - 1)} height={round(o.y1 - o.y0 - 1)} rx={mark.kind === "span" ? round((o.y1 - o.y0 - 1) / 2) : 4} />;
}

function Label({ label, scene }: { label: SceneLabel; scene: Scene }) {
  const { theme } = scene;
  if (label.badge)
    return (
      <g className="mark-badge" data-label-for={label.id}>
        <circle cx={round(label.x)} cy={round(label.y)} r={(label.box.x1 - label.box.x0) / 2} fill="#fbbf24" stroke={theme.background} strokeWidth={2} />
        <text x={round(label.x)} y={round(label.y)} textAnchor="middle" dominantBaseline="central" fontSize={label.size} fontWeight="bold" fill="#111827">
          {label.lines[0]}
        </text>
      </g>
    );
  return (
    <g className={label.after ? "mark-label after-asof" : "mark-label"} data-label-for={label.id}>
      {theme.halo === "box" && <rect x={round(label.box.x0 - 1)} y={round(label.box.y0)} width={round(label.box.x1 - label.box.x0 + 2)} height={round(label.box.y1 - label.box.y0)} fill={theme.background} fillOpacity={0.85} />}
      <text
        x={round(label.x)}
        y={round(label.y)}
        textAnchor={label.anchor}
        dominantBaseline="middle"
        fontSize={label.size}
        fontWeight={label.weight}
        fill={label.after ? theme.inkSoft : undefined}
        fontStyle={label.after ? "italic" : undefined}
      >
        {label.lines.length === 1
          ? label.lines[0]
          : label.lines.map((line, i) => (
              <tspan key={i} x={round(label.x)} dy={i === 0 ? 0 : label.lineHeight}>
                {line}
              </tspan>
            ))}
      </text>
    </g>
  );
}

function Cluster({ cluster, scene }: { cluster: SceneClusterMark; scene: Scene }) {
  const { theme } = scene;
  return (
    <g className="cluster" data-lane={cluster.lane} data-start={cluster.start} data-end={cluster.end} data-count={cluster.count}>
      <rect className="cluster-badge" x={round(cluster.x - cluster.width / 2)} y={round(cluster.y - cluster.height / 2)} width={cluster.width} height={cluster.height} rx={cluster.height / 2} fill={theme.background} stroke={cluster.colour} />
      <text x={round(cluster.x)} y={round(cluster.y)} dominantBaseline="central">{formatCount(cluster.count)}</text>
    </g>
  );
}

function Callout({ callout, scene }: { callout: SceneCallout; scene: Scene }) {
  const c = scene.theme.callout!;
  const { box } = callout;
  const lh = c.rowHeight;
  return (
    <g className={callout.selected ? "callout is-active" : "callout"} data-note={callout.id} data-others={callout.others.join(" ") || undefined} data-events={callout.eventIds.join(" ")}>
      <rect className="callout-box" x={round(box.x0)} y={round(box.y0)} width={round(box.x1 - box.x0)} height={round(box.y1 - box.y0)} rx={3} fill={callout.selected ? "#fff8e1" : scene.theme.background} stroke={callout.colour} strokeWidth={callout.selected ? 2 : 1} />
      <rect x={round(box.x0)} y={round(box.y0)} width={3} height={round(box.y1 - box.y0)} fill={callout.colour} />
      <text x={round(box.x0 + c.pad + 3)} y={round(box.y0 + lh / 2 - 1)} dominantBaseline="middle" fontSize={c.size} fill={scene.theme.ink}>
        <tspan fontWeight="bold" fill={callout.colour}>
          {`${callout.surname}: `}
        </tspan>
        {callout.lines[0]}
        {callout.lines.slice(1).map((line, i) => (
          <tspan key={i} x={round(box.x0 + c.pad + 3)} dy={lh}>
            {line}
          </tspan>
        ))}
      </text>
      {callout.more > 0 && (
        <text className="callout-count" x={round(box.x1 - 5)} y={round(box.y0 + lh / 2 - 1)} textAnchor="end" dominantBaseline="middle" fontSize={c.size - 1} fontWeight="bold" fill={scene.theme.inkSoft}>
          {`+${callout.more}`}
        </text>
      )}
    </g>
  );
}

function Leaders({ scene, mask }: { scene: Scene; mask?: string }) {
  return (
    <g className="leaders" fill="none" mask={mask}>
      {scene.callouts.map((callout) => (
        <g key={callout.id} className={callout.selected ? "leader is-active" : "leader"} data-note={callout.id}>
          {callout.leader && <path d={callout.leader} stroke={callout.colour} strokeWidth={callout.selected ? 1.5 : 1} strokeOpacity={0.8} strokeDasharray={callout.selected ? undefined : "2 2"} />}
          {callout.bracket && (
            <path
              d={`M${round(callout.bracket.x0)},${callout.bracket.y + 3}V${callout.bracket.y}H${round(callout.bracket.x1)}V${callout.bracket.y + 3}`}
              stroke={callout.colour}
              strokeWidth={1.5}
            />
          )}
        </g>
      ))}
    </g>
  );
}

function Overview({ scene }: { scene: Scene }) {
  const ov = scene.overview!;
  const { theme } = scene;
  return (
    <g className="overview" data-from={toIsoInstant(ov.bounds[0])} data-to={toIsoInstant(ov.bounds[1])}>
      <rect className="overview-bg" x={0} y={ov.y0} width={scene.width} height={ov.height} fill="#fafbfc" />
      <line x1={0} x2={scene.width} y1={ov.y0 + 0.5} y2={ov.y0 + 0.5} stroke={theme.grid} />
      <g className="ov-density">
        {ov.shades.map((shade) => (
          <path key={`${shade.lane}:${shade.opacity}`} d={shade.d} fill={shade.colour} fillOpacity={round(shade.opacity * 100) / 100} />
        ))}
      </g>
      <g className="ov-axis" fontSize={10} fill={theme.inkSoft}>
        {ov.ticks.map((tick) => (
          <text key={tick.ms} x={round(tick.labelX)} y={ov.axisY} textAnchor={tick.anchor}>
            {tick.label}
          </text>
        ))}
      </g>
      {ov.snapshotX !== null && <line className="ov-asof" x1={round(ov.snapshotX)} x2={round(ov.snapshotX)} y1={ov.y0 + 1} y2={ov.axisY - 9} stroke={theme.snapshot} strokeWidth={1.5} />}
      <rect className="ov-window" x={round(ov.window.x0)} y={ov.y0 + 1} width={round(Math.max(2, ov.window.x1 - ov.window.x0))} height={ov.axisY - 9 - ov.y0} fill="#1d4ed8" fillOpacity={0.12} stroke="#1d4ed8" strokeWidth={1.5} />
      <g className="brush" />
    </g>
  );
}

export function FigureSvg({ scene, idPrefix, title, children, className, fluid, hideMarks }: FigureSvgProps) {
  const { theme, plot } = scene;
  const clipId = `${idPrefix}-clip`;
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
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.x0 - 8} y={0} width={plot.x1 - plot.x0 + 16} height={scene.height} />
        </clipPath>
        <pattern id={`${idPrefix}-hatch`} patternUnits="userSpaceOnUse" width={5} height={5} patternTransform="rotate(45)">
          <rect width={2} height={5} fill={theme.background} fillOpacity={0.75} />
        </pattern>
        {scene.lanes.map((lane) => (
          <linearGradient key={lane.id} id={`${idPrefix}-span-${lane.id}`}>
            {[0, 0.2, 0.8, 1].map((offset, i) => (
              <stop key={offset} offset={offset} stopColor={lane.colour} stopOpacity={i === 0 || i === 3 ? 0.08 : 0.5} />
            ))}
          </linearGradient>
        ))}
        {scene.medium === "screen" && (
          // Lines (callout leaders, link curves) pass under the labels: each label's box is cut out of them, a halo of the whole box.
          <mask id={`${idPrefix}-knockout`} maskUnits="userSpaceOnUse" x={0} y={0} width={scene.width} height={round(scene.height)}>
            <rect x={0} y={0} width={scene.width} height={round(scene.height)} fill="#fff" />
            {scene.labels.map((label) => (
              <rect key={label.id} x={round(label.box.x0 - 1)} y={round(label.box.y0 - 1)} width={round(label.box.x1 - label.box.x0 + 2)} height={round(label.box.y1 - label.box.y0 + 2)} fill="#000" />
            ))}
          </mask>
        )}
      </defs>
      <rect className="figure-bg" x={0} y={0} width={scene.width} height={round(scene.height)} fill={theme.background} />
      <Lanes scene={scene} />
      <Axis scene={scene} />
      {scene.snapshot && scene.medium !== "projector" && scene.medium !== "slide" && (
        <rect className="after-region" x={round(scene.snapshot.x)} y={plot.top} width={round(Math.max(0, scene.snapshot.afterX1 + 8 - scene.snapshot.x))} height={plot.bottom - plot.top} fill={theme.snapshot} fillOpacity={0.035} />
      )}
      <g className="plot" clipPath={`url(#${clipId})`}>
        <Leaders scene={scene} mask={scene.medium === "screen" ? `url(#${idPrefix}-knockout)` : undefined} />
        <g className="marks" stroke={theme.background} strokeWidth={1}>
          {!hideMarks && scene.marks.map((mark) => (
            <Mark key={mark.id} mark={mark} scene={scene} idPrefix={idPrefix} selected={mark.id === scene.selectedId} />
          ))}
        </g>
        <g className="clusters" strokeWidth={2} textAnchor="middle" fontSize={scene.theme.cluster.size} fontWeight="bold" fill={scene.theme.ink}>
          {scene.clusters.map((cluster) => (
            <Cluster key={cluster.key} cluster={cluster} scene={scene} />
          ))}
        </g>
        <g className="labels" fill={theme.ink} {...(theme.halo === "stroke" ? { paintOrder: "stroke", stroke: theme.background, strokeWidth: 3, strokeLinejoin: "round" as const } : {})}>
          {scene.labels.map((label) => (
            <Label key={label.id} label={label} scene={scene} />
          ))}
        </g>
        {children}
      </g>
      {scene.snapshot && (
        <g className="asof">
          <line x1={round(scene.snapshot.x)} x2={round(scene.snapshot.x)} y1={scene.snapshot.y0 - 4} y2={scene.snapshot.y1 + 2} stroke={theme.snapshot} strokeWidth={1.5} strokeDasharray="5 3" />
          <text x={round(scene.snapshot.labelX)} y={scene.snapshot.labelY} textAnchor={scene.snapshot.anchor} fontSize={theme.axis.size} fontWeight="bold" fill={theme.snapshot}>
            {scene.snapshot.label}
          </text>
        </g>
      )}
      {scene.callouts.length > 0 && (
        <g className="callouts">
          {scene.callouts.map((callout) => (
            <Callout key={callout.id} callout={callout} scene={scene} />
          ))}
        </g>
      )}
      {scene.overview && <Overview scene={scene} />}
    </svg>
  );
}
