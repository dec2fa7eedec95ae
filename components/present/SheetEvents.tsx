import type { ReactNode } from "react";
import type { ListLayout } from "@/lib/slide/list";
import type { SheetEvent } from "@/lib/story/slide-sheet";
import { boxStyle, fontSize } from "./slide-boxes";

/**
 * A step's highlighted events, numbered as on its figure, with their dates: the slide's list and the
 * handout's. `variant` names the classes (`slide-events`, `slide-event-number` … or `handout-…`). On a
 * slide, `layout` places each entry and breaks its lines (lib/slide/list.ts); on paper the page flows.
 */
export function SheetEvents({ events, variant, label, layout, extra }: { events: readonly SheetEvent[]; variant: "slide" | "handout"; label: string; layout?: ListLayout; extra?: (event: SheetEvent) => ReactNode }) {
  if (events.length === 0) return null;
  if (layout) {
    const type = { fontSize: fontSize(layout.size), lineHeight: fontSize(layout.lineHeight) };
    return (
      <ol className={`${variant}-events`} aria-label={label} style={{ ...boxStyle(layout), ...type }} data-region="list">
        {layout.entries.map((entry) => {
          const { disc, text } = entry;
          const item = { x: disc.cx - disc.r, y: text.y, width: text.x + text.width - (disc.cx - disc.r), height: Math.max(text.height, 2 * disc.r) };
          return (
            <li key={entry.id} data-event-id={entry.id} style={boxStyle(item, layout)}>
              <span className={`${variant}-event-number`} aria-hidden="true" style={{ ...boxStyle({ x: item.x, y: disc.cy - disc.r, width: 2 * disc.r, height: 2 * disc.r }, item), fontSize: fontSize(disc.size) }}>
                {entry.number}
              </span>
              <span style={boxStyle(text, item)}>
                {text.lines.map((line, i) => (
                  <span key={i} className="slide-line">
                    {line.text}
                    {line.date && (
                      <>
                        {line.text ? " " : ""}
                        <span className={`${variant}-event-date`}>{line.date}</span>
                      </>
                    )}
                  </span>
                ))}
              </span>
            </li>
          );
        })}
        {layout.more && (
          <li className={`${variant}-events-more`} style={{ ...boxStyle(layout.more, layout) }}>
            {layout.more.lines.join(" ")}
          </li>
        )}
      </ol>
    );
  }
  return (
    <ol className={`${variant}-events`} aria-label={label}>
      {events.map((event) => (
        <li key={event.id} data-event-id={event.id}>
          <span className={`${variant}-event-number`} aria-hidden="true">
            {event.number}
          </span>
          <span>
            {event.title} <span className={`${variant}-event-date`}>{event.dateLabel}</span>
            {extra?.(event)}
          </span>
        </li>
      ))}
    </ol>
  );
}
