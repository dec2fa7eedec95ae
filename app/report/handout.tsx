import { headers } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { PrintOnLoad } from "@/components/report/PrintOnLoad";
import { PrintButton } from "@/components/report/PrintButton";
import { firstSentence, HandoutArticle, HandoutDocument, type HandoutEvent, type HandoutProps } from "@/components/report/HandoutDocument";
import { ReportMarking } from "@/components/report/ReportMarking";
import { ReportPageStyle } from "@/components/report/ReportPageStyle";
import { setResponseStatus, spliceIntoResponse } from "@/lib/http/process-slots";
import { admitRender, clientOf, refusalMessage } from "@/lib/server/render-admission";
import { DEADLINES, failureOf, hasRenderPool, renderJob } from "@/lib/server/render-job";
import { dataVersionLabel } from "@/lib/report/period";
import type { Paper } from "@/lib/report/report-query";
import { handoutPdfHref, presentHref } from "@/lib/story/links";
import { resolveMarking } from "@/lib/story/marking";
import { loadExportDeck } from "../present/export-deck";

function cannotBeMade(status: number, message: string, retryAfter?: number) {
  setResponseStatus(status, retryAfter);
  return (
    <main className="report-page">
      <h1>This handout cannot be made</h1>
      <p>{message}</p>
      <p>
        <Link href="/">Back to the explorer</Link>
      </p>
    </main>
  );
}

type Drawn = { ok: true; article: ReactNode } | { ok: false; status: number; message: string; retryAfter?: number };

/**
 * The handout's document, made off the event loop: admitted like every render (per client and all at
 * once, lib/server/render-admission.ts), then written as HTML by a render pool child within its
 * deadline, cancelled if the client goes. The deck was priced when it was loaded (lib/story/budget.ts).
 */
async function drawHandout(props: HandoutProps): Promise<Drawn> {
  if (!hasRenderPool()) return { ok: true, article: <HandoutDocument {...props} /> };
  const admission = admitRender("handout", clientOf({ headers: await headers() }));
  if (!admission.ok) return { ok: false, status: admission.status, message: refusalMessage(admission), retryAfter: admission.retryAfterSeconds };
  let rendered = false;
  try {
    const html = (await renderJob({ kind: "handout", input: props }, DEADLINES.handout())) as string;
    rendered = true;
    // Up to a few MB of HTML: written into the response by the server where it can, not carried through React's payload.
    return { ok: true, article: <HandoutArticle html={spliceIntoResponse(html) ?? html} /> };
  } catch (error) {
    rendered = (error as { reason?: string }).reason !== "busy";
    return { ok: false, ...failureOf(error, "The handout") };
  } finally {
    admission.release(rendered);
  }
}

/** /report?story=<id> or ?deck=<shared briefing>[&marking=…]: the story as a read-ahead handout. */
export async function Handout({ params, paper }: { params: Record<string, string | string[] | undefined>; paper: Paper }) {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;
  const loaded = await loadExportDeck({ story: first(params.story), deck: first(params.deck) });
  if (!loaded.ok) return cannotBeMade(loaded.status, loaded.message, loaded.status === 503 ? 5 : undefined);
  const { data, story, deck, slides, sheets } = loaded.value;
  const ref = first(params.deck) ? { deck: first(params.deck)! } : { story: story.id };
  const marking = resolveMarking(params.marking, story.marking, deck.marking);
  // Cached until the data changes, so it names the data's version, not a time of making (lib/report/period.ts).
  const version = dataVersionLabel(data.manifest);
  const commentary = `commentary: ${deck.asOf.label}`;
  const events: Record<string, HandoutEvent> = {};
  for (const sheet of sheets)
    for (const { id } of sheet.events) {
      const event = data.eventById.get(id);
      if (event) events[id] = { summary: firstSentence(event.summary), sources: event.sources };
    }
  const drawn = await drawHandout({ story, deck, slides, sheets, credit: `${data.manifest.title} · ${commentary}`, generated: version, marking, events });
  if (!drawn.ok) return cannotBeMade(drawn.status, drawn.message, drawn.retryAfter);
  const pdf = new URLSearchParams(handoutPdfHref(ref).split("?")[1]);
  if (first(params.marking) && marking) pdf.set("marking", marking);
  return (
    <main className="report-page">
      <ReportPageStyle paper={paper} landscapeFigure={false} title={story.title} period="Briefing read-ahead" footer={version.replace(/^d/, "D")} marking={marking} />
      <ReportMarking marking={marking} place="top" />
      <nav className="report-toolbar" aria-label="Handout">
        <a href={presentHref(ref, 1)}>Present this briefing</a>
        <a href={`/report/pdf?${pdf}`} download="">
          Download PDF
        </a>
        <PrintButton />
      </nav>
      {drawn.article}
      <ReportMarking marking={marking} place="bottom" />
      {params.print === "1" && <PrintOnLoad />}
    </main>
  );
}
