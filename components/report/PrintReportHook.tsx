"use client";

import { useEffect, useState } from "react";

/** The report URL for the view the browser is showing now (the explorer keeps its view in the query string). */
function currentReportUrl(): string {
  const params = new URLSearchParams(window.location.search);
  return `/report${params.size ? `?${params}` : ""}`;
}

/**
 * On the explorer, Ctrl/Cmd+P opens the printable report of the same view instead of printing the
 * interactive page; printing from the browser menu prints a notice pointing to that report.
 */
export function PrintReportHook() {
  const [reportUrl, setReportUrl] = useState("/report");
  useEffect(() => {
    const update = () => setReportUrl(new URL(currentReportUrl(), window.location.origin).toString());
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== "p") return;
      event.preventDefault();
      const url = currentReportUrl();
      window.open(`${url}${url.includes("?") ? "&" : "?"}print=1`, "_blank", "noopener");
    };
    update();
    window.addEventListener("keydown", onKey);
    window.addEventListener("beforeprint", update);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("beforeprint", update);
    };
  }, []);
  return (
    <div className="print-notice" role="note">
      <p>
        <strong>This is the interactive explorer.</strong> For a printable briefing of this view, open the report:
      </p>
      <p className="print-notice-url">{reportUrl}</p>
    </div>
  );
}
