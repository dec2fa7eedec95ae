/** Longest request target (path and query) the server reads; longer gets 414. */
export const MAX_TARGET_CHARS = 4096;
/**
 * Pages that read a briefing carried whole in the link (`deck=`, at most MAX_SHARE_CHARS = 10,000
 * characters, lib/story/share.ts) take that much more. Node's own limit is 16 KiB of request headers.
 */
export const DECK_TARGET_CHARS = 11_000;
const DECK_PATHS = new Set(["/present", "/present/presenter", "/present/pptx", "/present/image", "/report", "/report/pdf"]);

export type RequestTarget =
  | {
      ok: true;
      pathname: string;
      /** The query with keys in order (values of one key keep theirs), each part decoded once and encoded one way. */
      search: string;
    }
  | { ok: false; status: 400 | 414; message: string };

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, " "));
  } catch {
    return null;
  }
}

/**
 * Checks a request target and gives its normalised form, the server's cache key. Malformed
 * percent-encoding ("%zz", overlong UTF-8 "%C0%AF", lone surrogates "%ED%A0%80") anywhere in it is
 * a 400 here, before any route sees it.
 */
export function parseRequestTarget(raw: string | undefined): RequestTarget {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//")) return { ok: false, status: 400, message: "The request target must be a path." };
  const hash = raw.indexOf("#");
  const target = hash === -1 ? raw : raw.slice(0, hash);
  const question = target.indexOf("?");
  const pathname = question === -1 ? target : target.slice(0, question);
  const limit = DECK_PATHS.has(pathname) ? DECK_TARGET_CHARS : MAX_TARGET_CHARS;
  if (raw.length > limit) return { ok: false, status: 414, message: `The address is longer than ${limit} characters.` };
  const query = question === -1 ? "" : target.slice(question + 1);
  if (decode(pathname) === null) return { ok: false, status: 400, message: "The path has malformed percent-encoding." };
  const pairs: [string, string][] = [];
  for (const part of query.split("&")) {
    if (part === "") continue;
    const equals = part.indexOf("=");
    const key = decode(equals === -1 ? part : part.slice(0, equals));
    const value = decode(equals === -1 ? "" : part.slice(equals + 1));
    if (key === null || value === null) return { ok: false, status: 400, message: "The query has malformed percent-encoding." };
    pairs.push([key, value]);
  }
  // Array.prototype.sort is stable: repeated keys keep their order, which can matter to a route.
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { ok: true, pathname, search: new URLSearchParams(pairs).toString() };
}
