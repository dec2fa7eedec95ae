/** The flag on an event that rests on one source: the word, then why, as text (never colour alone). */
export function UnverifiedNote({ reason, className = "unverified-note" }: { reason: string; className?: string }) {
  return (
    <p className={className}>
      <strong>Unverified:</strong> {reason}
    </p>
  );
}

/** A compact badge for rows; the reason stays readable to screen readers and on hover. */
export function UnverifiedBadge({ reason }: { reason: string }) {
  return (
    <span className="unverified-badge" title={reason}>
      unverified<span className="visually-hidden">: {reason}</span>
    </span>
  );
}
