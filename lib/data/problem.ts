/** One thing wrong with a data file, precise enough to fix without searching. */
export interface DataProblem {
  file: string;
  /** The record's id, or its position "[3]" when it has no usable id, or "(file)". */
  record: string;
  /** Dotted path to the field, e.g. "sources.0.url". */
  field: string;
  message: string;
  /**
   * What the file system or the JSON parser said: absolute paths, a quote of the file around a
   * syntax error. For the checker's output and the server log, never for a public page.
   */
  detail?: string;
}

/** "events.json: deal: date: message", without the detail: what a public page may show. */
export function formatPublicProblem(problem: DataProblem): string {
  return `${problem.file}: ${problem.record}: ${problem.field}: ${problem.message}`;
}

/** The public line plus the detail in brackets: for the checker's output and the server log. */
export function formatProblem(problem: DataProblem): string {
  const line = formatPublicProblem(problem);
  return problem.detail ? `${line} (${problem.detail})` : line;
}

export class DataError extends Error {
  constructor(
    readonly source: string,
    readonly problems: DataProblem[],
  ) {
    super(`${problems.length} problem(s) in data set ${source}:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "DataError";
  }
}
