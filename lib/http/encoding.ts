export type Encoding = "gzip" | "identity";

/**
 * The encoding to send for an Accept-Encoding header: gzip when the client takes it (q > 0), which
 * every browser does. Only gzip: the server compresses each answer once, ahead of time
 * (lib/http/gzip-template.ts), and gzip is the format whose pieces can be joined per response.
 */
export function pickEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const item of (acceptEncoding ?? "").toLowerCase().split(",")) {
    const [name = "", ...params] = item.trim().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name.trim(), q ? Number(q[1]) : 1);
  }
  return (accepted.get("gzip") ?? accepted.get("*") ?? 0) > 0 ? "gzip" : "identity";
}
