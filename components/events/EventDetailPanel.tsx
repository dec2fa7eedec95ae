"use client";

import { useQuery } from "@/components/query/useQuery";
import { eventQueryOptions } from "@/lib/query/event";
import type { TimeDomain } from "@/lib/time/scale";
import type { Expert } from "@/lib/schema";
import type { EventDetail } from "@/lib/view/event-detail";
import { SourceList } from "./SourceList";
import { UnverifiedNote } from "./Unverified";

type SelectEvent = (id: string, interval?: TimeDomain) => void;

interface EventDetailPanelProps {
  id: string | null;
  /** An earlier commentary snapshot whose notes to show; null for the latest. */
  snapshot?: string | null;
  /** Every expert of the set: each is accounted for, with "no comment" where they have none. */
  experts: readonly Expert[];
  selectedNoteId?: string | null;
  onSelect: SelectEvent;
}

function Related({ detail, onSelect }: { detail: EventDetail; onSelect: SelectEvent }) {
  if (detail.related.length === 0) return null;
  return (
    <section aria-labelledby="detail-related">
      <h3 id="detail-related">Related events</h3>
      <ul className="related-list">
        {detail.related.map((ref) => (
          <li key={`${ref.direction}-${ref.id}`}>
            {ref.direction === "out" && <span className="relation">{ref.label} </span>}
            <button type="button" className="link-button" onClick={() => onSelect(ref.id, [ref.start, ref.end])}>
              {ref.title}
            </button>{" "}
            <span className="muted">({ref.dateLabel})</span>
            {ref.direction === "in" && <span className="relation"> — {ref.label} this</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The events a note speaks of: this one named as such, the others one click away. */
function NoteAnchors({ note, current, onSelect }: { note: EventDetail["annotations"][number]; current: string; onSelect: SelectEvent }) {
  return (
    <span className="note-anchors">
      Written {note.written} · on{" "}
      {note.events.map((event, i) => (
        <span key={event.id}>
          {i > 0 && (i === note.events.length - 1 ? " and " : ", ")}
          {event.id === current ? (
            <span aria-current="true">this event</span>
          ) : (
            <button type="button" className="link-button" onClick={() => onSelect(event.id, [event.start, event.end])}>
              {event.title}
            </button>
          )}{" "}
          <span className="muted">({event.dateLabel})</span>
        </span>
      ))}
    </span>
  );
}

function Commentary({ detail, experts, selectedNoteId, onSelect }: { detail: EventDetail; experts: readonly Expert[]; selectedNoteId: string | null; onSelect: SelectEvent }) {
  if (experts.length === 0) return null;
  return (
    <section aria-labelledby="detail-commentary" className="detail-commentary">
      <h3 id="detail-commentary">Expert commentary</h3>
      {experts.map((expert) => {
        const own = detail.annotations.filter((note) => note.expert.id === expert.id);
        return (
          <div key={expert.id} className="expert-comments" data-expert-id={expert.id}>
            <h4>
              {expert.name} <span className="expert-role">{expert.role}, {expert.institution}</span>
            </h4>
            {own.length === 0 ? (
              <p className="no-comment">No comment on this event.</p>
            ) : (
              own.map((note) => (
                <figure key={note.id} className={note.id === selectedNoteId ? "quote is-selected" : "quote"} data-annotation-id={note.id}>
                  <blockquote cite={note.source.url}>{note.quote}</blockquote>
                  <figcaption>
                    <span className="editor-summary">Editor&rsquo;s summary: {note.headline}</span>
                    <NoteAnchors note={note} current={detail.id} onSelect={onSelect} />
                  </figcaption>
                </figure>
              ))
            )}
          </div>
        );
      })}
    </section>
  );
}

function Detail({ detail, experts, selectedNoteId, onSelect }: { detail: EventDetail; experts: readonly Expert[]; selectedNoteId: string | null; onSelect: SelectEvent }) {
  return (
    <article className="event-detail" data-event-id={detail.id}>
      <p className="detail-date">
        <time dateTime={detail.dateTime} title={detail.utcLabel ?? undefined}>
          {detail.dateLabel}
        </time>
        <span className="lane-chip" style={{ borderColor: detail.lane.colour }}>
          <span className="swatch" style={{ background: detail.lane.colour }} aria-hidden="true" />
          {detail.lane.label}
        </span>
      </p>
      <h2 className="detail-title">{detail.title}</h2>
      {detail.dateNote && <p className="date-note">Date note: {detail.dateNote}</p>}
      {detail.unverified && <UnverifiedNote reason={detail.unverified} />}
      <p className="detail-summary">{detail.summary}</p>
      <dl className="facts">
        {detail.actors.length > 0 && (
          <>
            <dt>Actors</dt>
            <dd>{detail.actors.join(", ")}</dd>
          </>
        )}
        {detail.tags.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd>{detail.tags.map((tag) => <span key={tag} className="tag">{tag}</span>)}</dd>
          </>
        )}
      </dl>
      <Related detail={detail} onSelect={onSelect} />
      <Commentary detail={detail} experts={experts} selectedNoteId={selectedNoteId} onSelect={onSelect} />
      <section aria-labelledby="detail-sources">
        <h3 id="detail-sources">Sources</h3>
        <SourceList sources={detail.sources} className="source-list" />
      </section>
    </article>
  );
}

/** The selected event in full, fetched from /api/events/[id] (prefetched on the server for a shared URL). */
export function EventDetailPanel({ id, snapshot = null, experts, selectedNoteId = null, onSelect }: EventDetailPanelProps) {
  const query = useQuery({ ...eventQueryOptions(id ?? "", snapshot), enabled: id !== null });
  if (id === null) return <p className="empty">Select an event on the timeline, in the list or in the search results to read its details, sources and commentary.</p>;
  if (query.isPending) return <p className="empty" aria-busy="true">Loading…</p>;
  if (query.isError) return <p className="error" role="alert">Could not load this event: {query.error.message}</p>;
  return <Detail detail={query.data} experts={experts} selectedNoteId={selectedNoteId} onSelect={onSelect} />;
}
