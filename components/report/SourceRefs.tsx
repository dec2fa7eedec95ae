/** Endnote numbers in one bracket, each linking to its numbered source: "[4, 13, 14]". */
export function SourceRefs({ numbers }: { numbers: readonly number[] }) {
  return (
    <span className="source-refs">
      [
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 && ", "}
          <a href={`#source-${n}`} aria-label={`Source ${n}`}>
            {n}
          </a>
        </span>
      ))}
      ]
    </span>
  );
}
