"use client";

import { useRef, type KeyboardEvent } from "react";
import { BriefingTray, type BriefingTrayProps } from "./BriefingTray";
import styles from "./BriefingMenu.module.css";
import { useAdhocStory } from "./useAdhocStory";

/** The briefing tray behind one button, opening as a drawer at the right edge (Escape or Close shuts it). */
export function BriefingMenu(props: BriefingTrayProps) {
  const [story] = useAdhocStory();
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
    <details className={styles.menu} ref={details} onKeyDown={onKeyDown}>
      <summary className={styles.summary}>
        Briefing <span className={styles.count}>{story.steps.length}</span>
      </summary>
      <div className={styles.popover}>
        <button type="button" className={styles.close} onClick={close} aria-label="Close the briefing tray">
          Close
        </button>
        <BriefingTray {...props} />
      </div>
    </details>
  );
}
