import { ORIGIN_PATTERN } from "./public-origin";

/**
 * Every response's security headers, decided here and nowhere else (the server in server/ calls
 * securityHeaders for each response it sends, from Next or from its cache). HSTS is not among
 * them: it belongs on the TLS proxy in front (docs/RELIABILITY.md).
 */

/** Routes another site may frame, and the origins allowed to (EMBED_ORIGINS, space- or comma-separated). */
const EMBED_PREFIX = "/embed";

/** Origins from EMBED_ORIGINS that are well formed; anything else is ignored rather than widening the policy. */
export function embedOrigins(value: string | undefined = process.env.EMBED_ORIGINS): string[] {
  return (value ?? "")
    .split(/[\s,]+/)
    .map((origin) => origin.replace(/\/+$/, ""))
    .filter((origin) => ORIGIN_PATTERN.test(origin));
}

/** The frame-ancestors sources for a route: none anywhere, except the embed routes for configured origins. */
export function frameAncestors(pathname: string, origins: readonly string[] = embedOrigins()): string[] {
  const embed = pathname === EMBED_PREFIX || pathname.startsWith(`${EMBED_PREFIX}/`);
  return embed && origins.length > 0 ? [...origins] : ["'none'"];
}

/**
 * The policy of an HTML page: scripts only with this response's nonce (Next stamps it on its own
 * scripts, and 'strict-dynamic' lets them load the chunks they need), everything else from this
 * origin. Inline styles are allowed: React and d3 set style attributes, which a nonce cannot cover.
 */
export function pageContentSecurityPolicy({ nonce, pathname, dev = false }: { nonce: string; pathname: string; dev?: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors(pathname).join(" ")}`,
  ].join("; ");
}

/** Resources other sites' pages may load: the preview image a chat or mail client shows for a shared link. */
const SHARED_RESOURCES = new Set(["/api/preview.png"]);

export const PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), fullscreen=(self)";

export interface ResponseFacts {
  pathname: string;
  contentType: string | undefined;
  /** This response's nonce; only an HTML page uses it. */
  nonce: string;
  dev?: boolean;
}

export function isHtml(contentType: string | undefined): boolean {
  return /^text\/html\b/i.test(contentType ?? "");
}

/** The security headers of one response. */
export function securityHeaders({ pathname, contentType, nonce, dev }: ResponseFacts): Record<string, string> {
  const ancestors = frameAncestors(pathname);
  const csp = isHtml(contentType)
    ? pageContentSecurityPolicy({ nonce, pathname, dev })
    : // A PDF keeps a policy Chrome's viewer works under; anything else (JSON, SVG, scripts) may load nothing.
      /^application\/pdf\b/i.test(contentType ?? "")
      ? `frame-ancestors ${ancestors.join(" ")}`
      : `default-src 'none'; frame-ancestors ${ancestors.join(" ")}`;
  return {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": SHARED_RESOURCES.has(pathname) ? "cross-origin" : "same-origin",
    // The legacy header can say only DENY or one origin: it is left off where frame-ancestors allows someone.
    ...(ancestors[0] === "'none'" ? { "X-Frame-Options": "DENY" } : {}),
  };
}

/** The desk's pages and API: a session's drafts and tokens, kept by no cache (this server's or any other). */
export function isDeskPath(pathname: string): boolean {
  return pathname === "/desk" || pathname.startsWith("/desk/") || pathname.startsWith("/api/desk/");
}

/**
 * Cache-Control by route and status, or null to keep what Next set (its static assets are immutable).
 * Pages are private: each response carries its own nonce, which a shared cache would hand to everyone.
 */
export function cacheControl(pathname: string, status: number, contentType: string | undefined): string | null {
  if (pathname.startsWith("/_next/static/")) return null;
  if (status >= 400 || pathname === "/api/health" || pathname.startsWith("/report/pdf")) return "no-store";
  if (isDeskPath(pathname)) return "no-store";
  if (pathname.startsWith("/api/")) return "no-cache";
  if (isHtml(contentType)) return "private, no-cache";
  return null;
}
