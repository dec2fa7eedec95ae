import { z } from "zod";
import { idSchema, isoDaySchema, sourceSchema } from "./primitives";

/**
 * A commentary snapshot: a dated set of expert notes (annotations name it in `snapshot`), e.g. one
 * article. Its `asOf` is where the snapshot line is drawn while it is shown; the explorer shows the
 * latest by default and a reader may switch to an earlier one.
 */
export const snapshotSchema = z.object({
  id: idSchema,
  /** What the notes are, e.g. the article's title. */
  title: z.string().trim().min(1),
  /** YYYY-MM-DD: the latest day the notes certainly knew of. */
  asOf: isoDaySchema,
  /** The snapshot line's label, e.g. "Expert Snapshots, April 2025". */
  asOfLabel: z.string().trim().min(1).optional(),
  /** Why the line sits on that day when the source is dated only to the month. */
  asOfNote: z.string().trim().min(1).optional(),
  /** Where the notes were published. */
  source: sourceSchema.optional(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;
