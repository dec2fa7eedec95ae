import { z } from "zod";
import { idSchema, isoDaySchema, markingSchema } from "./primitives";
import { snapshotSchema } from "./snapshot";

export const laneSchema = z.object({
  id: idSchema,
  label: z.string().trim().min(1),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a hex colour #rrggbb"),
  order: z.number().int(),
});
export type Lane = z.infer<typeof laneSchema>;

export const expertSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1),
  role: z.string().trim().min(1),
  institution: z.string().trim().min(1),
});
export type Expert = z.infer<typeof expertSchema>;

/** The window (and optionally the lanes) a person sees first. */
export const defaultViewSchema = z.object({
  from: isoDaySchema,
  to: isoDaySchema,
  lanes: z.array(idSchema).optional(),
});
export type DefaultView = z.infer<typeof defaultViewSchema>;

/** dataset.json: what the set is, its lanes and its experts. */
export const manifestSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1),
  description: z.string().trim().min(1),
  version: z.string().trim().min(1).optional(),
  /** The day the commentary was written: the "snapshot line". */
  asOf: isoDaySchema,
  asOfLabel: z.string().trim().min(1).optional(),
  /** Why the snapshot line sits where it does, when the source is not dated to the day. */
  asOfNote: z.string().trim().min(1).optional(),
  /** The handling mark of everything made from the set (slides, handouts, reports), unless a briefing or a report names another. */
  marking: markingSchema.optional(),
  lanes: z.array(laneSchema).min(1),
  defaultView: defaultViewSchema.optional(),
  experts: z.array(expertSchema),
  /**
   * The commentary snapshots, oldest first. Without it the annotations form one snapshot described by
   * asOf, asOfLabel and asOfNote above; with it those three are what tools unaware of snapshots read.
   */
  snapshots: z.array(snapshotSchema).min(1, "list at least one snapshot, or leave snapshots out").optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;
