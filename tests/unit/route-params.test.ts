import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRequestTarget } from "@/lib/http/request-target";
import { canonicalQuery, routeParamKeys } from "@/lib/http/route-params";

/** The canonical query the server redirects a target to, or null when it serves the target as it is. */
function canonical(target: string): string | null {
  const parsed = parseRequestTarget(target);
  if (!parsed.ok) throw new Error(parsed.message);
  return canonicalQuery(parsed.pathname, parsed.search);
}

describe("canonical URLs", () => {
  it("drop parameters a page does not read, so junk cannot make a second copy of it", () => {
    expect(canonical("/?utm_source=mail&junk123=x")).toBe("");
    expect(canonical("/?from=2015-01-01&to=2025-06-30&fbclid=abc")).toBe("from=2015-01-01&to=2025-06-30");
    expect(canonical("/embed?x=1&lanes=diplomacy")).toBe("lanes=diplomacy");
    expect(canonical("/present?story=jcpoa-to-rome&step=3&ref=x")).toBe("step=3&story=jcpoa-to-rome");
  });

  it("drop values a page would ignore, and all but the first of a repeated key", () => {
    expect(canonical("/?from=garbage&to=2025-06-30")).toBe("to=2025-06-30");
    expect(canonical("/?view=grid&after=show")).toBe("");
    expect(canonical("/?q=a&q=b")).toBe("q=a");
    expect(canonical("/report?paper=a3&print=0&orientation=landscape")).toBe("orientation=landscape");
  });

  it("leave a canonical URL alone, whatever the order of its parameters", () => {
    for (const target of ["/", "/?from=2015-01-01&to=2025-06-30", "/?to=2025-06-30&from=2015-01-01&lanes=diplomacy,iran&q=rome", "/report?print=1&paper=letter", "/present?deck=1.abc&step=2", "/api/window?from=2015-01-01&to=2025-06-30&px=1200&lanes=a&lanes=b"])
      expect(canonical(target), target).toBeNull();
  });

  it("keep what an API reads (repeats too), drop the rest, and round the window's width to its bucket", () => {
    expect(canonical("/api/search?q=talks&_=123")).toBe("q=talks");
    expect(canonical("/api/window?from=2015-01-01&to=2025-06-30&px=1201")).toBe("from=2015-01-01&px=1400&to=2025-06-30");
    expect(canonical("/api/window?from=2015-01-01&to=2025-06-30&px=99999")).toBeNull();
    expect(canonical("/api/events/deal?x=1")).toBe("");
    expect(canonical("/api/notes?ids=a,b&cb=1")).toBe("ids=a%2Cb");
  });

  it("leave routes that check their parameters strictly to answer 400 themselves", () => {
    expect(canonical("/api/export?format=csv&junk=1")).toBeNull();
    expect(canonical("/report/pdf?from=2015-01-01&to=2025-06-30&junk=1")).toBeNull();
    expect(canonical("/no/such/page?junk=1")).toBeNull();
  });
});

/** The URL path a route or page file answers (app/api/events/[id]/route.ts → /api/events/x, app/page.tsx → /). */
function pathOf(file: string): string {
  const dir = path.dirname(path.relative("app", file)).replace(/\[[^\]]+\]/g, "x");
  return dir === "." ? "/" : `/${dir}`;
}

describe("the table of parameters", () => {
  it("keeps every parameter a route handler reads by name (a route that learns one must be listed, or its links lose it)", async () => {
    const files = (await readdir("app", { recursive: true })).filter((file) => /(^|\/)(route\.ts|page\.tsx)$/.test(file)).map((file) => path.join("app", file));
    const checked: string[] = [];
    for (const file of files) {
      const source = await readFile(file, "utf8");
      // Route handlers: search.get("key"); pages: params.key of their searchParams.
      const reads = file.endsWith("route.ts") ? /(?:searchParams|params|search)\.get\("([\w-]+)"\)/g : /\bparams\.(\w+)\b/g;
      for (const [, key] of source.matchAll(reads)) {
        const keys = routeParamKeys(pathOf(file));
        if (keys === null) continue;
        expect(keys, `${file} reads ${key}`).toContain(key);
        checked.push(`${file}: ${key}`);
      }
    }
    expect(checked.length).toBeGreaterThan(0);
  });
});
