interface DownloadPdfLinkProps {
  /** The view as URL parameters (serializeViewState), so the PDF shows what the reader sees. */
  params: URLSearchParams | string;
  className?: string;
}

/** A plain link to the PDF of the current view: works without JavaScript and can be saved with a right-click. */
export function DownloadPdfLink({ params, className }: DownloadPdfLinkProps) {
  const search = params.toString();
  return (
    <a className={className ?? "download-pdf"} href={search ? `/report/pdf?${search}` : "/report/pdf"} download>
      Download PDF
    </a>
  );
}
