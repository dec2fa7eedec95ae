"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type ChangeEvent, type DragEvent, type KeyboardEvent } from "react";
import { DeckExports } from "@/components/present/DeckExports";
import { ShareLink } from "@/components/present/ShareLink";
import { eventQueryOptions } from "@/lib/query/event";
import { MARKING_MAX, markingSchema, type Story, type StoryStep } from "@/lib/schema";
import {
  ADHOC_STORY_ID,
  addStep,
  createEventStep,
  createWindowStep,
  duplicateStep,
  findSameStep,
  insertStep,
  moveStep,
  moveStepTo,
  parseStoryJson,
  removeStep,
  storyIdFrom,
  toStoryFile,
  updateStep,
} from "@/lib/story/adhoc";
import { DECK_LIMITS } from "@/lib/story/budget";
import { countOf } from "@/lib/scene/text";
import { presentHref, presenterHref } from "@/lib/story/links";
import { formatShortDate } from "@/lib/time/format";
import type { TimeDomain } from "@/lib/time/scale";
import styles from "./BriefingTray.module.css";
import { StepEditor } from "./StepEditor";
import { TrayField } from "./TrayField";
import { useAdhocStory } from "./useAdhocStory";

export interface BriefingTrayProps {
  selectedEventId: string | null;
  domain: TimeDomain;
  /** Lanes the explorer shows: an added event's window is framed with its neighbours in these. */
  lanes: string[];
  /** Every lane id in the data set's order, so a step lists its lanes as the timeline does. */
  laneOrder: readonly string[];
}

const ADHOC_REF = { story: ADHOC_STORY_ID };

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * Build a briefing from the explorer: add the selected event (framed around it) or the current window,
 * edit each step, reorder by keyboard or drag, then present, share, save or export it.
 */
