/** Above this many marks the figure draws them on a canvas: SVG cannot hold 60 fps with thousands of nodes. */
export const CANVAS_MARKS = 400;
