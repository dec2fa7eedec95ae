"use client";

import { useEffect, useRef } from "react";
import type { ActivePreview, PreviewNotice } from "./usePreviewFile";
import { formatCount } from "@/lib/scene/text";

const SHOWN_PROBLEMS = 200;

interface PreviewNoticesProps {
  preview: ActivePreview | null;
  notice: PreviewNotice | null;
  /** The server's set's title, for the way back. */
  setTitle: string;
  onBack: () => void;
  onDismiss: () => void;
  onOpen: (file: File, partial: boolean) => void;
}

/**
 * Above the previewed explorer: the banner saying what is shown and that nothing was saved or sent, with the way
 * back; "Reading …" while a file is read; and a file's problems as `file: row N: column: problem`, with the offer
 * to preview the rows that import. Each takes focus when it appears.
 */
export function PreviewNotices({ preview, notice, setTitle, onBack, onDismiss, onOpen }: PreviewNoticesProps) {
  const noticeRef = useRef<HTMLDivElement>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice?.kind === "failed") noticeRef.current?.focus();
  }, [notice]);
  useEffect(() => {
    if (preview) bannerRef.current?.focus();
  }, [preview]);
  const problems = notice?.kind === "failed" ? notice : null;
  return (
    <>
      {preview && (
        <div className="preview-banner" role="region" aria-label="Preview of a file" tabIndex={-1} ref={bannerRef} data-testid="preview-banner">
          <p>
            <strong>Previewing {preview.set.fileName} — not saved.</strong> {formatCount(preview.set.data.events.length)} events, read in this browser
            only: nothing was sent to the server.
          </p>
          <button type="button" className="tool-button" onClick={onBack}>
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
              <button type="button" className="tool-button" onClick={() => onOpen(problems.file!, true)}>
                Preview the rows that import
              </button>
            )}
            <button type="button" className="tool-button" onClick={onDismiss}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </>
  );
}

function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
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
