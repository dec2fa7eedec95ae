import { CAP_MS, type Measurement } from "./measure";

export interface BenchSet {
  /** "built-in", "1,000 clumped", "10,000 even", … */
  name: string;
  /** Events in a synthetic set; null for the built-in set. */
  size: number | null;
  spread: "clumped" | "even" | null;
}

export interface Row {
  set: BenchSet;
  tool: string;
  runs: number;
  m: Measurement;
}

const ms = (value: number | null, capped = false) => (value === null ? (capped ? "> cap" : "–") : `${Math.round(value)} ms`);
const frame = (value: number | null) => (value === null ? "–" : `${value.toFixed(1)} ms`);
/** kB are 1,024 bytes throughout. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} kB`;
const mb = (bytes: number | null) => (bytes === null ? "–" : `${(bytes / 1_048_576).toFixed(1)} MB`);

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

/** The results as a Markdown table (also readable in a terminal). */
export function formatResults(rows: Row[]): string {
  return table(
    ["data set", "tool", "runs", "FCP", "drawn", "zoom answered", "frame p50", "frame p95", "HTML raw", "HTML wire", "JS first load", "JS gzip", "JS wire", "data wire", "JS heap"],
    rows.map(({ set, tool, runs, m }) => [
      set.name,
      tool,
      String(runs),
      ms(m.fcpMs),
      ms(m.drawnMs, true),
      tool === "TimelineJS" ? "n/a" : ms(m.zoomMs, m.drawnMs !== null),
      frame(m.frameP50),
      frame(m.frameP95),
      kb(m.htmlRawBytes),
      kb(m.htmlBytes),
      kb(m.firstLoadJsGzipBytes),
      kb(m.jsGzipBytes),
      kb(m.jsBytes),
      kb(m.dataBytes),
      mb(m.heapBytes),
    ]),
  );
}

/** Script and style + layout time on the main thread while zooming and panning: less load-sensitive than frame gaps. */
export function formatGestureCost(rows: Row[]): string {
  return table(
    ["data set", "tool", "script", "style + layout", "draws", "draw p50", "draw p95", "scene p50", "scene p95"],
    rows.map(({ set, tool, m }) => [set.name, tool, ms(m.gestureScriptMs), ms(m.gestureLayoutMs), m.draws ? String(m.draws) : "–", frame(m.drawP50), frame(m.drawP95), frame(m.sceneP50), frame(m.sceneP95)]),
  );
}

/** a ÷ b, where null for b means "over the cap" (so the ratio is at most a ÷ cap) unless `capped` is false. */
function ratio(a: number | null, b: number | null): { text: string; value: number | null; bound: "exact" | "below" } {
  if (a === null) return { text: "–", value: null, bound: "exact" };
  if (b === null) return { text: `< ${(a / CAP_MS).toFixed(2)}`, value: a / CAP_MS, bound: "below" };
  return { text: (a / b).toFixed(2), value: a / b, bound: "exact" };
}

function peersOf(rows: Row[], set: BenchSet) {
  const own = rows.find((row) => row.set === set && row.tool === "Snapshots")?.m;
  const peers = rows.filter((row) => row.set === set && row.tool !== "Snapshots");
  // The faster peer: the lowest drawn time; a peer over the cap counts as the cap.
  const faster = peers.length ? peers.reduce((best, row) => ((row.m.drawnMs ?? Infinity) < (best.m.drawnMs ?? Infinity) ? row : best)) : null;
  const vis = peers.find((row) => row.tool === "vis-timeline") ?? null;
  return { own, faster, vis };
}

/** Per set, the ratios the targets are written in. */
export function formatRatios(rows: Row[], sets: BenchSet[]): string {
  const out: string[][] = [];
  for (const set of sets) {
    const { own, faster, vis } = peersOf(rows, set);
    if (!own || !faster) continue;
    const peerDrawn = faster.m.drawnMs;
    out.push([
      set.name,
      `${faster.tool} (${ms(peerDrawn, true)})`,
      ratio(own.drawnMs, peerDrawn).text,
      ratio(own.zoomMs, peerDrawn).text,
      ratio(own.fcpMs, faster.m.fcpMs).text,
      vis ? (vis.m.drawnMs === null ? (own.drawnMs === null ? "–" : `> ${(CAP_MS / own.drawnMs).toFixed(1)}×`) : own.drawnMs === null ? "–" : `${(vis.m.drawnMs / own.drawnMs).toFixed(1)}×`) : "–",
    ]);
  }
  return table(["data set", "faster peer (drawn)", "drawn ÷ faster peer", "zoom answered ÷ faster peer's drawn", "FCP ÷ faster peer", "vis-timeline drawn ÷ Snapshots drawn"], out);
}

