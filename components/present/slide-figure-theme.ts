/** The slide figure's looks: dark for the projector, light for paper and PowerPoint. One place for both. */
export type FigureTheme = "dark" | "light";

/** Named explicitly so a standalone file renders the same anywhere: Liberation Sans is metric-compatible with Arial. */
export const FIGURE_FONT = '"Liberation Sans", Arial, Helvetica, sans-serif';

const PALETTES = {
  dark: { bg: "#0a0f1c", band: "#0f1626", bandAlt: "#162036", label: "#cbd5e1", rule: "#334155", badge: "#fbbf24", badgeText: "#111827", badgeRing: "#0a0f1c", on: "#ffffff", snapshot: "#fb7185" },
  light: { bg: "#ffffff", band: "#f5f7fa", bandAlt: "#e9eef3", label: "#3e4c59", rule: "#cbd2d9", badge: "#1f2933", badgeText: "#ffffff", badgeRing: "#ffffff", on: "#1f2933", snapshot: "#be123c" },
} as const;

/** The figure's CSS, every rule under `scope` (a class on a wrapper in a page, "" inside a standalone SVG). */
export function figureCss(theme: FigureTheme, scope: string): string {
  const p = PALETTES[theme];
  const s = scope ? `${scope} ` : "";
  return [
    `${s}.slide-timeline{font-family:${FIGURE_FONT}}`,
    `${s}.figure-background{fill:${p.bg}}`,
    `${s}.lane-band{fill:${p.band}}`,
    `${s}.lane-band-alt{fill:${p.bandAlt}}`,
    `${s}.lane-label{fill:${p.label};font-size:13px;font-weight:700}`,
    `${s}.tick-line{stroke:${p.rule}}`,
    `${s}.tick-label{fill:${p.label};font-size:12.5px}`,
    `${s}.mark{opacity:0.35}`,
    `${s}.mark-on{opacity:1;stroke:${p.on};stroke-width:2}`,
    `${s}.mark-badge circle{fill:${p.badge};stroke:${p.badgeRing};stroke-width:2}`,
    `${s}.mark-badge text{fill:${p.badgeText};font-size:13px;font-weight:700}`,
    `${s}.snapshot-line line{stroke:${p.snapshot};stroke-width:2;stroke-dasharray:5 4}`,
    `${s}.snapshot-line text{fill:${p.snapshot};font-size:12.5px;font-weight:700}`,
  ].join("\n");
}
