import Link from "next/link";
import { PrintOnLoad } from "@/components/report/PrintOnLoad";
import { PrintButton } from "@/components/report/PrintButton";
import { firstSentence, HandoutDocument, type HandoutEvent } from "@/components/report/HandoutDocument";
import { ReportMarking } from "@/components/report/ReportMarking";
import { ReportPageStyle } from "@/components/report/ReportPageStyle";
import { setResponseStatus } from "@/lib/http/process-slots";
import { dataVersionLabel } from "@/lib/report/period";
import type { Paper } from "@/lib/report/report-query";
import { handoutPdfHref, presentHref } from "@/lib/story/links";
import { resolveMarking } from "@/lib/story/marking";
import { loadExportDeck } from "../present/export-deck";

/** /report?story=<id> or ?deck=<shared briefing>[&marking=…]: the story as a read-ahead handout. */
export async function Handout({ params, paper }: { params: Record<string, string | string[] | undefined>; paper: Paper }) {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;
  const loaded = await loadExportDeck({ story: first(params.story), deck: first(params.deck) });
  if (!loaded.ok) {
    setResponseStatus(loaded.status, loaded.status === 503 ? 5 : undefined);
    return (
      <main className="report-page">
        <h1>This handout cannot be made</h1>
        <p>{loaded.message}</p>
        <p>
          <Link href="/">Back to the explorer</Link>
        </p>
      </main>
    );
  }
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
      <HandoutDocument story={story} deck={deck} slides={slides} sheets={sheets} credit={`${data.manifest.title} · ${commentary}`} generated={version} marking={marking} events={events} />
      <ReportMarking marking={marking} place="bottom" />
      {params.print === "1" && <PrintOnLoad />}
    </main>
  );
}
