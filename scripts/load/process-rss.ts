import { readdirSync, readFileSync } from "node:fs";

interface ProcRow {
  pid: number;
  ppid: number;
  rss: number;
  server: boolean;
}

/** `root` and every process below it (Linux /proc). */
function processTree(root: number): ProcRow[] {
  const ids = new Set([root]);
  const rows = readdirSync("/proc").flatMap((name) => {
    if (!/^\d+$/.test(name)) return [];
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      const server = readFileSync(`/proc/${name}/cmdline`, "utf8").includes("server/main.ts");
      return [{ pid: Number(name), ppid: Number(/PPid:\s+(\d+)/.exec(status)?.[1]), rss: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0), server }];
    } catch {
      return [];
    }
  });
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of rows) if (ids.has(row.ppid) && !ids.has(row.pid)) grew = Boolean(ids.add(row.pid));
  }
  return rows.filter((row) => ids.has(row.pid));
}

/** Resident memory in MB (Linux /proc): the server (primary and server process) and it with every child (render pool, Chromium). */
export function treeRssMb(root: number): { server: number; all: number } {
  const inside = processTree(root);
  const mb = (list: ProcRow[]) => Math.round(list.reduce((sum, row) => sum + row.rss, 0) / 1024);
  return { server: mb(inside.filter((row) => row.server)), all: mb(inside) };
}

function cpuMsOf(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces) in /proc/<pid>/stat: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** CPU time in ms (user + system, Linux /proc, 100 ticks a second) used so far by `root` and every process below it. */
export function treeCpuMs(root: number): number {
  return processTree(root).reduce((sum, row) => sum + cpuMsOf(row.pid), 0);
}

/** CPU time in ms used so far by the server (primary and server process) and by it with every child (render pool, Chromium). */
export function processCpuMs(root: number): { server: number; all: number } {
  const rows = processTree(root).map((row) => ({ ...row, ms: cpuMsOf(row.pid) }));
  return { server: rows.filter((row) => row.server).reduce((sum, row) => sum + row.ms, 0), all: rows.reduce((sum, row) => sum + row.ms, 0) };
}

export interface Watch {
  /** Stops asking and says what was seen: each /api/health time in ms (Infinity: failed), and the peak RSS. */
  stop(): Promise<{ health: number[]; rss: { server: number; all: number } }>;
}

/** Asks /api/health every 50 ms (timing each answer) and reads the server's peak memory with it, until stopped. */
export function watchHealth(base: string, serverPid: number | null): Watch {
  const health: number[] = [];
  let rss = { server: 0, all: 0 };
  let running = true;
  const probe = (async () => {
    while (running) {
      const started = performance.now();
      const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.ok, () => false);
      health.push(ok ? performance.now() - started : Infinity);
      if (serverPid) {
        const now = treeRssMb(serverPid);
        rss = { server: Math.max(rss.server, now.server), all: Math.max(rss.all, now.all) };
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await probe;
      return { health, rss };
    },
  };
}
