import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Which paths the production build can answer with anything but its not-found page: the routes in
 * Next's routes manifest (static and dynamic, matched as Next would, case aside), the files under
 * public/, and Next's own /_next/. The server answers every other path with the not-found page it
 * keeps in memory (server/handler.ts), so a flood of junk paths costs no render. Null when the build's
 * manifest cannot be read: then every path goes to Next, as before.
 */
export function loadKnownPaths(dir = process.cwd()): ((pathname: string) => boolean) | null {
  let patterns: RegExp[];
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, ".next", "routes-manifest.json"), "utf8")) as { staticRoutes?: { regex: string }[]; dynamicRoutes?: { regex: string }[]; basePath?: string };
    // A base path or rewrites would move routes about; none are used, and with one every path goes to Next.
    if (manifest.basePath) return null;
    patterns = [...(manifest.staticRoutes ?? []), ...(manifest.dynamicRoutes ?? [])].map(({ regex }) => new RegExp(regex, "i"));
  } catch {
    return null;
  }
  if (patterns.length === 0) return null;
  const files = new Set<string>();
  const walk = (folder: string, prefix: string) => {
    if (!existsSync(folder)) return;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(folder, entry.name), `${prefix}/${entry.name}`);
      else files.add(`${prefix}/${entry.name}`.toLowerCase());
    }
  };
  walk(path.join(dir, "public"), "");
  return (pathname) => {
    if (pathname.startsWith("/_next/") || pathname.startsWith("/__next")) return true;
    // As asked and as Next may read it (decoded, dot segments resolved): any form that names a route or a file is known.
    const forms = new Set([pathname]);
    try {
      forms.add(decodeURIComponent(pathname));
      forms.add(new URL(pathname, "http://x").pathname);
    } catch {
      // Malformed encoding was refused before this; keep the form as asked.
    }
    for (const form of forms) {
      if (files.has(form.toLowerCase())) return true;
      if (patterns.some((pattern) => pattern.test(form))) return true;
    }
    return false;
  };
}
