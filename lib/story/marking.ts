import { markingSchema } from "../schema";

type Candidate = string | string[] | null | undefined;

/**
 * The handling mark something carries: the first of `candidates` that is a valid mark (a report's
 * `marking=` parameter, then the briefing's, then the data set's), or null for none. A malformed one
 * (too long, several lines, control characters) is passed over, never shown.
 */
export function resolveMarking(...candidates: Candidate[]): string | null {
  for (const candidate of candidates) {
    const value = Array.isArray(candidate) ? candidate[0] : candidate;
    if (value === null || value === undefined) continue;
    const parsed = markingSchema.safeParse(value);
    if (parsed.success) return parsed.data;
  }
  return null;
}
