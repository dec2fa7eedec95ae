"use client";

import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { createPortal } from "react-dom";
import { useQueryRuntime } from "@/components/query/QueryProvider";
import { countStoredSteps, useStoredAdhoc } from "./adhoc-store";
import { BRIEFING_DOCK_ID } from "./briefing-dock";
import type { QueryClient } from "@tanstack/react-query";
import type { BriefingTrayProps } from "./BriefingTray";

/**
 * Loaded the first time the tray opens: the briefing's editor, story checks and share links are not first-paint
 * script. Its queries (TanStack Query's own hooks) read the explorer's client, loaded by then.
 */
const BriefingTray = lazy(() =>
  Promise.all([import("./BriefingTray"), import("@tanstack/react-query")]).then(([{ BriefingTray }, { QueryClientProvider }]) => ({
    default: function BriefingTrayOfClient({ client, ...props }: BriefingTrayProps & { client: QueryClient }) {
      return (
        <QueryClientProvider client={client}>
          <BriefingTray {...props} />
        </QueryClientProvider>
      );
    },
  })),
);


const noSubscribe = () => () => {};

/**
 * The briefing tray behind one button: the only entry to the tray's code. Open, the tray docks in a
 * panel the explorer's layout makes room for, so it never covers the figure or the search results;
 * Escape or Close shuts it and gives focus back to the button.
 */
export function BriefingMenu(props: BriefingTrayProps) {
  const steps = countStoredSteps(useStoredAdhoc());
  const runtime = useQueryRuntime();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // The dock exists only in the browser's document; the server renders the button alone.
  const dock = useSyncExternalStore(noSubscribe, () => document.getElementById(BRIEFING_DOCK_ID), () => null);
  useEffect(() => {
    document.documentElement.toggleAttribute("data-briefing-open", open);
    // Focus goes to the tray's heading once its code has arrived (it is loaded the first time the tray opens).
    const host = panel.current;
    const focusHeading = () => {
      const heading = host?.querySelector<HTMLElement>("h2");
      heading?.focus();
      return heading !== null && heading !== undefined;
    };
    const watch = open && host && !focusHeading() ? new MutationObserver(() => focusHeading() && watch?.disconnect()) : null;
    if (watch && host) watch.observe(host, { childList: true, subtree: true });
    return () => {
      watch?.disconnect();
      document.documentElement.removeAttribute("data-briefing-open");
    };
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  const loading = <p role="status">Loading the briefing…</p>;
  const tray = (
    <div className="briefing-menu-panel" ref={panel} id="briefing-panel" onKeyDown={onKeyDown}>
      <button type="button" className="briefing-menu-close" onClick={close} aria-label="Close the briefing tray">
        Close
      </button>
      <Suspense fallback={loading}>{runtime ? <BriefingTray client={runtime.client} {...props} /> : loading}</Suspense>
    </div>
  );
  return (
    <>
      <button type="button" ref={button} className="briefing-menu-summary" aria-expanded={open} aria-controls={open ? "briefing-panel" : undefined} onClick={() => (open ? close() : setOpen(true))}>
        Briefing <span className="briefing-menu-count">{steps}</span>
      </button>
      {open && (dock ? createPortal(tray, dock) : tray)}
    </>
  );
}
