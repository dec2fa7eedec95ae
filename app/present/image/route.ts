import { renderSlideFigureSvg, slideFigureWidth, slideLayoutOf } from "@/components/present/slide-figure";
import { checkSvgGeometry } from "@/lib/export/raster";
import { composeSlideSvg } from "@/lib/export/slide-svg";
import { DEADLINES, renderJob, respondAdmitted } from "@/lib/server/render-job";
import { storyIdFrom } from "@/lib/story/adhoc";
import { resolveMarking } from "@/lib/story/marking";
import { parseStepParam } from "@/lib/story/navigation";
import { loadExportDeck, problemResponse } from "../export-deck";

export const dynamic = "force-dynamic";

/** PNGs are drawn at twice the slide's size: 3840×2160 for print. */
const SCALE = 2;

type Checked =
  | { ok: true; draw: () => { svg: string } | { error: string }; name: string; format: "png" | "svg" }
  | { ok: false; response: Response };

/** Parameters, the deck and its price: everything short of drawing (draw() lays the slide out as SVG). */
async function check(request: Request): Promise<Checked> {
  const search = new URL(request.url).searchParams;
  const format = search.get("format") ?? "png";
  const part = search.get("part") ?? "slide";
  if (format !== "png" && format !== "svg") return { ok: false, response: problemResponse(400, `format must be png or svg, not "${format.slice(0, 20)}"`) };
  if (part !== "slide" && part !== "figure") return { ok: false, response: problemResponse(400, `part must be slide or figure, not "${part.slice(0, 20)}"`) };
  const loaded = await loadExportDeck({ story: search.get("story"), deck: search.get("deck") });
  if (!loaded.ok) return { ok: false, response: problemResponse(loaded.status, loaded.message, loaded.errors) };
  const { story, deck, slides, sheets } = loaded.value;
  const step = parseStepParam(search.get("step"), slides.length);
  const slide = slides[step - 1]!;
  const sheet = sheets[step - 1]!;
  const draw = () => {
    let svg: string;
    if (part === "figure") svg = renderSlideFigureSvg(deck, slide, { numbers: sheet.numbers, theme: "dark", width: slideFigureWidth(Boolean(sheet.quote)) });
    else {
      const layout = slideLayoutOf(deck, slide, sheet, { kicker: story.title, marking: resolveMarking(story.marking, deck.marking), position: { step, count: slides.length } });
      svg = composeSlideSvg({ layout, figure: renderSlideFigureSvg(deck, slide, { numbers: sheet.numbers, theme: "dark", width: layout.figure.sceneWidth }) });
    }
    if (format === "png") {
      try {
        checkSvgGeometry(svg, SCALE);
      } catch (error) {
        return { error: (error as Error).message };
      }
    }
    return { svg };
  };
  return { ok: true, draw, format, name: `${storyIdFrom(story.title)}-step-${step}${part === "figure" ? "-figure" : ""}.${format}` };
}

function headersOf(checked: Extract<Checked, { ok: true }>) {
  return {
    "Content-Disposition": `attachment; filename="${checked.name}"`,
    "Cache-Control": "no-store",
    "Content-Type": checked.format === "svg" ? "image/svg+xml; charset=utf-8" : "image/png",
  };
}

/** HEAD answers what GET would (status, type, file name) without drawing. */
export async function HEAD(request: Request) {
  const checked = await check(request);
  if (!checked.ok) return new Response(null, { status: checked.response.status, headers: checked.response.headers });
  return new Response(null, { headers: headersOf(checked) });
}

/**
 * GET /present/image?story=<id>|deck=<briefing>&step=<n>&format=png|svg[&part=figure]: the slide as
 * the projector shows it (1920×1080; PNG at 2×, 3840×2160, for print), or its figure alone. The PNG is
 * rasterised in the render pool, within the per-client limit.
 */
export async function GET(request: Request) {
  const checked = await check(request);
  if (!checked.ok) return checked.response;
  if (checked.format === "svg") {
    const drawn = checked.draw();
    return "svg" in drawn ? new Response(drawn.svg, { headers: headersOf(checked) }) : problemResponse(413, `This image cannot be drawn: ${drawn.error}.`);
  }
  // Admitted before the slide is even laid out: a client past its limit costs nothing more.
  return respondAdmitted("image", request, "The slide image", async () => {
    const drawn = checked.draw();
    if (!("svg" in drawn)) return problemResponse(413, `This image cannot be drawn: ${drawn.error}.`);
    const { png } = (await renderJob({ kind: "png", svg: drawn.svg, scale: SCALE }, DEADLINES.image())) as { png: Uint8Array };
    return new Response(new Uint8Array(png), { headers: headersOf(checked) });
  });
}
