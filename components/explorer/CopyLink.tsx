"use client";

import { useEffect, useRef, useState } from "react";

/** Copies with the Clipboard API where the page may (a secure context), else with the selection, as older browsers do. */
async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.value = text;
    field.select();
    return document.execCommand("copy");
  }
}

/**
 * Copy link: the URL holds the view (window, lanes, filters, selection), so copying it shares exactly
 * what is on screen. It says so when done; where the browser will not copy, the link is shown, selected,
 * to copy by hand.
 */
export function CopyLink() {
  const [state, setState] = useState<"idle" | "copied" | "manual">("idle");
  const [url, setUrl] = useState("");
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 4000);
    return () => clearTimeout(timer);
  }, [state]);
  useEffect(() => {
    if (state === "manual") field.current?.select();
  }, [state]);
  async function copy() {
    const href = window.location.href;
    setUrl(href);
    setState((await copyText(href, field.current)) ? "copied" : "manual");
  }
  return (
    <span className="copy-link">
      <button type="button" className="tool-button small" onClick={copy} aria-label="Copy link to this view">
        Copy link
      </button>
      <span role="status" className={state === "copied" ? "copy-link-done" : "visually-hidden"}>
        {state === "copied" ? "Link to this view copied" : ""}
      </span>
      <input ref={field} className={state === "manual" ? "copy-link-field" : "visually-hidden"} readOnly value={url} aria-label="Link to this view" tabIndex={state === "manual" ? 0 : -1} aria-hidden={state !== "manual" || undefined} />
    </span>
  );
}
