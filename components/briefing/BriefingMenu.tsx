"use client";

import { lazy, Suspense, useRef, useState, type KeyboardEvent } from "react";
import { countStoredSteps, useStoredAdhoc } from "./adhoc-store";
import type { BriefingTrayProps } from "./BriefingTray";
import styles from "./BriefingMenu.module.css";

/** Loaded the first time the tray opens: the briefing's editor, story checks and share links are not first-paint script. */
const BriefingTray = lazy(() => import("./BriefingTray").then((module) => ({ default: module.BriefingTray })));

/** The briefing tray behind one button, opening as a drawer at the right edge (Escape or Close shuts it). */
export function BriefingMenu(props: BriefingTrayProps) {
  const steps = countStoredSteps(useStoredAdhoc());
  const [opened, setOpened] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (!details.current) return;
    details.current.open = false;
    details.current.querySelector("summary")?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !details.current?.open) return;
    event.preventDefault();
    close();
  };
  return (
    <details className={styles.menu} ref={details} onKeyDown={onKeyDown} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className={styles.summary}>
        Briefing <span className={styles.count}>{steps}</span>
      </summary>
      <div className={styles.popover}>
        <button type="button" className={styles.close} onClick={close} aria-label="Close the briefing tray">
          Close
        </button>
        {opened && (
          <Suspense fallback={<p role="status">Loading the briefing…</p>}>
            <BriefingTray {...props} />
          </Suspense>
        )}
      </div>
    </details>
  );
}
