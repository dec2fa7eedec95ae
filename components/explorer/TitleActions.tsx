"use client";

import { ExportMenu } from "@/components/export/ExportMenu";
import { DownloadPdfLink } from "@/components/report/DownloadPdfLink";
import { CopyLink } from "./CopyLink";

/** The title row's actions on the view: copy its link, its PDF, its events in other formats. */
export function TitleActions({ params, title }: { params: string; title: string }) {
  return (
    <>
      <CopyLink />
      <DownloadPdfLink params={params} />
      <ExportMenu params={params} embed={{ title }} />
    </>
  );
}
