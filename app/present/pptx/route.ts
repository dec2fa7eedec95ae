import { buildPptx } from "@/lib/export/pptx";
import { storyIdFrom } from "@/lib/story/adhoc";
import { generatedNow } from "@/lib/report/period";
import { windowLabel } from "@/components/present/slide-figure";
import { deckSources, figurePng, loadExportDeck, problemResponse } from "../export-deck";

export const dynamic = "force-dynamic";
/** A posted form may carry a briefing too long for a link, up to this many characters. */
const MAX_POSTED_DECK = 400_000;

async function pptxFor(params: { story?: string | null; deck?: string | null }, maxDeckChars?: number): Promise<Response> {
  const loaded = await loadExportDeck(params, maxDeckChars);
  if (!loaded.ok) return problemResponse(loaded.status, loaded.message, loaded.errors);
  const { data, story, deck, slides, sheets } = loaded.value;
  const file = await buildPptx({
    title: story.title,
    description: story.description,
    credit: `${data.manifest.title} · ${deck.asOf.label}`,
    generated: `Generated ${generatedNow()}`,
    slides: slides.map((slide, i) => ({ sheet: sheets[i]!, figure: figurePng(deck, slide, sheets[i]!, "light", sheets[i]!.quote ? 640 : 900), window: windowLabel(slide.domain) })),
    sources: deckSources(loaded.value),
  });
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "Content-Disposition": `attachment; filename="${storyIdFrom(story.title)}.pptx"`,
      "Cache-Control": "no-store",
    },
  });
}

/** GET /present/pptx?story=<id> or ?deck=<shared briefing>: the deck as a PowerPoint file. */
export async function GET(request: Request) {
  const search = new URL(request.url).searchParams;
  return pptxFor({ story: search.get("story"), deck: search.get("deck") });
}

/** POST /present/pptx with a form field `deck`: for a briefing kept in the browser that is too long for a link. */
export async function POST(request: Request) {
  // Read no further than a briefing can be: the form is the deck and little else.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_POSTED_DECK + 1_000) return problemResponse(413, "The briefing is larger than any this app makes.");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return problemResponse(400, "Send the briefing as a form field named deck.");
  }
  const deck = form.get("deck");
  if (typeof deck !== "string") return problemResponse(400, "Send the briefing as a form field named deck.");
  return pptxFor({ deck }, MAX_POSTED_DECK);
}
