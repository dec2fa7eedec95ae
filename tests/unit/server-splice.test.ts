import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { publishServedData, spliceIntoResponse } from "@/lib/http/process-slots";
import { serve } from "./serve-handler";

let servers: Server[] = [];
beforeEach(() => publishServedData({ ok: true, version: "test@1#abc" }));
afterEach(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  servers = [];
});

/** A handout's document as a render child writes it: large, and with what a page's own escaping would never write. */
const HANDOUT = `<section id="handout-step-1"><h2>Step 1 & "more"</h2>${"<p>The talks resumed under pressure.</p>".repeat(20_000)}</section>`;

/**
 * A page as Next streams it: the shell in small writes, the marker (or the HTML itself, where the server cannot
 * splice) cut across two writes, then the RSC data with the marker escaped as Next escapes "<".
 */
async function handoutPage(req: IncomingMessage, res: ServerResponse) {
  const marker = spliceIntoResponse(HANDOUT);
  const inner = marker ?? HANDOUT;
  res.statusCode = 200;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  const html = `<html><main><article class="handout">${inner}</article></main><script>self.__next_f.push([1,${JSON.stringify(inner.replaceAll("<", "\\u003c"))}])</script></html>`;
  const cut = html.indexOf(inner) + 7;
  for (const piece of [html.slice(0, 10), html.slice(10, cut), html.slice(cut)]) {
    res.write(Buffer.from(piece));
    await new Promise((resolve) => setImmediate(resolve));
  }
  res.end();
}

async function started() {
  const s = await serve({}, handoutPage);
  servers.push(s.server);
  return s;
}

describe("a page's finished HTML spliced into its response", () => {
  it("stands where the page left its marker, once, in the first answer and in the copy the cache serves", async () => {
    const { url, renders } = await started();
    for (let i = 0; i < 2; i++) {
      const body = await (await fetch(`${url}/report?deck=1.abc`)).text();
      expect(body.indexOf(`<article class="handout">${HANDOUT}</article>`)).toBeGreaterThan(0);
      expect(body.split(HANDOUT)).toHaveLength(2);
      // The marker is gone from the HTML (the RSC data keeps it, escaped, as the page's own inner HTML).
      expect(body.includes("<!--snapshots-splice")).toBe(false);
      // The RSC data carries the marker, not the document a second time.
      expect(body.length).toBeLessThan(HANDOUT.length + 500);
    }
    expect(renders).toHaveLength(1);
  });

  it("is not offered to a client navigation (its RSC answer must carry the HTML itself)", async () => {
    const { url } = await started();
    const body = await (await fetch(`${url}/report?deck=1.abc`, { headers: { rsc: "1" } })).text();
    expect(body.includes(`<article class="handout">${HANDOUT}</article>`)).toBe(true);
    expect(body.includes("snapshots-splice")).toBe(false);
  });
});
