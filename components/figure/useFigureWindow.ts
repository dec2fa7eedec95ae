"use client";

import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { TimeDomain } from "@/lib/time/scale";
import { zoomDomain } from "@/lib/view/domain";
import { adoptWindow, createWindowState, endGesture, moveWindow, setWindow, shownWindow, type WindowChange, type WindowCommit, type WindowState } from "@/lib/view/window-controller";
import type { FigureWindow } from "./behaviours/types";

interface Options {
  /** The URL's window. */
  committed: TimeDomain;
  bounds: TimeDomain;
  /** Write a commit to the URL (with its history policy). */
  onCommit: (commit: WindowCommit) => void;
  /** The window a gesture shows, each frame; null once it ends. */
  onLive?: (domain: TimeDomain | null) => void;
}

/**
 * The figure's window in React: the pure controller's state (lib/view/window-controller.ts) rendered, one
 * render per animation frame during a gesture, commits written to the URL, and the URL's own changes
 * (Back, a preset, a link) adopted. Behaviours drive it through the returned FigureWindow.
 */
export function useFigureWindow({ committed, bounds, onCommit, onLive }: Options): { shown: TimeDomain; control: FigureWindow } {
  const [state, setState] = useState(() => createWindowState(committed, bounds));
  // The URL's window changed (a new value, not the echo of our own commit): adopt it.
  const [seen, setSeen] = useState({ committed, bounds });
  if (seen.committed !== committed || seen.bounds !== bounds) {
    setSeen({ committed, bounds });
    setState(adoptWindow(state, committed, bounds));
  }
  // Handlers read and write the newest state between renders.
  const current = useRef(state);
  useLayoutEffect(() => {
    current.current = state;
  }, [state]);
  const callbacks = useRef({ onCommit, onLive });
  useLayoutEffect(() => {
    callbacks.current = { onCommit, onLive };
  });
  const frame = useRef<{ id: number; due: TimeDomain | null }>({ id: 0, due: null });

  const control = useMemo<FigureWindow>(() => {
    const apply = ({ state: next, commit }: WindowChange) => {
      cancelAnimationFrame(frame.current.id);
      frame.current = { id: 0, due: null };
      current.current = next;
      setState(next);
      callbacks.current.onLive?.(null);
      if (commit) callbacks.current.onCommit(commit);
    };
    return {
      shown: () => (frame.current.due ? moveWindow(current.current, frame.current.due).live! : shownWindow(current.current)),
      move(domain) {
        frame.current.due = domain;
        if (frame.current.id) return;
        frame.current.id = requestAnimationFrame(() => {
          const due = frame.current.due;
          frame.current = { id: 0, due: null };
          if (!due) return;
          const next: WindowState = moveWindow(current.current, due);
          current.current = next;
          // One render per frame, committed before the browser paints it.
          flushSync(() => setState(next));
          callbacks.current.onLive?.(shownWindow(next));
        });
      },
      end() {
        const due = frame.current.due;
        apply(endGesture(due ? moveWindow(current.current, due) : current.current));
      },
      set: (domain, cause) => apply(setWindow(current.current, domain, cause)),
      zoomBy(factor, centre) {
        const shown = shownWindow(current.current);
        apply(setWindow(current.current, zoomDomain(shown, factor, current.current.bounds, centre), "step"));
      },
    };
  }, []);

  useLayoutEffect(() => () => cancelAnimationFrame(frame.current.id), []);
  return { shown: shownWindow(state), control };
}
