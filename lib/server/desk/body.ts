import "server-only";

/** The most a write to the desk may carry: a record with generous sources, far below anything hostile. */
export const DESK_BODY_LIMIT = 512 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: number; message: string };

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Reads a JSON body, never more than `limit` bytes of it: a 10 MB paste is refused with its size, not parsed. */
export async function readJsonBody(request: Request, limit = DESK_BODY_LIMIT): Promise<BodyResult> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) return { ok: false, status: 415, message: "Send the change as JSON (Content-Type: application/json)." };
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit)
    return { ok: false, status: 413, message: `The change is ${size(declared)}; the desk takes at most ${size(limit)} at once. Is a field holding a paste it should not?` };
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (reader)
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => {});
        return { ok: false, status: 413, message: `The change is over ${size(limit)}; the desk takes at most ${size(limit)} at once. Is a field holding a paste it should not?` };
      }
      chunks.push(value);
    }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, status: 400, message: "The change is not valid JSON." };
  }
}
