import { z } from "zod";
import { idSchema } from "../schema/primitives";

/** Longest comma-separated id list a query parameter may carry. */
export const ID_LIST_MAX_CHARS = 2000;

/** "a, b,,a" → ["a", "b"]: trimmed, empty entries and repeats dropped, first occurrence keeps its place. */
export function splitIdList(value: string): string[] {
  return [...new Set(value.split(",").map((id) => id.trim()).filter(Boolean))];
}

/** A comma-separated list of ids in a query parameter, as a list without repeats; malformed ids are an error. */
export const idListSchema = z
  .string()
  .max(ID_LIST_MAX_CHARS, `must be at most ${ID_LIST_MAX_CHARS} characters`)
  .transform(splitIdList)
  .refine((ids) => ids.every((id) => idSchema.safeParse(id).success), "must be comma-separated ids");
