/** One thing wrong with a data file, precise enough to fix without searching. */
export interface DataProblem {
  file: string;
  /** The record's id, or its position "[3]" when it has no usable id, or "(file)". */
  record: string;
  /** Dotted path to the field, e.g. "sources.0.url". */
  field: string;
  message: string;
}

export function formatProblem(problem: DataProblem): string {
  return `${problem.file}: ${problem.record}: ${problem.field}: ${problem.message}`;
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
