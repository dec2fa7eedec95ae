import type { ReactNode, Ref } from "react";

interface PaneSectionProps {
  /** The heading's id, which labels the section. */
  id: string;
  className: string;
  title: string;
  /** What the × does, for a screen reader: "Clear the search". */
  closeLabel: string;
  onClose: () => void;
  /** For a section that takes focus when it opens (the heading is focusable then). */
  headingRef?: Ref<HTMLHeadingElement>;
  children?: ReactNode;
}

/** A section of the reading pane that can be closed: its heading with a × beside it, then its content. */
export function PaneSection({ id, className, title, closeLabel, onClose, headingRef, children }: PaneSectionProps) {
  return (
    <section className={`pane-section ${className}`} aria-labelledby={id}>
      <div className="pane-heading-row">
        <h2 id={id} className="pane-heading" ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
          {title}
        </h2>
        <button type="button" className="pane-close" onClick={onClose} aria-label={closeLabel}>
          ×
        </button>
      </div>
      {children}
    </section>
  );
}
