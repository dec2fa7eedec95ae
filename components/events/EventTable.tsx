"use client";

import type { ChartLane } from "@/components/chart/types";
import type { ExplorerItem } from "@/lib/view/explorer-data";
import type { Emitter } from "@/lib/view/emitter";

interface EventTableProps {
  items: readonly ExplorerItem[];
  lanes: readonly ChartLane[];
  selectedId: string | null;
  asOfMs: number;
  hover: Emitter<string | null>;
  /** With the row's interval, so a large set's jump does not need the event in memory. */
  onSelect: (id: string, interval: [number, number]) => void;
}

/** The filtered events as an accessible chronological table; a row's button selects its event. */
export function EventTable({ items, lanes, selectedId, asOfMs, hover, onSelect }: EventTableProps) {
  const laneById = new Map(lanes.map((lane) => [lane.id, lane]));
  return (
    <div className="event-table-wrap">
      <table className="event-table">
        <caption>
          {items.length} events in time order
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            <th scope="col">Lane</th>
            <th scope="col">Actors</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const lane = laneById.get(item.lane);
            const selected = item.id === selectedId;
            return (
              <tr key={item.id} data-event-id={item.id} aria-selected={selected} className={selected ? "is-selected" : undefined} onMouseEnter={() => hover.set(item.id)} onMouseLeave={() => hover.set(null)}>
                <td className="nowrap" title={item.utcLabel}>
                  {item.dateLabel}
                </td>
                <th scope="row">
                  <button type="button" className="row-button" aria-pressed={selected} onClick={() => onSelect(item.id, [item.start, item.end])}>
                    {item.title}
                  </button>
                  {item.start >= asOfMs && <span className="after-badge">after the commentary</span>}
                </th>
                <td>
                  <span className="swatch" style={{ background: lane?.colour }} aria-hidden="true" /> {lane?.label ?? item.lane}
                </td>
                <td className="muted">{item.actors.join(", ")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
