import "server-only";
import { kindSchema, recordIdSchema } from "../../desk/api";
import type { RecordKind } from "../../data/records";
import { deskError } from "./guard";

export type RecordParams = Promise<{ kind: string; id: string }>;

/** A record's kind and id from its URL, or a 400 naming what is wrong. */
export async function recordOf(params: RecordParams): Promise<{ ok: true; kind: RecordKind; id: string } | { ok: false; response: Response }> {
  const { kind, id } = await params;
  const parsedKind = kindSchema.safeParse(kind);
  const parsedId = recordIdSchema.safeParse(decodeURIComponent(id));
  if (!parsedKind.success) return { ok: false, response: deskError(400, `Unknown kind of record "${kind.slice(0, 40)}".`) };
  if (!parsedId.success || (parsedKind.data === "manifest") !== (parsedId.data === "manifest"))
    return { ok: false, response: deskError(400, `"${id.slice(0, 120)}" is not an id of a ${parsedKind.data}.`) };
  return { ok: true, kind: parsedKind.data, id: parsedId.data };
}

/** A revision or account number from a URL, or null. */
export function numberOf(raw: string): number | null {
  return /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : null;
}
