import type { ImportProblem } from "./problems";

/** The lane key of eras: a lane of their own, "Eras", after the others. */
export const ERA_LANE = { id: "eras", label: "Eras" } as const;

/** One imported record before ids and lanes are settled. */
export interface DraftRow {
  /** "row 7", "events[2]", "eras[0]". */
  where: string;
  /** The file's name for an event field ("date", "sources.0.url" → "Year", "Media"), for messages. */
  column: (field: string) => string;
  /** An id the file gives (unique_id, id column); otherwise one is made from `idFrom`. */
  id?: string;
  idFrom: string;
  /** A group label, lane id or lane label; `ERA_LANE` for eras. */
  lane: string | typeof ERA_LANE;
  /** The lane id to use when the lane is new (our own export says which id a group had). */
  laneId?: string;
  /** Every other event field, ready for the schema. `sources` is [] when the row cites nothing. */
  event: Record<string, unknown>;
}

/** What a reader makes of a file: rows it could read, problems with the rows it could not, and notes. */
export interface Draft {
  file: string;
  title?: string;
  description?: string;
  rows: DraftRow[];
  problems: ImportProblem[];
  warnings: ImportProblem[];
}

export function createDraft(file: string): Draft {
  return { file, rows: [], problems: [], warnings: [] };
}