/** A p95 frame gap within one 60 Hz frame plus timer jitter: a dropped frame shows as ~33 ms. */
export const ONE_FRAME_MS = 1000 / 60;
const FRAME_SLACK_MS = 0.8;

/** Issue 22's script budget for the explorer's first load. */
export const JS_BUDGET_KB = 170;

export interface TargetResult {
  target: string;
  set: string;
  value: string;
  met: boolean | null;
}

/** The targets, each checked against this run. met: null when this run cannot tell (not measured). */
export function checkTargets(rows: Row[], sets: BenchSet[]): TargetResult[] {
  const out: TargetResult[] = [];
  const builtIn = sets.find((set) => set.size === null);
  if (builtIn) {
    const { own, faster } = peersOf(rows, builtIn);
    const drawn = ms(own?.drawnMs ?? null, true);
    // No peer in this run (BENCH_TOOLS left them out): there is nothing to compare with, not a peer over the cap.
    if (!faster) out.push({ target: "fully drawn ≤ 0.5× the faster peer", set: builtIn.name, value: `${drawn}, no peer measured`, met: null });
    else {
      const r = ratio(own?.drawnMs ?? null, faster.m.drawnMs);
      out.push({ target: "fully drawn ≤ 0.5× the faster peer", set: builtIn.name, value: `${r.text}× (${drawn} vs ${faster.tool} ${ms(faster.m.drawnMs, true)})`, met: r.value === null ? null : r.value <= 0.5 });
    }
  }
  for (const set of sets) {
    const { own, faster } = peersOf(rows, set);
    if (!own || !faster) continue;
    const r = ratio(own.zoomMs, faster.m.drawnMs);
    out.push({ target: "first zoom answered ≤ 1.0× the faster peer's drawn", set: set.name, value: `${r.text}× (${ms(own.zoomMs)} vs ${faster.tool} drawn ${ms(faster.m.drawnMs, true)})`, met: r.value === null ? null : r.value <= 1 });
  }
  if (builtIn) {
    const own = rows.find((row) => row.set === builtIn && row.tool === "Snapshots")?.m;
    if (own && own.firstLoadJsGzipBytes > 0)
      out.push({ target: `first-load JS ≤ ${JS_BUDGET_KB} kB gzip`, set: builtIn.name, value: `${kb(own.firstLoadJsGzipBytes)} (${kb(own.jsGzipBytes)} by the first zoom answered)`, met: own.firstLoadJsGzipBytes <= JS_BUDGET_KB * 1024 });
    if (own && own.firstLoadJsGzipBytes > 0)
      out.push({ target: "≤ 1 render-blocking stylesheet", set: builtIn.name, value: String(own.renderBlockingSheets), met: own.renderBlockingSheets <= 1 });
  }
  for (const set of sets) {
    const limit = set.size === null ? 120 : set.size === 1000 || set.size === 100_000 ? 250 : null;
    const own = rows.find((row) => row.set === set && row.tool === "Snapshots")?.m;
    if (limit === null || !own || own.htmlRawBytes === 0) continue;
    out.push({ target: `home HTML ≤ ${limit} kB raw`, set: set.name, value: kb(own.htmlRawBytes), met: own.htmlRawBytes <= limit * 1024 });
  }
  for (const set of sets) {
    const own = rows.find((row) => row.set === set && row.tool === "Snapshots")?.m;
    if (!own) continue;
    out.push({ target: "p95 frame ≤ 16.7 ms", set: set.name, value: frame(own.frameP95), met: own.frameP95 === null ? null : own.frameP95 <= ONE_FRAME_MS + FRAME_SLACK_MS });
  }
  const even10k = sets.find((set) => set.size === 10_000 && set.spread === "even");
  if (even10k) {
    const { own, vis } = peersOf(rows, even10k);
    if (own?.drawnMs && vis) {
      const times = (vis.m.drawnMs ?? CAP_MS) / own.drawnMs;
      out.push({ target: "drawn ≥ 5× faster than vis-timeline", set: even10k.name, value: `${vis.m.drawnMs === null ? "> " : ""}${times.toFixed(1)}× (${ms(own.drawnMs)} vs ${ms(vis.m.drawnMs, true)})`, met: times >= 5 });
    }
  }
  return out;
}

export function formatTargets(results: TargetResult[]): string {
  return table(
    ["target", "data set", "this run", "met"],
    results.map((r) => [r.target, r.set, r.value, r.met === null ? "not measured" : r.met ? "yes" : "NO"]),
  );
}
