import { z } from "zod";
import { RECORD_KINDS } from "../data/records";
import { idSchema, isoDaySchema } from "../schema/primitives";

/**
 * What the desk's API takes, one schema per request (the routes parse with these; the desk's pages
 * build their requests from the same types). Records themselves are checked by lib/data/validate.ts.
 */
export const kindSchema = z.enum(RECORD_KINDS, { error: `must be one of ${RECORD_KINDS.join(", ")}` });
export const recordIdSchema = z.union([idSchema, z.literal("manifest")]);

const reason = z.string().trim().max(1000, "must be at most 1,000 characters").default("");
const revisionNumber = z.number().int().positive();

export const loginInput = z.object({ email: z.string().max(254), password: z.string().max(1024) });
export const logoutInput = z.object({ everywhere: z.boolean().default(false) });

export const saveInput = z.object({
  /** The revision the editor started from; null to create the record. */
  base: revisionNumber.nullable(),
  body: z.record(z.string(), z.unknown()),
  reason,
});
export type SaveInput = z.infer<typeof saveInput>;

export const deleteInput = z.object({ base: revisionNumber, reason });
export const restoreInput = z.object({ base: revisionNumber.nullable(), reason });

export const publishInput = z.object({
  records: z.array(z.object({ kind: kindSchema, id: recordIdSchema })).max(100_000).optional(),
  note: z.string().trim().max(1000, "must be at most 1,000 characters").default(""),
});

export const checkInput = z.object({ body: z.unknown() });

export const accountInput = z.object({
  email: z.string().max(254),
  role: z.enum(["editor", "admin"], { error: "must be editor or admin" }),
  password: z.string().max(1024),
});

export const FIND_FLAGS = ["no-primary", "unverified", "draft", "deleted"] as const;
/** The finder's orders: events by date, newest or oldest first; any kind by its latest revision. */
export const FIND_SORTS = ["newest", "oldest", "edited"] as const;
export type FindSort = (typeof FIND_SORTS)[number];

/** GET /api/desk/records: what to find. */
export const findQuery = z.object({
  kind: kindSchema.default("event"),
  q: z.string().trim().max(200).optional(),
  lane: idSchema.optional(),
  from: isoDaySchema.optional(),
  to: isoDaySchema.optional(),
  flag: z.enum(FIND_FLAGS).optional(),
  snapshot: idSchema.optional(),
  sort: z.enum(FIND_SORTS).default("newest"),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type FindQuery = z.infer<typeof findQuery>;

/** "field: message" lines of a zod error, for a 400. */
export function describeInput(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "request"}: ${issue.message}`).join("; ");
}
