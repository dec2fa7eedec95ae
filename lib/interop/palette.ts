/**
 * Lane colours for imported sets, in order of first appearance: Okabe–Ito and Paul Tol hues, each at least 3:1
 * against white (WCAG 1.4.11 for marks) and told apart under the common colour-vision deficiencies.
 */
export const LANE_PALETTE = ["#0072B2", "#D55E00", "#009E73", "#AA4499", "#332288", "#8A6D00", "#882255", "#CC6677"] as const;

/** Eras are context, not actors: a neutral grey (5.3:1). */
export const ERA_COLOUR = "#6B6B6B";

export function laneColour(index: number): string {
  return LANE_PALETTE[index % LANE_PALETTE.length]!;
}
