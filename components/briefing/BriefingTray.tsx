"use client";

import { useEffect, useRef, useState, type ChangeEvent } from "react";
import type { TimeDomain } from "@/lib/time/scale";
import { ADHOC_STORY_ID, addStep, createEventStep, createWindowStep, moveStep, parseStoryJson, removeStep, storyToJson } from "@/lib/story/adhoc";
import { presentHref } from "@/lib/story/links";
import { formatShortDate } from "@/lib/time/format";
import styles from "./BriefingTray.module.css";
import { useAdhocStory } from "./useAdhocStory";

export interface BriefingTrayProps {
  selectedEventId: string | null;
  domain: TimeDomain;
  lanes: string[];
  events: { id: string; title: string; dateLabel: string }[];
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** Build a briefing from the explorer: add the selected event or the current window, reorder, export, present. */
export function BriefingTray({ selectedEventId, domain, lanes, events }: BriefingTrayProps) {
  const [story, save] = useAdhocStory();
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState("");
  const focusAfter = useRef<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const selected = events.find((event) => event.id === selectedEventId) ?? null;

  useEffect(() => {
    if (!focusAfter.current) return;
    // Keep focus on the moved step: its button for the same direction, or the other one at either end.
    const [direction, index] = focusAfter.current.split("-");
    const other = direction === "up" ? "down" : "up";
    const find = (dir: string) => list.current?.querySelector<HTMLButtonElement>(`[data-focus="${dir}-${index}"]:not(:disabled)`);
    (find(direction!) ?? find(other))?.focus();
    focusAfter.current = null;
  });

  function move(index: number, delta: number) {
    save(moveStep(story, index, delta));
    focusAfter.current = `${delta < 0 ? "up" : "down"}-${index + delta}`;
    setStatus(`Moved step ${index + 1} to position ${index + delta + 1}.`);
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const result = parseStoryJson(await file.text());
    if (!result.ok) {
      setErrors([`${file.name} is not a briefing this app can read:`, ...result.errors]);
      return;
    }
    setErrors([]);
    save({ ...result.story, id: ADHOC_STORY_ID });
    setStatus(`Imported ${result.story.steps.length} steps from ${file.name}.`);
  }

  return (
    <section className={styles.tray} aria-labelledby="briefing-tray-heading">
      <h2 id="briefing-tray-heading">
        Briefing <span className={styles.count}>{story.steps.length} {story.steps.length === 1 ? "step" : "steps"}</span>
      </h2>
      <div className={styles.actions}>
        <button type="button" disabled={!selected} onClick={() => selected && save(addStep(story, createEventStep(selected, domain, lanes)))}>
          Add selected event
        </button>
        <button type="button" onClick={() => save(addStep(story, createWindowStep(domain, lanes)))}>
          Add current window
        </button>
      </div>
      {story.steps.length === 0 ? (
        <p className={styles.empty}>No steps yet. Select an event or frame a window, then add it here.</p>
      ) : (
        <ol className={styles.steps} ref={list} aria-label="Steps of the briefing">
          {story.steps.map((step, i) => (
            <li key={`${i}-${step.title}-${step.from}`}>
              <span className={styles.stepTitle}>
                <span className={styles.stepNumber}>{i + 1}.</span> {step.title}
              </span>
              {step.events.length > 0 && (
                <span className={styles.stepWindow}>
                  {formatShortDate(step.from, "day")} – {formatShortDate(step.to, "day")}
                </span>
              )}
              <span className={styles.stepButtons}>
                <button type="button" data-focus={`up-${i}`} disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move step ${i + 1} up`}>
                  ↑
                </button>
                <button type="button" data-focus={`down-${i}`} disabled={i === story.steps.length - 1} onClick={() => move(i, 1)} aria-label={`Move step ${i + 1} down`}>
                  ↓
                </button>
                <button type="button" onClick={() => save(removeStep(story, i))} aria-label={`Remove step ${i + 1}: ${step.title}`}>
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className={styles.actions}>
        <button type="button" disabled={story.steps.length === 0} onClick={() => download("briefing.json", storyToJson(story))}>
          Export JSON
        </button>
        <label className={styles.import}>
          Import JSON
          <input type="file" accept="application/json,.json" onChange={importFile} />
        </label>
        {story.steps.length > 0 && (
          <a className={styles.present} href={presentHref(ADHOC_STORY_ID, 1)}>
            Present briefing
          </a>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
      {errors.length > 0 && (
        <div className={styles.errors} role="alert">
          <p>{errors[0]}</p>
          <ul>
            {errors.slice(1).map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
