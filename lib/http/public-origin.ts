import { getListenOrigin } from "./process-slots";

/** An http(s) origin: scheme, host and optional port, nothing else. */
export const ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export interface OriginHeaders {
  host?: string | null;
  forwardedProto?: string | null;
}

/**
 * Where readers reach this site, for absolute URLs in shared-link previews (og:url, og:image): PUBLIC_ORIGIN
 * when it is set to an origin, else the request's Host (with X-Forwarded-Proto https behind a TLS proxy), else
 * the address the server listens on. The server's page cache keys pages by this value, so a forged Host can
 * never put its address into a page someone else is served.
 */
export function publicOrigin(request: OriginHeaders, configured: string | undefined = process.env.PUBLIC_ORIGIN): string {
  const fixed = configured?.trim().replace(/\/+$/, "");
  if (fixed && ORIGIN_PATTERN.test(fixed)) return fixed.toLowerCase();
  const host = request.host?.trim().toLowerCase();
  const https = request.forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
  if (host && HOST.test(host)) return `${https ? "https" : "http"}://${host}`;
  return getListenOrigin() ?? "http://127.0.0.1:3000";
}
