import Link from "next/link";
import { PrintOnLoad } from "@/components/report/PrintOnLoad";
import { PrintButton } from "@/components/report/PrintButton";
import { HandoutDocument } from "@/components/report/HandoutDocument";
import { ReportPageStyle } from "@/components/report/ReportPageStyle";
import { setResponseStatus } from "@/lib/http/process-slots";
import { dataVersionLabel } from "@/lib/report/period";
import type { Paper } from "@/lib/report/report-query";
import { handoutPdfHref, presentHref } from "@/lib/story/links";
import { loadExportDeck } from "../present/export-deck";

/** /report?story=<id> or ?deck=<shared briefing>: the story as a printable handout. */
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
  // Cached until the data changes, so it names the data's version, not a time of making (lib/report/period.ts).
  const stamp = dataVersionLabel(data.manifest);
  const ref = first(params.deck) ? { deck: first(params.deck)! } : { story: story.id };
  return (
    <main className="report-page">
      <ReportPageStyle paper={paper} landscapeFigure={false} title={story.title} period="Briefing handout" footer={`${deck.asOf.label} · ${stamp}`} />
      <nav className="report-toolbar" aria-label="Handout">
        <a href={presentHref(ref, 1)}>Present this briefing</a>
        <a href={handoutPdfHref(ref)} download="">
          Download PDF
        </a>
        <PrintButton />
      </nav>
      <HandoutDocument story={story} deck={deck} slides={slides} sheets={sheets} credit={data.manifest.title} generated={stamp} />
      {params.print === "1" && <PrintOnLoad />}
    </main>
  );
}
