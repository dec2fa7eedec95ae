import type { Weight } from "./text";

/** Where the figure is read: a screen, a dark projected slide, a light slide (PowerPoint, handout), or paper. */
export type Medium = "screen" | "projector" | "slide" | "print";

/** Sizes, colours and rules of one medium. The scene is the same code for all three; only this changes. */
export interface Theme {
  medium: Medium;
  font: string;
  background: string;
  ink: string;
  inkSoft: string;
  grid: string;
  bands: readonly [string, string];
  snapshot: string;
  /** Lane label gutter on the left (0 = labels inside the bands). */
  gutter: number;
  right: number;
  axis: { height: number; size: number; contextSize: number };
  laneLabel: { size: number; weight: Weight };
  lane: { height: number; rowHeight: number; inset: number };
  /** Point radius by importance 1, 2, 3. */
  radius: readonly [number, number, number];
  /** Bar and span height by importance. */
  barHeight: readonly [number, number, number];
  /** Narrowest drawn bar or span: a two-day event is never a sliver. */
  minWidth: number;
  label: { size: readonly [number, number, number]; weight: readonly [Weight, Weight, Weight]; gap: number; maxWidth: number; maxLines: number; lineHeight: number };
  /** Which importance earns a label try (lower ones are labelled only on screen zoom or when numbered). */
  labelFrom: 1 | 2 | 3;
  callout: { size: number; rows: number; rowHeight: number; maxWidth: number; pad: number } | null;
  cluster: { size: number; minWidth: number; binPx: number };
  /** Dimmed (not highlighted) marks on slides keep this opacity: visible on a projector. */
  backgroundOpacity: number;
  overview: { height: number } | null;
  /** Text halos are drawn with a background rect, never a stroke, in print (a stroked text is extracted twice from a PDF). */
  halo: "stroke" | "box" | "none";
  foot: number;
}

const FONT = '"Liberation Sans", Arial, Helvetica, sans-serif';

const SCREEN: Theme = {
  medium: "screen",
  font: FONT,
  background: "#ffffff",
  ink: "#1f2933",
  inkSoft: "#52606d",
  grid: "#e3e7ec",
  bands: ["#ffffff", "#f5f7f9"],
  snapshot: "#b42318",
  gutter: 124,
  right: 16,
  axis: { height: 34, size: 11, contextSize: 11 },
  laneLabel: { size: 13, weight: "bold" },
  lane: { height: 58, rowHeight: 17, inset: 3 },
  radius: [3.5, 5, 6.5],
  barHeight: [6, 8, 10],
  minWidth: 6,
  label: { size: [11, 11.5, 12.5], weight: ["normal", "normal", "bold"], gap: 4, maxWidth: 210, maxLines: 2, lineHeight: 1.15 },
  labelFrom: 1,
  callout: { size: 11.5, rows: 4, rowHeight: 17, maxWidth: 170, pad: 6 },
  cluster: { size: 11, minWidth: 24, binPx: 32 },
  backgroundOpacity: 1,
  overview: { height: 46 },
  halo: "stroke",
  foot: 16,
};

const COMPACT: Partial<Theme> = {
  gutter: 0,
  right: 8,
  lane: { height: 50, rowHeight: 15, inset: 15 },
  label: { ...SCREEN.label, size: [10.5, 11, 11.5], maxWidth: 150 },
  callout: { size: 11, rows: 2, rowHeight: 16, maxWidth: 180, pad: 5 },
};

const PROJECTOR: Theme = {
  ...SCREEN,
  medium: "projector",
  background: "#0f172a",
  ink: "#f8fafc",
  inkSoft: "#cbd5e1",
  grid: "#334155",
  bands: ["#0f172a", "#16213a"],
  snapshot: "#f87171",
  gutter: 170,
  right: 28,
  axis: { height: 52, size: 17, contextSize: 17 },
  laneLabel: { size: 18, weight: "bold" },
  lane: { height: 64, rowHeight: 26, inset: 4 },
  radius: [6, 7, 8],
  barHeight: [10, 12, 14],
  minWidth: 10,
  label: { size: [17, 17, 18], weight: ["normal", "normal", "bold"], gap: 6, maxWidth: 300, maxLines: 2, lineHeight: 1.1 },
  labelFrom: 3,
  callout: null,
  cluster: { size: 16, minWidth: 34, binPx: 44 },
  backgroundOpacity: 0.7,
  overview: null,
  halo: "none",
  foot: 28,
};

const PRINT: Theme = {
  ...SCREEN,
  medium: "print",
  gutter: 118,
  right: 12,
  axis: { height: 30, size: 10, contextSize: 10 },
  laneLabel: { size: 11.5, weight: "bold" },
  lane: { height: 50, rowHeight: 15, inset: 3 },
  radius: [3.5, 4.5, 6],
  barHeight: [6, 8, 10],
  minWidth: 6,
  label: { size: [9.5, 10, 10.5], weight: ["normal", "normal", "bold"], gap: 3, maxWidth: 190, maxLines: 2, lineHeight: 1.15 },
  labelFrom: 1,
  callout: null,
  cluster: { size: 10, minWidth: 22, binPx: 28 },
  overview: null,
  halo: "box",
  foot: 18,
};

/** The projector's sizes on white: a slide in a deck file or a handout page. */
const SLIDE: Theme = {
  ...PROJECTOR,
  medium: "slide",
  background: "#ffffff",
  ink: "#1f2933",
  inkSoft: "#3e4c59",
  grid: "#cbd2d9",
  bands: ["#ffffff", "#f1f4f8"],
  snapshot: "#be123c",
  backgroundOpacity: 0.45,
};

/** The theme of a medium at a width: phones get labels inside the lane bands and fewer callout rows. */
export function themeFor(medium: Medium, width: number): Theme {
  if (medium === "projector") return PROJECTOR;
  if (medium === "slide") return SLIDE;
  if (medium === "print") return PRINT;
  return width < 640 ? { ...SCREEN, ...COMPACT } : SCREEN;
}

/** A lane colour as a medium shows it: on the projector's dark ground, mixed towards white so a dark hue still reads. */
export function laneColourFor(colour: string, theme: Theme): string {
  if (theme.medium !== "projector" || !/^#[0-9a-f]{6}$/i.test(colour)) return colour;
  const mix = (i: number) => Math.round(parseInt(colour.slice(i, i + 2), 16) * 0.55 + 255 * 0.45).toString(16).padStart(2, "0");
  return `#${mix(1)}${mix(3)}${mix(5)}`;
}

/** One colour per expert, in the data set's order (Okabe–Ito, kept apart from the lane colours by place, not hue). */
export const EXPERT_COLOURS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"] as const;
