/** One thing wrong with an imported file, precise enough to find: "events.csv: row 7: End Year: must be a whole number". */
export interface ImportProblem {
  file: string;
  /** "row 7" (spreadsheet numbering: the header is row 1), "events[3]", or "(file)". */
  row: string;
  /** The file's own column or field name. */
  column: string;
  message: string;
}

export function formatImportProblem(problem: ImportProblem): string {
  return `${problem.file}: ${problem.row}: ${problem.column}: ${problem.message}`;
}
