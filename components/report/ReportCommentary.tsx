import type { ReportModel } from "@/lib/report/report-model";
import { SourceRefs } from "./SourceRefs";

/** The experts' words, verbatim, each with who said it and which events of the period it speaks to. */
export function ReportCommentary({ model }: { model: ReportModel }) {
  if (model.comments.length === 0) return <p className="report-empty">No expert commentary is anchored to the events in this report.</p>;
  return (
    <ol className="report-commentary">
      {model.comments.map(({ annotation, expert, anchoredTo, sourceNumber }) => (
        <li key={annotation.id} data-annotation-id={annotation.id}>
          <figure>
            <blockquote>
              <p>“{annotation.quote}”</p>
            </blockquote>
            <figcaption>
              <span className="expert-name">{expert.name}</span>, {expert.role}, {expert.institution} <SourceRefs numbers={[sourceNumber]} />
              <span className="comment-context">
                {annotation.theme}
                {anchoredTo.length > 0 && <> · on {anchoredTo.map((anchor) => `${anchor.title} (${anchor.dateLabel})`).join("; ")}</>}
              </span>
            </figcaption>
          </figure>
        </li>
      ))}
    </ol>
  );
}
