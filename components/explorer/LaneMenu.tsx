"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { ChartLane } from "@/components/chart/types";

interface LaneMenuProps {
  lanes: readonly ChartLane[];
  /** Visible lane ids in display order. */
  visible: readonly string[];
  onChange: (visible: string[]) => void;
}

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
  const byId = new Map(lanes.map((lane) => [lane.id, lane]));
  const hidden = lanes.filter((lane) => !visible.includes(lane.id));
  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [open]);
  return (
    <div
      className="lane-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button ref={button} type="button" className="tool-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Lanes <span className="count">{visible.length}/{lanes.length}</span>
      </button>
      <div id={panelId} className="lane-menu-panel" hidden={!open} role="group" aria-label="Lanes: show, hide and reorder">
        <ul>
          {visible.map((id, index) => {
            const lane = byId.get(id)!;
            return (
              <li key={id} data-lane-row={id}>
                <label>
                  <input type="checkbox" checked disabled={visible.length === 1} onChange={() => onChange(visible.filter((v) => v !== id))} />
                  <span className="swatch" style={{ background: lane.colour }} aria-hidden="true" />
                  {lane.label}
                </label>
                <button type="button" className="icon-button" aria-label={`Move ${lane.label} up`} disabled={index === 0} onClick={() => onChange(move(visible, index, -1))}>
                  ↑
                </button>
                <button type="button" className="icon-button" aria-label={`Move ${lane.label} down`} disabled={index === visible.length - 1} onClick={() => onChange(move(visible, index, 1))}>
                  ↓
                </button>
              </li>
            );
          })}
          {hidden.map((lane) => (
            <li key={lane.id} data-lane-row={lane.id} className="is-hidden">
              <label>
                <input type="checkbox" checked={false} onChange={() => onChange([...visible, lane.id])} />
                <span className="swatch" style={{ background: lane.colour }} aria-hidden="true" />
                {lane.label}
              </label>
            </li>
          ))}
        </ul>
        {hidden.length > 0 || visible.join() !== lanes.map((l) => l.id).join() ? (
          <button type="button" className="link-button" onClick={() => onChange(lanes.map((lane) => lane.id))}>
            Show all lanes in default order
          </button>
        ) : null}
      </div>
    </div>
  );
}
