import { isIPv6 } from "node:net";

/**
 * Who a request comes from, for per-client limits: the peer address, or with `trustedHops` proxies in
 * front, the address the nearest untrusted hop gave (X-Forwarded-For read from the right, since a
 * client can write anything on the left). IPv6 clients are grouped by their /64, which one client
 * usually holds whole.
 */
export function clientId(peer: string | undefined, forwardedFor: string | undefined, trustedHops = 0): string {
  let address = peer ?? "unknown";
  if (trustedHops > 0 && forwardedFor) {
    const hops = forwardedFor.split(",").map((hop) => hop.trim()).filter(Boolean);
    address = hops[Math.max(0, hops.length - trustedHops)] ?? address;
  }
  if (address.startsWith("::ffff:") && address.includes(".")) return address.slice(7);
  if (isIPv6(address)) return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
  return address;
}

function expandIPv6(address: string): string[] {
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") ? (tail ? tail.split(":") : []) : [];
  const zeros = Array.from({ length: Math.max(0, 8 - left.length - right.length) }, () => "0");
  return [...left, ...zeros, ...right].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ""));
}