export function BriefingTray({ selectedEventId, domain, lanes, laneOrder }: BriefingTrayProps) {
  const [story, save] = useAdhocStory();
  // The briefing as it is now, for a follow-up clicked later (Undo, Add it again): edits made since are kept.
  const latest = useRef(story);
  useEffect(() => {
    latest.current = story;
  }, [story]);
  const [errors, setErrors] = useState<string[]>([]);
  // What the last action did, in words, with the one follow-up it may offer (undo a removal, add a duplicate anyway).
  const [notice, setNotice] = useState<{ text: string; action?: { label: string; run: () => void } }>({ text: "" });
  const [editing, setEditing] = useState<number | null>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const focusAfter = useRef<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  // The event's interval, lane and neighbours come from the detail answer, so this works however large the set.
  const selected = useQuery({ ...eventQueryOptions(selectedEventId ?? ""), enabled: selectedEventId !== null });
  const event = selectedEventId && selected.data?.id === selectedEventId ? selected.data : null;

  useEffect(() => {
    if (!focusAfter.current) return;
    // Keep focus on the moved step: the control used, or the other one at either end.
    const [direction, index] = focusAfter.current.split("-");
    const find = (dir: string) => list.current?.querySelector<HTMLButtonElement>(`[data-focus="${dir}-${index}"]:not(:disabled)`);
    (find(direction!) ?? find(direction === "up" ? "down" : direction === "down" ? "up" : "handle"))?.focus();
    focusAfter.current = null;
  });

  function change(next: Story, message: string, action?: { label: string; run: () => void }) {
    save(next);
    setNotice({ text: message, action });
  }

  /** Adds a step, unless one already shows the same thing: then it says which and asks. */
  function add(step: StoryStep, description: string, again = false) {
    const current = latest.current;
    const same = again ? -1 : findSameStep(current, step);
    if (same >= 0) {
      setNotice({
        text: `Not added: step ${same + 1} already shows ${description}.`,
        action: { label: "Add it again", run: () => add(step, description, true) },
      });
      return;
    }
    change(addStep(current, step), `Added step ${current.steps.length + 1}: ${step.title}, ${formatShortDate(step.from, "day")} – ${formatShortDate(step.to, "day")}.`);
  }

  function remove(index: number) {
    const step = story.steps[index]!;
    setEditing(null);
    change(removeStep(story, index), `Removed step ${index + 1}: ${step.title}.`, {
      label: "Undo",
      run: () => change(insertStep(latest.current, index, step), `Step ${index + 1} is back: ${step.title}.`),
    });
  }

  function move(index: number, delta: number, focus: "up" | "down" | "handle" = delta < 0 ? "up" : "down") {
    const target = index + delta;
    if (target < 0 || target >= story.steps.length) return;
    change(moveStep(story, index, delta), `Moved step ${index + 1} to position ${target + 1}.`);
    if (editing === index) setEditing(target);
    focusAfter.current = `${focus}-${target}`;
  }

  function onHandleKey(event: KeyboardEvent, index: number) {
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    event.preventDefault();
    move(index, event.key === "ArrowUp" ? -1 : 1, "handle");
  }

  function onDrop(event: DragEvent, index: number) {
    event.preventDefault();
    if (dragFrom === null || dragFrom === index) return;
    change(moveStepTo(story, dragFrom, index), `Moved step ${dragFrom + 1} to position ${index + 1}.`);
    setEditing(null);
    setDragFrom(null);
  }

  function addEvent() {
    if (!event) return;
    add(createEventStep(event, lanes, laneOrder), `“${event.title}”`);
  }

  async function importFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    const result = parseStoryJson(await file.text());
    if (!result.ok) {
      setErrors([`${file.name} is not a briefing this app can read:`, ...result.errors]);
      return;
    }
    setErrors([]);
    setEditing(null);
    change({ ...result.story, id: ADHOC_STORY_ID }, `Imported ${result.story.steps.length} steps from ${file.name}.`);
  }

  const count = story.steps.length;
  // The builder never makes a briefing past its limits (lib/story/budget.ts), and says how near it is.
  const full = count >= DECK_LIMITS.steps;
  return (
    <section className={styles.tray} aria-labelledby="briefing-tray-heading">
      <h2 id="briefing-tray-heading" tabIndex={-1}>
        Briefing{" "}
        <span className={styles.count}>
          {count} of {DECK_LIMITS.steps} steps
        </span>
      </h2>
      {count > 0 && <TrayField label="Briefing title" value={story.title} required maxLength={DECK_LIMITS.title} onCommit={(title) => save({ ...story, title })} />}
      {count > 0 && (
        <TrayField
          label="Handling mark"
          value={story.marking ?? ""}
          maxLength={MARKING_MAX}
          hint="Top and bottom of every slide, the handout and the PowerPoint, e.g. OFFICIAL. Empty: the data set's own, if it has one."
          onCommit={(text) => {
            const parsed = markingSchema.safeParse(text);
            save({ ...story, marking: parsed.success ? parsed.data : undefined });
          }}
        />
      )}
      <div className={styles.actions}>
        <button type="button" disabled={!event || full} onClick={addEvent} aria-describedby="briefing-add-hint">
          Add selected event
        </button>
        <button type="button" disabled={full} aria-describedby="briefing-add-hint" onClick={() => add(createWindowStep(domain, lanes), "this window")}>
          Add current window
        </button>
      </div>
      <p id="briefing-add-hint" className={styles.hint}>
        {full
          ? `A briefing holds at most ${DECK_LIMITS.steps} steps: remove one to add another.`
          : selectedEventId === null
          ? "Select an event to add it, framed with its neighbours in time."
          : event
            ? `Adds “${event.title}” framed with its neighbours in time.`
            : selected.isError
              ? "The selected event could not be loaded."
              : "Loading the selected event…"}
      </p>
      <div className={notice.text ? styles.notice : styles.noticeEmpty}>
        <p role="status">{notice.text}</p>
        {notice.action && (
          <button type="button" onClick={notice.action.run}>
            {notice.action.label}
          </button>
        )}
      </div>
      {count === 0 ? (
        <p className={styles.empty}>No steps yet. Select an event or frame a window, then add it here.</p>
      ) : (
        <ol className={styles.steps} ref={list} aria-label="Steps of the briefing">
          {story.steps.map((step, i) => (
            <li
              // By place, not content: editing a title must not remount the field being typed in.
              key={i}
              className={dragFrom !== null && dragFrom !== i ? styles.dropTarget : undefined}
              onDragOver={(e) => dragFrom !== null && e.preventDefault()}
              onDrop={(e) => onDrop(e, i)}
              data-step={i + 1}
            >
              <div className={styles.stepRow}>
                <button
                  type="button"
                  className={styles.handle}
                  draggable
                  data-focus={`handle-${i}`}
                  aria-label={`Reorder step ${i + 1}: drag, or press the up and down arrow keys`}
                  onDragStart={(e) => {
                    e.dataTransfer.effectAllowed = "move";
                    e.dataTransfer.setData("text/plain", String(i));
                    setDragFrom(i);
                  }}
                  onDragEnd={() => setDragFrom(null)}
                  onKeyDown={(e) => onHandleKey(e, i)}
                >
                  ⠿
                </button>
                <span className={styles.stepTitle}>
                  <span className={styles.stepNumber}>{i + 1}.</span> {step.title}
                  <span className={styles.stepWindow}>
                    {formatShortDate(step.from, "day")} – {formatShortDate(step.to, "day")}
                    {step.events.length > 0 && ` · ${countOf(step.events.length, "event")}`}
                    {step.target ? ` · ${Math.floor(step.target / 60)}:${String(step.target % 60).padStart(2, "0")}` : ""}
                  </span>
                </span>
                <span className={styles.stepButtons}>
                  <button type="button" data-focus={`up-${i}`} disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move step ${i + 1} up`}>
                    ↑
                  </button>
                  <button type="button" data-focus={`down-${i}`} disabled={i === count - 1} onClick={() => move(i, 1)} aria-label={`Move step ${i + 1} down`}>
                    ↓
                  </button>
                  <button type="button" aria-expanded={editing === i} onClick={() => setEditing(editing === i ? null : i)} aria-label={`Edit step ${i + 1}: ${step.title}`}>
                    Edit
                  </button>
                  <button type="button" disabled={full} onClick={() => change(duplicateStep(story, i), `Duplicated step ${i + 1}.`)} aria-label={`Duplicate step ${i + 1}: ${step.title}`}>
                    Duplicate
                  </button>
                  <button type="button" onClick={() => remove(i)} aria-label={`Remove step ${i + 1}: ${step.title}`}>
                    Remove
                  </button>
                </span>
              </div>
              {editing === i && <StepEditor step={step} number={i + 1} onChange={(patch) => save(updateStep(story, i, patch))} />}
            </li>
          ))}
        </ol>
      )}
      {count > 0 && (
        <div className={styles.actions}>
          <a className={styles.present} href={presentHref(ADHOC_STORY_ID, 1)}>
            Present briefing
          </a>
          <a className={styles.link} href={presenterHref(ADHOC_STORY_ID, 1)} target="_blank" rel="noopener">
            Presenter view
          </a>
          <ShareLink deckRef={ADHOC_REF} story={story} className={styles.share} />
        </div>
      )}
      <div className={styles.actions}>
        {count > 0 && <DeckExports deckRef={ADHOC_REF} story={story} step={1} kinds={["pptx", "handout", "handout-pdf"]} className={styles.exports} />}
        <button type="button" disabled={count === 0} onClick={() => download(`${storyIdFrom(story.title)}.json`, toStoryFile(story))}>
          Save story file
        </button>
        <label className={styles.import}>
          Import story file
          <input type="file" accept="application/json,.json" onChange={importFile} />
        </label>
      </div>
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
