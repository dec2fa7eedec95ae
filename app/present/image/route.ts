import { renderSlideFigureSvg, slideFigureWidth } from "@/components/present/slide-figure";
import { svgToPng } from "@/lib/export/raster";
import { composeSlideSvg } from "@/lib/export/slide-svg";
import { storyIdFrom } from "@/lib/story/adhoc";
import { parseStepParam } from "@/lib/story/navigation";
import { loadExportDeck, problemResponse } from "../export-deck";

export const dynamic = "force-dynamic";

/**
 * GET /present/image?story=<id>|deck=<briefing>&step=<n>&format=png|svg[&part=figure]: the slide as
 * the projector shows it (1920×1080; PNG at 2×, 3840×2160, for print), or its figure alone.
 */
export async function GET(request: Request) {
  const search = new URL(request.url).searchParams;
  const format = search.get("format") ?? "png";
  const part = search.get("part") ?? "slide";
  if (format !== "png" && format !== "svg") return problemResponse(400, `format must be png or svg, not "${format.slice(0, 20)}"`);
  if (part !== "slide" && part !== "figure") return problemResponse(400, `part must be slide or figure, not "${part.slice(0, 20)}"`);
  const loaded = await loadExportDeck({ story: search.get("story"), deck: search.get("deck") });
  if (!loaded.ok) return problemResponse(loaded.status, loaded.message, loaded.errors);
  const { story, deck, slides, sheets } = loaded.value;
  const step = parseStepParam(search.get("step"), slides.length);
  const slide = slides[step - 1]!;
  const sheet = sheets[step - 1]!;
  const figure = renderSlideFigureSvg(deck, slide, { numbers: sheet.numbers, theme: "dark", width: slideFigureWidth(Boolean(sheet.quote)) });
  const svg = part === "figure" ? figure : composeSlideSvg({ sheet, kicker: story.title, figure });
  const name = `${storyIdFrom(story.title)}-step-${step}${part === "figure" ? "-figure" : ""}.${format}`;
  const headers = { "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" };
  if (format === "svg") return new Response(svg, { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" } });
  const { png } = svgToPng(svg, 2);
  return new Response(new Uint8Array(png), { headers: { ...headers, "Content-Type": "image/png" } });
}
