import type { DataProblem } from "@/lib/data/problem";
import { formatProblem } from "@/lib/data/problem";

/** What a reader sees instead of a blank page when the data set does not validate. */
export function DataErrorPage({ dir, problems }: { dir: string; problems: DataProblem[] }) {
  return (
    <main className="data-error" role="alert">
      <h1>The data set could not be loaded</h1>
      <p>
        {problems.length} problem{problems.length === 1 ? "" : "s"} in <code>{dir}</code>. Nothing has been changed; fix the
        files and reload (or run <code>npm run data:check</code>).
      </p>
      <ol>
        {problems.map((problem, i) => (
          <li key={i}>{formatProblem(problem)}</li>
        ))}
      </ol>
    </main>
  );
}
