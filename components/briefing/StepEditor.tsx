"use client";

import { useQueries } from "@tanstack/react-query";
import { useId, useState } from "react";
import { eventQueryOptions } from "@/lib/query/event";
import type { StoryStep } from "@/lib/schema";
import { DECK_LIMITS } from "@/lib/story/budget";
import { formatElapsed, parseTarget } from "@/lib/story/timer";
import styles from "./BriefingTray.module.css";
import { TrayField as Field } from "./TrayField";

interface StepEditorProps {
  step: StoryStep;
  number: number;
  onChange: (patch: Partial<StoryStep>) => void;
}

function TargetField({ value, onCommit }: { value: number | undefined; onCommit: (seconds: number | undefined) => void }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (value ? formatElapsed(value * 1000) : "");
  const parsed = parseTarget(shown);
  return (
    <div className={styles.field}>
      <label htmlFor={id}>Target time</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        className={styles.target}
        value={shown}
        placeholder="m:ss"
        aria-invalid={parsed === null || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setDraft(e.target.value);
          const seconds = parseTarget(e.target.value);
          if (seconds !== null) onCommit(seconds);
        }}
        onBlur={() => setDraft(null)}
      />
      <span id={`${id}-hint`} className={parsed === null ? styles.fieldError : styles.fieldHint}>
        {parsed === null ? "Write minutes, or minutes:seconds (up to 60:00)." : "Minutes, or m:ss. The presenter view adds these up."}
      </span>
    </div>
  );
}

/** The quotes a step may show: the commentary on its events, from the event detail answers. */
function QuotePicker({ step, onChange }: { step: StoryStep; onChange: (quotes: string[]) => void }) {
  const details = useQueries({ queries: step.events.map((id) => eventQueryOptions(id)) });
  const loading = details.some((d) => d.isPending);
  const seen = new Set<string>();
  const notes = details.flatMap((d) => d.data?.annotations ?? []).filter((note) => !seen.has(note.id) && Boolean(seen.add(note.id)));
  const toggle = (id: string, on: boolean) => onChange(on ? [...step.quotes.filter((q) => q !== id), id] : step.quotes.filter((q) => q !== id));
  return (
    <fieldset className={styles.quotes}>
      <legend>Quotes shown</legend>
      {step.events.length === 0 ? (
        <p className={styles.fieldHint}>A window step has no events, so no commentary to quote.</p>
      ) : loading ? (
        <p className={styles.fieldHint}>Loading the commentary on this step’s events…</p>
      ) : notes.length === 0 ? (
        <p className={styles.fieldHint}>No expert commentary is anchored to this step’s events.</p>
      ) : (
        notes.map((note) => (
          <label key={note.id} className={styles.quote}>
            <input
              type="checkbox"
              checked={step.quotes.includes(note.id)}
              disabled={!step.quotes.includes(note.id) && step.quotes.length >= DECK_LIMITS.quotesPerStep}
              onChange={(e) => toggle(note.id, e.target.checked)}
            />
            <span>
              <strong>{note.expert.name}</strong>: “{note.quote.length > 140 ? `${note.quote.slice(0, 140).trimEnd()}…` : note.quote}”
            </span>
          </label>
        ))
      )}
      {step.quotes.length > 1 && <p className={styles.fieldHint}>The slide shows the first; the presenter view and handout show all.</p>}
      {step.quotes.length >= DECK_LIMITS.quotesPerStep && <p className={styles.fieldHint}>A step quotes at most {DECK_LIMITS.quotesPerStep}.</p>}
    </fieldset>
  );
}

/** Everything a briefer edits on one step. */
export function StepEditor({ step, number, onChange }: StepEditorProps) {
  return (
    <div className={styles.editor} role="group" aria-label={`Edit step ${number}`}>
      <Field label="Title" value={step.title} required maxLength={DECK_LIMITS.title} onCommit={(title) => onChange({ title })} />
      <Field label="Summary" value={step.summary} required multiline maxLength={DECK_LIMITS.summary} onCommit={(summary) => onChange({ summary })} />
      <Field label="Speaker notes" value={step.notes} multiline maxLength={DECK_LIMITS.notes} hint="A blank line starts a new paragraph." onCommit={(notes) => onChange({ notes })} />
      <QuotePicker step={step} onChange={(quotes) => onChange({ quotes })} />
      <TargetField value={step.target} onCommit={(target) => onChange({ target })} />
    </div>
  );
}
