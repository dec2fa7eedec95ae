import type { SheetEvent } from "@/lib/story/slide-sheet";

/**
 * A step's highlighted events, numbered as on its figure, with their dates: the slide's list and the
 * handout's. `variant` names the classes (`slide-events`, `slide-event-number` … or `handout-…`).
 */
export function SheetEvents({ events, variant, label }: { events: readonly SheetEvent[]; variant: "slide" | "handout"; label: string }) {
  if (events.length === 0) return null;
  return (
    <ol className={`${variant}-events`} aria-label={label}>
      {events.map((event) => (
        <li key={event.id} data-event-id={event.id}>
          <span className={`${variant}-event-number`} aria-hidden="true">
            {event.number}
          </span>
          <span>
            {event.title} <span className={`${variant}-event-date`}>{event.dateLabel}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
