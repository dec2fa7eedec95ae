"use client";

import { lazy, Suspense, useEffect, useRef, useState, type DragEvent, type MouseEvent, type ReactNode } from "react";
import { Explorer } from "@/components/explorer/Explorer";
import { QueryProvider } from "@/components/query/QueryProvider";
import { OpenPreviewFile } from "./preview-context";
import { PreviewFileButton } from "./PreviewFileButton";
import { usePreviewFile } from "./usePreviewFile";

/** The banner of a preview and the list of a file's problems: loaded with the first file, not with the page. */
const PreviewNotices = lazy(() => import("./PreviewNotices").then((module) => ({ default: module.PreviewNotices })));

interface PreviewHostProps {
  /** The explorer of the server's set, shown whenever no file is previewed. */
  children: ReactNode;
  /** That set's title, for the way back. */
  setTitle: string;
  figureWidth: number;
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes("Files");
}

/**
 * Drop a file on the explorer (or choose one) to see it as a temporary set: the same explorer, its queries
 * answered in the browser from the imported file, under a banner saying it is not saved, with a way back.
 * Import problems are listed as `file: row N: column: problem`; nothing is sent to the server.
 */
export function PreviewHost({ children, setTitle, figureWidth }: PreviewHostProps) {
  const { preview, notice, open, dismiss, leave } = usePreviewFile();
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const hostRef = useRef<HTMLDivElement>(null);
  // After "Back" or "Dismiss" the control that had focus is gone: focus goes back to "Preview a file…".
  const [returnFocus, setReturnFocus] = useState(0);
  const back = () => {
    leave();
    setReturnFocus((n) => n + 1);
  };
  const close = () => {
    dismiss();
    setReturnFocus((n) => n + 1);
  };
  useEffect(() => {
    if (returnFocus) hostRef.current?.querySelector<HTMLElement>(".preview-file-button")?.focus();
  }, [returnFocus]);

  const onDragEnter = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth.current += 1;
    setDragging(true);
  };
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  };
  const onDragLeave = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth.current = 0;
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void open(file);
  };
  // In a preview, links to other views of the explorer (the event list's) stay in the preview.
  const onClickCapture = (event: MouseEvent) => {
    if (!preview || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest?.("a[href]");
    const href = link?.getAttribute("href");
    if (!href || link!.getAttribute("target") || !(href === "/" || href.startsWith("/?"))) return;
    event.preventDefault();
    window.history.pushState(null, "", href);
  };

  return (
    <OpenPreviewFile.Provider value={open}>
      <div className="preview-host" ref={hostRef} onDragEnter={onDragEnter} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop} onClickCapture={onClickCapture}>
        {(preview || notice) && (
          <Suspense fallback={null}>
            <PreviewNotices preview={preview} notice={notice} setTitle={setTitle} onBack={back} onDismiss={close} onOpen={open} />
          </Suspense>
        )}
        {preview ? (
          <QueryProvider key={preview.set.payload.window.key} runtime={preview.runtime}>
            <Explorer
              key={preview.set.payload.window.key}
              data={preview.set.payload}
              initial={{ raw: preview.replacedSearch, canonical: "" }}
              figureWidth={figureWidth}
              actions={<PreviewFileButton />}
              local
            />
          </QueryProvider>
        ) : (
          children
        )}
        {dragging && (
          <div className="preview-drop" aria-hidden="true">
            <p>Drop the file to preview it: TimelineJS JSON or CSV, a CSV of our columns, or a data-set JSON. Nothing is sent to the server.</p>
          </div>
        )}
      </div>
    </OpenPreviewFile.Provider>
  );
}
