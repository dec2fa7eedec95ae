import type { Measurement } from "./measure";

export interface Row {
  set: string;
  tool: string;
  m: Measurement;
}

const ms = (value: number | null, cap = false) => (value === null ? (cap ? "> cap" : "–") : `${Math.round(value)} ms`);
const frame = (value: number | null) => (value === null ? "–" : `${value.toFixed(1)} ms`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} kB`;
const mb = (bytes: number | null) => (bytes === null ? "–" : `${(bytes / 1_048_576).toFixed(1)} MB`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

/** The results as a Markdown table (also readable in a terminal). */
export function formatResults(rows: Row[]): string {
  return table(
    ["data set", "tool", "drawn", "frame p50", "frame p95", "JS heap", "HTML (raw)", "HTML (wire)", "JS (wire)", "data (wire)"],
    rows.map(({ set, tool, m }) => [
      set,
      tool,
      ms(m.drawnMs, true),
      frame(m.frameP50),
      frame(m.frameP95),
      mb(m.heapBytes),
      kb(m.htmlRawBytes),
      kb(m.htmlBytes),
      kb(m.jsBytes),
      kb(m.dataBytes),
    ]),
  );
}

function ratio(a: number | null, b: number | null, capped: boolean): string {
  if (a === null) return "–";
  if (b === null) return capped ? `< ${(a / 60_000).toFixed(3)}` : "–";
  return (a / b).toFixed(3);
}

/** Snapshots ÷ peer for each set: below 1 means Snapshots is faster or lighter. */
export function formatRatios(rows: Row[]): string {
  const out: string[][] = [];
  for (const set of [...new Set(rows.map((row) => row.set))]) {
    const own = rows.find((row) => row.set === set && row.tool === "Snapshots")?.m;
    if (!own) continue;
    for (const peer of rows.filter((row) => row.set === set && row.tool !== "Snapshots"))
      out.push([
        set,
        `Snapshots / ${peer.tool}`,
        ratio(own.drawnMs, peer.m.drawnMs, true),
        ratio(own.frameP95, peer.m.frameP95, false),
        ratio(own.heapBytes, peer.m.heapBytes, false),
        ratio(own.htmlBytes + own.jsBytes + own.dataBytes, peer.m.htmlBytes + peer.m.jsBytes + peer.m.dataBytes, false),
      ]);
  }
  return table(["data set", "ratio", "drawn", "frame p95", "JS heap", "bytes"], out);
}

export { kb };

/** Script and style + layout time on the main thread while zooming and panning: less load-sensitive than frame gaps. */
export function formatGestureCost(rows: Row[]): string {
  return table(
    ["data set", "tool", "script", "style + layout", "draws", "draw p50", "draw p95"],
    rows.map(({ set, tool, m }) => [set, tool, ms(m.gestureScriptMs), ms(m.gestureLayoutMs), m.draws ? String(m.draws) : "–", frame(m.drawP50), frame(m.drawP95)]),
  );
}
