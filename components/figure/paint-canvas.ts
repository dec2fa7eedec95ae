import { HATCH, SPAN_STOPS, type Fill, type Paint, type Stroke } from "@/lib/scene/paint";

/**
 * The canvas painter of the paint list (lib/scene/paint.ts): the same operations the SVG painter
 * writes, drawn with a 2D context already scaled to scene units. Patterns and gradients are made here
 * to the paint list's definitions (HATCH, SPAN_STOPS).
 */

function rgba(colour: string, opacity = 1): string {
  if (opacity >= 1 || !/^#[0-9a-f]{6}$/i.test(colour)) return colour;
  const n = parseInt(colour.slice(1), 16);
  return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${opacity})`;
}

const hatches = new Map<string, CanvasPattern | null>();

/** SVG's hatch: a stripe of HATCH.stripe in every HATCH.period units, turned HATCH.angle degrees, in scene units. */
function hatchOf(ctx: CanvasRenderingContext2D, fill: Fill): CanvasPattern | null {
  const key = `${fill.colour}:${fill.opacity ?? 1}`;
  if (!hatches.has(key)) {
    const density = 4;
    const tile = document.createElement("canvas");
    tile.width = tile.height = HATCH.period * density;
    const t = tile.getContext("2d")!;
    t.fillStyle = rgba(fill.colour, fill.opacity);
    t.fillRect(0, 0, HATCH.stripe * density, HATCH.period * density);
    const pattern = ctx.createPattern(tile, "repeat");
    pattern?.setTransform(new DOMMatrix().rotateSelf(HATCH.angle).scaleSelf(1 / density));
    hatches.set(key, pattern);
  }
  return hatches.get(key)!;
}

function fillStyle(ctx: CanvasRenderingContext2D, fill: Fill, box: { x: number; width: number }): string | CanvasGradient | CanvasPattern | null {
  if (fill.pattern === "hatch") return hatchOf(ctx, fill);
  if (fill.pattern === "span") {
    const gradient = ctx.createLinearGradient(box.x, 0, box.x + box.width, 0);
    for (const [offset, opacity] of SPAN_STOPS) gradient.addColorStop(offset, rgba(fill.colour, opacity));
    return gradient;
  }
  return rgba(fill.colour, fill.opacity);
}

function strokeWith(ctx: CanvasRenderingContext2D, stroke: Stroke | null, path?: Path2D) {
  if (!stroke) return;
  ctx.strokeStyle = rgba(stroke.colour, stroke.opacity);
  ctx.lineWidth = stroke.width;
  ctx.setLineDash(stroke.dash ? [...stroke.dash] : []);
  ctx.lineJoin = stroke.join ?? "miter";
  if (path) ctx.stroke(path);
  else ctx.stroke();
}

export function paintCanvas(ctx: CanvasRenderingContext2D, op: Paint): void {
  if (op.kind === "group") {
    ctx.save();
    if (op.opacity !== undefined) ctx.globalAlpha *= op.opacity;
    if (op.clip) {
      ctx.beginPath();
      ctx.rect(op.clip.x0, op.clip.y0, op.clip.x1 - op.clip.x0, op.clip.y1 - op.clip.y0);
      ctx.clip();
    }
    for (const child of op.children) paintCanvas(ctx, child);
    ctx.restore();
    return;
  }
  if (op.kind === "text") {
    ctx.save();
    ctx.font = `${op.italic ? "italic " : ""}${op.weight === "bold" ? "bold " : ""}${op.size}px ${op.font}`;
    ctx.textAlign = op.anchor === "middle" ? "center" : op.anchor;
    ctx.textBaseline = op.baseline === "alphabetic" ? "alphabetic" : "middle";
    op.lines.forEach((runs, i) => {
      const line = runs.map((run) => run.text).join("");
      const y = op.y + i * op.lineHeight;
      if (op.halo) {
        strokeWith(ctx, op.halo);
        ctx.strokeText(line, op.x, y);
      }
      ctx.fillStyle = op.fill;
      ctx.fillText(line, op.x, y);
    });
    ctx.restore();
    return;
  }
  if (op.kind === "rect" && op.hit) return;
  ctx.save();
  if (op.opacity !== undefined) ctx.globalAlpha *= op.opacity;
  ctx.beginPath();
  let box = { x: 0, width: 0 };
  let path: Path2D | undefined;
  if (op.kind === "rect") {
    ctx.roundRect(op.x, op.y, op.width, op.height, Math.min(op.rx ?? 0, op.width / 2, op.height / 2));
    box = { x: op.x, width: op.width };
  } else if (op.kind === "circle") {
    ctx.arc(op.cx, op.cy, op.r, 0, Math.PI * 2);
    box = { x: op.cx - op.r, width: op.r * 2 };
  } else if (op.kind === "line") {
    ctx.moveTo(op.x1, op.y1);
    ctx.lineTo(op.x2, op.y2);
  } else path = new Path2D(op.d);
  if (op.fill) {
    const style = fillStyle(ctx, op.fill, box);
    if (style) {
      ctx.fillStyle = style;
      if (path) ctx.fill(path);
      else ctx.fill();
    }
  }
  strokeWith(ctx, op.stroke, path);
  ctx.restore();
}
