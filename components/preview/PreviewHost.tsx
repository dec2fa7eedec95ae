"use client";

import { useEffect, useRef, useState, type DragEvent, type MouseEvent, type ReactNode } from "react";
import { Explorer } from "@/components/explorer/Explorer";
import { QueryProvider } from "@/components/query/QueryProvider";
import { OpenPreviewFile } from "./preview-context";
import { PreviewFileButton } from "./PreviewFileButton";
import { usePreviewFile } from "./usePreviewFile";
import "./preview.css";

interface PreviewHostProps {
  /** The explorer of the server's set, shown whenever no file is previewed. */
  children: ReactNode;
  /** That set's title, for the way back. */
  setTitle: string;
  figureWidth: number;
}

const SHOWN_PROBLEMS = 200;

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
  const noticeRef = useRef<HTMLDivElement>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
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

  useEffect(() => {
    if (notice?.kind === "failed") noticeRef.current?.focus();
  }, [notice]);
  useEffect(() => {
    if (preview) bannerRef.current?.focus();
  }, [preview]);

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

  const problems = notice?.kind === "failed" ? notice : null;
  return (
    <OpenPreviewFile.Provider value={open}>
      <div className="preview-host" ref={hostRef} onDragEnter={onDragEnter} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop} onClickCapture={onClickCapture}>
        {preview && (
          <div className="preview-banner" role="region" aria-label="Preview of a file" tabIndex={-1} ref={bannerRef} data-testid="preview-banner">
            <p>
              <strong>Previewing {preview.set.fileName} — not saved.</strong> {preview.set.data.events.length.toLocaleString("en-GB")} events, read in this browser
              only: nothing was sent to the server.
            </p>
            <button type="button" className="tool-button" onClick={back}>
              Back to {setTitle}
            </button>
            {preview.set.skipped.length > 0 && <ProblemList summary={plural(preview.set.skipped.length, "row left out", "rows left out")} items={preview.set.skipped} />}
            {preview.set.warnings.length > 0 && <ProblemList summary={plural(preview.set.warnings.length, "note from the import", "notes from the import")} items={preview.set.warnings} />}
          </div>
        )}
        {notice?.kind === "reading" && (
          <p className="preview-reading" role="status">
            Reading {notice.fileName}…
          </p>
        )}
        {problems && (
          <div className="preview-problems" role="alert" tabIndex={-1} ref={noticeRef} data-testid="preview-problems">
            <p>
              <strong>{problems.fileName} could not be previewed:</strong> {plural(problems.problems.length, "problem", "problems")}. Nothing
              was imported{preview ? "; the preview above is unchanged" : ""}.
            </p>
            <ol>
              {problems.problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
                <li key={i}>
                  <code>{problem}</code>
                </li>
              ))}
            </ol>
            {problems.problems.length > SHOWN_PROBLEMS && <p>… and {problems.problems.length - SHOWN_PROBLEMS} more.</p>}
            <div className="preview-actions">
              {problems.file && (
                <button type="button" className="tool-button" onClick={() => void open(problems.file!, true)}>
                  Preview the rows that import
                </button>
              )}
              <button type="button" className="tool-button" onClick={close}>
                Dismiss
              </button>
            </div>
          </div>
        )}
        {preview ? (
          <QueryProvider runtime={preview.runtime}>
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

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}

function ProblemList({ summary, items }: { summary: string; items: string[] }) {
  return (
    <details className="preview-list">
      <summary>{summary}</summary>
      <ol>
        {items.slice(0, SHOWN_PROBLEMS).map((item, i) => (
          <li key={i}>
            <code>{item}</code>
          </li>
        ))}
      </ol>
    </details>
  );
}
