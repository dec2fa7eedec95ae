"use client";

import { useRef } from "react";
import { useOpenPreviewFile } from "./preview-context";

/** "Preview a file…": the keyboard's way to what dropping a file on the explorer does. */
export function PreviewFileButton() {
  const open = useOpenPreviewFile();
  const input = useRef<HTMLInputElement>(null);
  if (!open) return null;
  return (
    <>
      <button type="button" className="preview-file-button" onClick={() => input.current?.click()} title="Show a TimelineJS JSON or CSV, a CSV of our columns or a data-set JSON as a temporary set, in this browser only (or drop the file on the page)">
        Preview a file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        hidden
        data-testid="preview-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) open(file);
        }}
      />
    </>
  );
}
