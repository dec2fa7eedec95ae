"use client";

import { useId, useState } from "react";
import styles from "./BriefingTray.module.css";
import { formatCount } from "@/lib/scene/text";

/**
 * A text field that keeps what is typed but only hands on a valid value; a required one left empty
 * says so and goes back to the last value when it loses focus.
 */
export function TrayField({
  label,
  value,
  required,
  multiline,
  hint,
  maxLength,
  onCommit,
}: {
  label: string;
  value: string;
  required?: boolean;
  multiline?: boolean;
  hint?: string;
  /** The field's limit in a briefing (lib/story/budget.ts): typing stops there, and a count shows from four fifths of it. */
  maxLength?: number;
  onCommit: (value: string) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const missing = required && !shown.trim();
  const near = maxLength !== undefined && shown.length >= maxLength * 0.8;
  const note = missing ? `${label} cannot be empty; the last one is kept.` : near ? `${formatCount(shown.length)} of ${formatCount(maxLength!)} characters${shown.length >= maxLength! ? ": the most a briefing holds" : ""}.` : hint;
  const change = (text: string) => {
    setDraft(text);
    if (!required || text.trim()) onCommit(text);
  };
  const common = {
    id,
    value: shown,
    "aria-invalid": missing || undefined,
    "aria-describedby": note ? `${id}-hint` : undefined,
    maxLength,
    onBlur: () => setDraft(null),
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...common} rows={3} onChange={(e) => change(e.target.value)} /> : <input {...common} type="text" onChange={(e) => change(e.target.value)} />}
      {note && (
        <span id={`${id}-hint`} className={missing ? styles.fieldError : styles.fieldHint} aria-live={near ? "polite" : undefined}>
          {note}
        </span>
      )}
    </div>
  );
}

