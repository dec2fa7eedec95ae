import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import type { Story } from "../schema";
import { parseStoryJson, type ImportResult } from "./adhoc";

/**
 * A briefing carried whole in a link: the story as JSON, deflated (fflate) and written in base64url,
 * behind a version prefix. Opening it needs no server state, only the same data set.
 */
const PREFIX = "1.";

/**
 * Longest encoded deck a link may carry. `next start` (Node's HTTP server) takes request headers up to
 * 16 KiB in all; 10,000 characters leaves room for the rest of the request, as long as the page does not
 * send the link again as a Referer (the deck pages set referrer "origin"). A proxy in front with a
 * smaller limit (nginx: 8 KiB a line) needs its limit raised, or the deck saved as a story file.
 */
export const MAX_SHARE_CHARS = 10_000;
/** A briefing posted in a form (POST /present/pptx: too long for a link) may be up to this many characters. */
export const MAX_POSTED_DECK_CHARS = 400_000;
/** A decoded deck is never allowed to expand past this (a small link must not inflate to megabytes). */
const MAX_JSON_BYTES = 256 * 1024;

export type EncodeResult = { ok: true; encoded: string } | { ok: false; encoded: string; message: string };

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Fields at their default value are left out: the schema puts them back when the link is read. */
function compact(story: Story): unknown {
  return {
    id: story.id,
    title: story.title,
    ...(story.description ? { description: story.description } : {}),
    ...(story.marking ? { marking: story.marking } : {}),
    steps: story.steps.map(({ events, notes, quotes, lanes, ...step }) => ({
      ...step,
      ...(events.length ? { events } : {}),
      ...(lanes ? { lanes } : {}),
      ...(notes ? { notes } : {}),
      ...(quotes.length ? { quotes } : {}),
    })),
  };
}

/** The story as a link parameter; not ok (with a message a person can act on) when it is too long for a link. */
export function encodeShare(story: Story, limit = MAX_SHARE_CHARS): EncodeResult {
  const encoded = PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(compact(story))), { level: 9 }));
  if (encoded.length <= limit) return { ok: true, encoded };
  const kb = (n: number) => `${Math.ceil(n / 1000)} k`;
  return {
    ok: false,
    encoded,
    message: `This briefing is too long to share as a link (${kb(encoded.length)} characters; a link holds at most ${kb(limit)}). Shorten the speaker notes or save it as a story file instead.`,
  };
}

/**
 * Reads a link parameter back into a story, with the same checks as an imported story file. Text
 * longer than `maxChars` (twice what a link may carry, unless a posted form allows more) is refused unread.
 */
export function decodeShare(param: string | null | undefined, maxChars = MAX_SHARE_CHARS * 2): ImportResult {
  const text = param?.trim() ?? "";
  if (!text.startsWith(PREFIX)) return { ok: false, errors: ["The link does not hold a briefing (unknown format)."] };
  if (text.length > maxChars) return { ok: false, errors: ["The link is longer than any briefing link this app writes."], tooLarge: true };
  const bytes = fromBase64Url(text.slice(PREFIX.length));
  if (!bytes) return { ok: false, errors: ["The link's briefing is not valid base64url; it may have been cut short."] };
  let json: string;
  try {
    const out = inflateSync(bytes, { out: new Uint8Array(MAX_JSON_BYTES + 1) });
    if (out.length > MAX_JSON_BYTES) return { ok: false, errors: ["The link's briefing expands past 256 KB; it is refused."], tooLarge: true };
    json = strFromU8(out);
  } catch {
    return { ok: false, errors: ["The link's briefing could not be decompressed; it may have been cut short."] };
  }
  return parseStoryJson(json);
}
