import type { DataProblem } from "@/lib/data/problem";
import { formatPublicProblem } from "@/lib/data/problem";

/** At most this many problems are listed; a badly broken large set could have one per record. */
const SHOWN = 100;

/**
 * What a reader sees instead of a blank page when no good data set is loaded (the response is a 503).
 * Where the files are and what they contain stay in the server log.
 */
export function DataErrorPage({ problems }: { problems: DataProblem[] }) {
  return (
    <main className="data-error" role="alert">
      <h1>The data set could not be loaded</h1>
      <p>
        {problems.length} problem{problems.length === 1 ? "" : "s"} in the data set&apos;s files. Nothing has been changed; fix the files
        (they are read again as soon as they change) or run <code>npm run data:check</code>. The server log has the details.
      </p>
      <ol>
        {problems.slice(0, SHOWN).map((problem, i) => (
          <li key={i}>{formatPublicProblem(problem)}</li>
        ))}
      </ol>
      {problems.length > SHOWN && <p>… and {problems.length - SHOWN} more.</p>}
    </main>
  );
}
