import { pptxJobInput } from "@/components/present/deck-pptx";
import { dataVersionLabel } from "@/lib/report/period";
import { DEADLINES, renderJob, respondAdmitted } from "@/lib/server/render-job";
import { storyIdFrom } from "@/lib/story/adhoc";
import { MAX_POSTED_DECK_CHARS } from "@/lib/story/share";
import { deckSources, loadExportDeck, problemResponse, type ExportDeckResult } from "../export-deck";

export const dynamic = "force-dynamic";
/** A posted form may carry a briefing too long for a link, up to this many characters (the server refuses a longer body as it streams). */
const MAX_POSTED_DECK = MAX_POSTED_DECK_CHARS;

const headersOf = (title: string) => ({
  "Content-Type": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "Content-Disposition": `attachment; filename="${storyIdFrom(title)}.pptx"`,
  "Cache-Control": "no-store",
});

/**
 * The deck as a PowerPoint file, made in the render pool: every figure drawn and rasterised and the
 * file assembled in a child process, within its deadline and the per-client limit. The deck was
 * priced when it was loaded (lib/story/budget.ts).
 */
async function pptxFor(request: Request, loaded: ExportDeckResult): Promise<Response> {
  if (!loaded.ok) return problemResponse(loaded.status, loaded.message, loaded.errors);
  const { data, story } = loaded.value;
  return respondAdmitted("pptx", request, "The PowerPoint file", async () => {
    const file = (await renderJob(
      {
        kind: "pptx",
        // Cached until the data changes: stamped with the data's version, not a time of making.
        input: pptxJobInput(loaded.value, deckSources(loaded.value), `Made from ${dataVersionLabel(data.manifest)}`),
      },
      DEADLINES.pptx(),
    )) as Uint8Array;
    return new Response(new Uint8Array(file), { headers: headersOf(story.title) });
  });
}

function paramsOf(request: Request) {
  const search = new URL(request.url).searchParams;
  return { story: search.get("story"), deck: search.get("deck") };
}

/** GET /present/pptx?story=<id> or ?deck=<shared briefing>: the deck as a PowerPoint file. */
export async function GET(request: Request) {
  return pptxFor(request, await loadExportDeck(paramsOf(request)));
}

/** HEAD answers what GET would (status, type, file name) without making the file. */
export async function HEAD(request: Request) {
  const loaded = await loadExportDeck(paramsOf(request));
  if (!loaded.ok) return new Response(null, { status: loaded.status, headers: { "Cache-Control": "no-store" } });
  return new Response(null, { headers: headersOf(loaded.value.story.title) });
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
  return pptxFor(request, await loadExportDeck({ deck }, MAX_POSTED_DECK));
}
