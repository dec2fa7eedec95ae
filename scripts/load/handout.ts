import { deflateSync, strToU8 } from "fflate";
import { processCpuMs } from "./process-rss";

/**
 * LOAD_ONLY=handout (npm run load): what the largest handout a briefing may be (40 steps of 12 events,
 * titles, summaries and notes at their limits) costs the server's own process — its event loop — as
 * against the render pool's child that writes it. Each handout is a new deck (never from the cache), asked
 * one at a time; meanwhile /api/health is asked every 10 ms, each ask timed. Prints, per handout, the
 * server process's CPU, the children's CPU, the page's size and the slowest health answer while it was made.
 */
function linkOf(value: unknown): string {
  return `1.${Buffer.from(deflateSync(strToU8(JSON.stringify(value)), { level: 9 })).toString("base64url")}`;
}

/** The largest handout a briefing may be (render-budget.spec asks for it too), of the events `ids`; `id` makes each one new. */
export function largestHandoutLink(ids: string[], id: string): string {
  const text = (length: number) => "The talks resumed under pressure from Vienna and Washington. ".repeat(Math.ceil(length / 61)).slice(0, length).trim();
  const steps = Array.from({ length: 40 }, (_, i) => ({
    title: `Step ${i + 1}: ${text(290)}`,
    summary: text(2000),
    notes: text(2500),
    from: `${2003 + (i % 20)}-01-01`,
    to: `${2006 + (i % 20)}-06-30`,
    events: Array.from({ length: 12 }, (_, j) => ids[(i * 3 + j) % ids.length]!),
  }));
  return linkOf({ id, title: "The largest handout", steps });
}

export async function handoutCost(base: string, serverPid: number, count: number): Promise<string[]> {
  const { items } = (await (await fetch(`${base}/api/window?from=2002-01-01&to=2026-12-31&px=1200`)).json()) as { items: { id: string }[] };
  const ids = items.map((item) => item.id);
  const ask = async (i: number) => {
    const link = largestHandoutLink(ids, `h${Date.now().toString(36)}${i}`);
    const health: number[] = [];
    let asking = true;
    const prober = (async () => {
      while (asking) {
        const started = performance.now();
        await fetch(`${base}/api/health`).then((r) => r.arrayBuffer());
        health.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const before = processCpuMs(serverPid);
    const started = performance.now();
    const response = await fetch(`${base}/report?deck=${link}`);
    const body = await response.arrayBuffer();
    const ms = performance.now() - started;
    const after = processCpuMs(serverPid);
    asking = false;
    await prober;
    return { status: response.status, bytes: body.byteLength, ms, server: after.server - before.server, children: after.all - after.server - (before.all - before.server), worst: Math.max(...health) };
  };
  // Warm: the first handout of a process loads the route and starts the pool's children.
  await ask(-1);
  const rows = ["| handout | status | size | took | server process CPU | render children CPU | slowest /api/health meanwhile |", "|---|---|---|---|---|---|---|"];
  const servers: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = await ask(i);
    servers.push(r.server);
    rows.push(`| ${i + 1} | ${r.status} | ${(r.bytes / 1024 / 1024).toFixed(2)} MB | ${(r.ms / 1000).toFixed(2)} s | ${r.server} ms | ${r.children} ms | ${r.worst.toFixed(0)} ms |`);
  }
  const sorted = [...servers].sort((a, b) => a - b);
  rows.push("", `Server process CPU per largest handout: median ${sorted[Math.floor(sorted.length / 2)]} ms (of ${count}; /proc ticks, 10 ms each)`);
  return rows;
}
