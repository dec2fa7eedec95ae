import { envNumber } from "./env-number";

/**
 * Whether the reader reached the site over HTTPS, as far as this server can know: PUBLIC_ORIGIN says
 * https, or a trusted proxy (TRUST_PROXY_HOPS > 0) says so in X-Forwarded-Proto. A client's own
 * X-Forwarded-Proto is not believed without a proxy in front, as its X-Forwarded-For is not.
 */
export function isSecureRequest(
  forwardedProto: string | null | undefined,
  { publicOrigin = process.env.PUBLIC_ORIGIN, trustedHops = envNumber("TRUST_PROXY_HOPS", 0) }: { publicOrigin?: string; trustedHops?: number } = {},
): boolean {
  if (publicOrigin?.trim().toLowerCase().startsWith("https://")) return true;
  if (!(trustedHops > 0) || !forwardedProto) return false;
  // Each proxy appends; the nearest trusted hop's word is the last entry it wrote.
  const hops = forwardedProto.split(",").map((hop) => hop.trim().toLowerCase());
  return hops[Math.max(0, hops.length - trustedHops)] === "https";
}
