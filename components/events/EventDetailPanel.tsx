"use client";

import { useQuery } from "@tanstack/react-query";
import { eventQueryOptions } from "@/lib/query/event";
import type { TimeDomain } from "@/lib/time/scale";
import type { EventDetail } from "@/lib/view/event-detail";
import { SourceList } from "./SourceList";

type SelectEvent = (id: string, interval?: TimeDomain) => void;

interface EventDetailPanelProps {
  id: string | null;
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

function Detail({ detail, onSelect }: { detail: EventDetail; onSelect: SelectEvent }) {
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
      {detail.annotations.length > 0 && (
        <section aria-labelledby="detail-commentary">
          <h3 id="detail-commentary">Expert commentary</h3>
          {detail.annotations.map((note) => (
            <figure key={note.id} className="quote" data-annotation-id={note.id}>
              <blockquote cite={note.source.url}>{note.quote}</blockquote>
              <figcaption>
                <strong>{note.expert.name}</strong>, {note.expert.role}, {note.expert.institution}
              </figcaption>
            </figure>
          ))}
        </section>
      )}
      <section aria-labelledby="detail-sources">
        <h3 id="detail-sources">Sources</h3>
        <SourceList sources={detail.sources} className="source-list" />
      </section>
    </article>
  );
}

/** The selected event in full, fetched from /api/events/[id] (prefetched on the server for a shared URL). */
export function EventDetailPanel({ id, onSelect }: EventDetailPanelProps) {
  const query = useQuery({ ...eventQueryOptions(id ?? ""), enabled: id !== null });
  if (id === null) return <p className="empty">Select an event on the timeline, in the list or in the search results to read its details, sources and commentary.</p>;
  if (query.isPending) return <p className="empty" aria-busy="true">Loading…</p>;
  if (query.isError) return <p className="error" role="alert">Could not load this event: {query.error.message}</p>;
  return <Detail detail={query.data} onSelect={onSelect} />;
}
