"use client";

import { useEffect, useId, useRef, useState } from "react";
type ChartLane = { id: string; label: string; colour: string };

interface LaneMenuProps {
  lanes: readonly ChartLane[];
  /** Visible lane ids in display order. */
  visible: readonly string[];
  onChange: (visible: string[]) => void;
}

type Control = "toggle" | "up" | "down";

function move(list: readonly string[], index: number, by: number): string[] {
  const next = [...list];
  const [id] = next.splice(index, 1);
  if (id !== undefined) next.splice(index + by, 0, id);
  return next;
}

/** Show, hide and reorder lanes: checkboxes and move buttons, all keyboard operable. */
export function LaneMenu({ lanes, visible, onChange }: LaneMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  // A moved row is re-inserted in the DOM, which drops focus; put it back on the same control.
  const refocus = useRef<{ id: string; control: Control } | null>(null);
  const byId = new Map(lanes.map((lane) => [lane.id, lane]));
  const rows = [...visible, ...lanes.map((lane) => lane.id).filter((id) => !visible.includes(id))];

  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    const row = root.current?.querySelector(`[data-lane-row="${target.id}"]`);
    const control = row?.querySelector<HTMLElement>(`[data-control="${target.control}"]:not(:disabled)`) ?? row?.querySelector<HTMLElement>('[data-control="toggle"]');
    control?.focus();
  }, [visible]);

  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", escape, true);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", escape, true);
    };
  }, [open]);

  const change = (next: string[], id: string, control: Control) => {
    refocus.current = { id, control };
    onChange(next);
  };

  return (
    <div className="lane-menu" ref={root}>
      <button ref={button} type="button" className="tool-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Lanes <span className="count">{visible.length}/{lanes.length}</span>
      </button>
      <div id={panelId} className="lane-menu-panel" hidden={!open} role="group" aria-label="Lanes: show, hide and reorder">
        {/* Its rows exist while it is open: a closed menu costs the server's page nothing (it needs the script to open). */}
        {open && (
          <>
            <ul>
              {rows.map((id) => {
                const lane = byId.get(id);
                if (!lane) return null;
                const index = visible.indexOf(id);
                const shown = index >= 0;
                return (
                  <li key={id} data-lane-row={id} className={shown ? undefined : "is-hidden"}>
                    <label>
                      <input
                        type="checkbox"
                        data-control="toggle"
                        checked={shown}
                        disabled={shown && visible.length === 1}
                        onChange={() => change(shown ? visible.filter((v) => v !== id) : [...visible, id], id, "toggle")}
                      />
                      <span className="swatch" style={{ background: lane.colour }} aria-hidden="true" />
                      {lane.label}
                    </label>
                    <button type="button" className="icon-button" data-control="up" aria-label={`Move ${lane.label} up`} disabled={index <= 0} onClick={() => change(move(visible, index, -1), id, "up")}>
                      ↑
                    </button>
                    <button type="button" className="icon-button" data-control="down" aria-label={`Move ${lane.label} down`} disabled={!shown || index === visible.length - 1} onClick={() => change(move(visible, index, 1), id, "down")}>
                      ↓
                    </button>
                  </li>
                );
              })}
            </ul>
            {rows.join() !== lanes.map((lane) => lane.id).join() || visible.length < lanes.length ? (
              <button type="button" className="link-button" onClick={() => onChange(lanes.map((lane) => lane.id))}>
                Show all lanes in default order
              </button>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
