/** Bracketed endnote numbers that link to the numbered sources at the end: "[3] [4]". */
export function SourceRefs({ numbers }: { numbers: readonly number[] }) {
  return (
    <>
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 && " "}
          <a href={`#source-${n}`} aria-label={`Source ${n}`}>
            [{n}]
          </a>
        </span>
      ))}
    </>
  );
}
