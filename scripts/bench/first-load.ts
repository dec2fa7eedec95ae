/**
 * What a page needs before it can paint and hydrate, read from its HTML: the scripts it names (those a module
 * browser runs: not `noModule` polyfills) and the stylesheets that block rendering, each fetched and gzipped
 * here (zlib's default level, as the benchmark weighs scripts). Issue 22's budgets: first-load JS ≤ 170 kB gzip,
 * at most one render-blocking stylesheet.
 *
 *   npx tsx scripts/bench/first-load.ts [url]     (no url: starts the production build on a free port, weighs `/`)
 */
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { kb, table } from "./format";

export const FIRST_LOAD_JS_BUDGET_KB = 170;
export const RENDER_BLOCKING_SHEETS_BUDGET = 1;

export interface Asset {
  url: string;
  bytes: number;
  gzipBytes: number;
}

export interface FirstLoad {
  url: string;
  htmlRawBytes: number;
  scripts: Asset[];
  /** `<link rel=stylesheet>` for every medium (not print-only, not disabled): the page is not painted before they arrive. */
  blockingSheets: Asset[];
  /** CSS written into the page itself (`<style>`), raw bytes. */
  inlineCssBytes: number;
  /** Scripts without async, defer or type=module: they stop the parser (none expected). */
  parserBlockingScripts: number;
  jsGzipBytes: number;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}(?:=(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, "i").exec(tag);
const value = (tag: string, name: string) => {
  const m = attr(tag, name);
  return m ? (m[1] ?? m[2] ?? m[3] ?? "") : null;
};

/** The script and stylesheet tags of an HTML document that matter before first paint and hydration. */
export function readFirstLoadTags(html: string, base: string) {
  const abs = (href: string) => new URL(href.replaceAll("&amp;", "&"), base).href;
  const scripts: string[] = [];
  let parserBlockingScripts = 0;
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = value(tag, "src");
    if (src === null || attr(tag, "nomodule")) continue;
    scripts.push(abs(src));
    if (!attr(tag, "async") && !attr(tag, "defer") && value(tag, "type") !== "module") parserBlockingScripts += 1;
  }
  const sheets: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!(value(tag, "rel") ?? "").toLowerCase().split(/\s+/).includes("stylesheet") || attr(tag, "disabled")) continue;
    const media = (value(tag, "media") ?? "all").trim().toLowerCase();
    if (media !== "all" && media !== "screen" && media !== "") continue;
    const href = value(tag, "href");
    if (href) sheets.push(abs(href));
  }
  const inlineCssBytes = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].reduce((sum, m) => sum + Buffer.byteLength(m[1]!), 0);
  return { scripts: [...new Set(scripts)], sheets: [...new Set(sheets)], inlineCssBytes, parserBlockingScripts };
}

async function weigh(url: string): Promise<Asset> {
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  return { url, bytes: body.length, gzipBytes: gzipSync(body).length };
}

export async function weighFirstLoad(url: string): Promise<FirstLoad> {
  const response = await fetch(url, { headers: { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36" } });
  const html = await response.text();
  const tags = readFirstLoadTags(html, url);
  const scripts = await Promise.all(tags.scripts.map(weigh));
  const blockingSheets = await Promise.all(tags.sheets.map(weigh));
  return {
    url,
    htmlRawBytes: Buffer.byteLength(html),
    scripts,
    blockingSheets,
    inlineCssBytes: tags.inlineCssBytes,
    parserBlockingScripts: tags.parserBlockingScripts,
    jsGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0),
  };
}

export function formatFirstLoad(load: FirstLoad): string {
  const name = (url: string) => new URL(url).pathname.split("/").pop()!;
  const rows = [...load.scripts.map((s) => ["script", name(s.url), kb(s.bytes), kb(s.gzipBytes)]), ...load.blockingSheets.map((s) => ["stylesheet (blocks render)", name(s.url), kb(s.bytes), kb(s.gzipBytes)])];
  const js = load.jsGzipBytes;
  return [
    table(["what", "file", "raw", "gzip"], rows),
    "",
    `First load of ${new URL(load.url).pathname}: JS ${kb(js)} gzip in ${load.scripts.length} scripts (budget ${FIRST_LOAD_JS_BUDGET_KB} kB: ${js <= FIRST_LOAD_JS_BUDGET_KB * 1024 ? "met" : "NOT met"}); ` +
      `${load.blockingSheets.length} render-blocking stylesheet${load.blockingSheets.length === 1 ? "" : "s"} (${kb(load.blockingSheets.reduce((s, a) => s + a.gzipBytes, 0))} gzip; budget ${RENDER_BLOCKING_SHEETS_BUDGET}: ${load.blockingSheets.length <= RENDER_BLOCKING_SHEETS_BUDGET ? "met" : "NOT met"}); ` +
      `${kb(load.inlineCssBytes)} of CSS inline; ${load.parserBlockingScripts} parser-blocking scripts; HTML ${kb(load.htmlRawBytes)} raw.`,
  ].join("\n");
}

async function main() {
  const given = process.argv[2];
  const { hasProductionBuild, startNext } = await import("../next-server");
  if (!given && !hasProductionBuild()) throw new Error("no production build: run `npm run build` first, or pass the URL of a running server");
  const server = given ? null : await startNext(null, null);
  try {
    const url = given ?? `${server!.url}/`;
    await fetch(url); // the server's page cache warm, as the benchmark has it
    console.log(formatFirstLoad(await weighFirstLoad(url)));
  } finally {
    await server?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
