import { expect, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";

/** The detail window the URL holds, in UTC ms (null when the URL has none). */
export function urlWindow(page: Page): [number, number] | null {
  const url = new URL(page.url());
  const from = url.searchParams.get("from");
  const to = url.searchParams.get("to");
  return from && to ? [Date.parse(from), Date.parse(to)] : null;
}

/** The overview brush's selection rectangle, in page pixels. */
export async function brushBox(page: Page) {
  const box = await page.locator(".tchart .brush .selection").boundingBox();
  expect(box).not.toBeNull();
  return box!;
}

/** Waits for the interactive chart to have drawn at least once. */
export async function chartReady(page: Page) {
  await expect(page.locator(".tchart[data-drawn]")).toBeAttached();
  await expect(page.locator(".tchart-detail g.lane").first()).toBeAttached();
}

/** A `next start` of the current build on its own port with its own DATA_DIR, for data the shared servers lack. */
export async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1", TZ: "UTC" },
    detached: true,
    stdio: "ignore",
  });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`server on ${port} did not start`);
}

export function stopServer(server: ChildProcess | undefined) {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
}
