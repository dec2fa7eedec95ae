"use client";

import type { TimelineItem } from "@/lib/data/items";
import { isAfterSnapshot } from "@/lib/view/snapshot";
import type { Emitter } from "@/lib/view/emitter";
import { UnverifiedBadge } from "./Unverified";

type ChartLane = { id: string; label: string; colour: string };

interface EventTableProps {
  items: readonly TimelineItem[];
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
                  {item.unverified && <UnverifiedBadge reason={item.unverified} />}
                  {isAfterSnapshot(item.start, asOfMs) && <span className="after-badge">after the commentary</span>}
                </th>
                <td>
                  <span className="swatch" style={{ background: lane?.colour }} aria-hidden="true" /> {lane?.label ?? item.lane}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
