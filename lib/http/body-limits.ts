import { MAX_POSTED_DECK_CHARS } from "../story/share";

/**
 * How many bytes of request body each route takes. The server counts a body as it streams in
 * (chunked or not) and answers 413 the moment it passes the route's limit, before Next sees the
 * request; a route that is not listed gets DEFAULT_BODY_BYTES. A key ending in "/" covers every path
 * under it (e.g. "/api/desk/" for the routes of a whole section).
 */
export const DEFAULT_BODY_BYTES = 64 * 1024;

/** The most one write to the desk may carry: a record with generous sources, far below anything hostile. */
export const DESK_BODY_BYTES = 512 * 1024;

const BODY_LIMITS: Record<string, number> = {
  // A form with one field, the briefing too long for a link (base64url: nothing in it is escaped), and its framing.
  "/present/pptx": MAX_POSTED_DECK_CHARS + 1_000,
  "/api/desk/": DESK_BODY_BYTES,
};

export function bodyLimit(pathname: string, limits: Record<string, number> = BODY_LIMITS): number {
  if (Object.hasOwn(limits, pathname)) return limits[pathname]!;
  let best: string | null = null;
  for (const key of Object.keys(limits)) if (key.endsWith("/") && pathname.startsWith(key) && (best === null || key.length > best.length)) best = key;
  return best === null ? DEFAULT_BODY_BYTES : limits[best]!;
}

/** Bodies held in memory at once, all requests together, while they arrive (BODY_BUDGET_MB): past it, 503. */
export const DEFAULT_BODY_BUDGET_BYTES = 64 * 1024 * 1024;

/** A size as people read it: "512 KB", "10.0 MB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * The refusal of a body over its route's limit, naming both sizes. `bytes` is what the request declared
 * (Content-Length) or, for a body cut while it streamed, null: then all that is known is that it is over.
 */
export function tooLargeMessage(bytes: number | null, limit: number): string {
  const size = bytes === null ? `over ${formatBytes(limit)}` : formatBytes(bytes);
  return `The request body is ${size}; this address takes at most ${formatBytes(limit)}.`;
}
