"use client";

import { useRef, type KeyboardEvent } from "react";
import { BriefingTray, type BriefingTrayProps } from "./BriefingTray";
import styles from "./BriefingMenu.module.css";
import { useAdhocStory } from "./useAdhocStory";

/** The briefing tray behind one button, so it fits the explorer's toolbar without taking a panel. */
export function BriefingMenu(props: BriefingTrayProps) {
  const [story] = useAdhocStory();
  const details = useRef<HTMLDetailsElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !details.current?.open) return;
    event.preventDefault();
    details.current.open = false;
    details.current.querySelector("summary")?.focus();
  };
  return (
    <details className={styles.menu} ref={details} onKeyDown={onKeyDown}>
      <summary className={styles.summary}>
        Briefing <span className={styles.count}>{story.steps.length}</span>
      </summary>
      <div className={styles.popover}>
        <BriefingTray {...props} />
      </div>
    </details>
  );
}
