import { ProgressDownload } from "@/components/export/ProgressDownload";

interface DownloadPdfLinkProps {
  /** The view as URL parameters (serializeViewState), so the PDF shows what the reader sees. */
  params: URLSearchParams | string;
  className?: string;
}

/** A link to the PDF of the current view: works without JavaScript and can be saved with a right-click; with script, it shows the render under way. */
export function DownloadPdfLink({ params, className }: DownloadPdfLinkProps) {
  const search = params.toString();
  return (
    <ProgressDownload className={className ?? "download-pdf"} href={search ? `/report/pdf?${search}` : "/report/pdf"} download busyLabel="Preparing the PDF">
      Download PDF
    </ProgressDownload>
  );
}
