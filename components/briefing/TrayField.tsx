"use client";

import { useId, useState } from "react";
import styles from "./BriefingTray.module.css";

/**
 * A text field that keeps what is typed but only hands on a valid value; a required one left empty
 * says so and goes back to the last value when it loses focus.
 */
export function TrayField({ label, value, required, multiline, hint, onCommit }: { label: string; value: string; required?: boolean; multiline?: boolean; hint?: string; onCommit: (value: string) => void }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const missing = required && !shown.trim();
  const change = (text: string) => {
    setDraft(text);
    if (!required || text.trim()) onCommit(text);
  };
  const common = {
    id,
    value: shown,
    "aria-invalid": missing || undefined,
    "aria-describedby": missing || hint ? `${id}-hint` : undefined,
    onBlur: () => setDraft(null),
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...common} rows={3} onChange={(e) => change(e.target.value)} /> : <input {...common} type="text" onChange={(e) => change(e.target.value)} />}
      {(missing || hint) && (
        <span id={`${id}-hint`} className={missing ? styles.fieldError : styles.fieldHint}>
          {missing ? `${label} cannot be empty; the last one is kept.` : hint}
        </span>
      )}
    </div>
  );
}

