import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

// Two previews a minute per client, refilled slowly: what spends a token shows after two asks.
process.env.PREVIEW_BURST = "2";
process.env.PREVIEW_PER_MINUTE = "1";

let respondAdmitted: typeof import("@/lib/server/render-job").respondAdmitted;
beforeAll(async () => {
  ({ respondAdmitted } = await import("@/lib/server/render-job"));
});

const from = (client: string) => new Request("http://test/api/preview.png", { headers: { "x-snapshots-client": client } });
const ask = (client: string, render: () => Promise<Response>) => respondAdmitted("preview", from(client), "The preview image", render);
const statuses = async (client: string, render: () => Promise<Response>, times: number) => {
  const out: number[] = [];
  for (let i = 0; i < times; i++) out.push((await ask(client, render)).status);
  return out;
};
const failing = (reason: string) => () => Promise.reject(Object.assign(new Error(reason), { reason }));

describe("a render route's admission (respondAdmitted): a client pays for what was drawn", () => {
  it("spends a token per image drawn, then answers 429 with Retry-After", async () => {
    expect(await statuses("drawn", async () => new Response("png"), 2)).toEqual([200, 200]);
    const refused = await ask("drawn", async () => new Response("png"));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatch(/^Too many requests: too many preview images from this client/);
  });

  it("gives the token back when the answer was refused before drawing (413)", async () => {
    expect(await statuses("too-large", async () => new Response("too large", { status: 413 }), 4)).toEqual([413, 413, 413, 413]);
    expect(await statuses("too-large", async () => new Response("png"), 2)).toEqual([200, 200]);
  });

  it("gives the token back when the pool was too busy to start, and says to try again", async () => {
    const busy = await ask("busy", failing("busy"));
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("2");
    expect(await statuses("busy", failing("busy"), 3)).toEqual([503, 503, 503]);
    expect(await statuses("busy", async () => new Response("png"), 2)).toEqual([200, 200]);
  });

  it("spends the token of a render that failed while drawing (a crashed renderer)", async () => {
    expect(await statuses("crashed", failing("crashed"), 2)).toEqual([500, 500]);
    expect((await ask("crashed", async () => new Response("png"))).status).toBe(429);
  });
});
