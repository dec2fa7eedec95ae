import { defineConfig, devices } from "@playwright/test";
import { testDeadline } from "./tests/deadline";

const port = Number(process.env.E2E_PORT ?? 3107);
/** Extra servers on the same build, pointed at test fixtures with DATA_DIR. */
export const FIXTURE_PORTS = { good: port + 1, bad: port + 2 };
/** A page of "another site" that frames /embed (tests/e2e/embed.spec.ts): the main server lets http://localhost on this port frame it. */
export const EMBEDDER_PORT = port + 6;
/** The desk's server, started by the desk's specs (tests/e2e/desk-fixtures.ts): an embedded store seeded from tests/fixtures/desk. */
export const DESK_PORT = port + 8;
/** A second desk server with review on (DESK_REVIEW=1), started by the specs that use it (tests/e2e/desk-fixtures.ts). */
export const REVIEW_DESK_PORT = port + 9;
/**
 * The shared servers' render deadlines are the production defaults on a quiet machine, scaled like every
 * test limit; and every spec asks them from one address, one after another, for the whole run, so the
 * per-client buckets (pages, PDFs, files, images) are lifted there: how fast a machine runs the suite must
 * not decide a 429. Admission itself is tested on servers of its own (render-budget, edges, the unit tests),
 * and "one render at a time per client" still holds here.
 */
const SHARED_SERVER_LIMITS = {
  PDF_DEADLINE_MS: String(testDeadline(15_000)),
  IMAGE_DEADLINE_MS: String(testDeadline(10_000)),
  PPTX_DEADLINE_MS: String(testDeadline(45_000)),
  PAGE_RENDER_BURST: "100000",
  PAGE_ERROR_BURST: "100000",
  PDF_BURST: "100000",
  PPTX_BURST: "100000",
  IMAGE_BURST: "100000",
  PREVIEW_BURST: "100000",
};
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  // Every limit scales with TEST_SLOWDOWN (tests/deadline.ts): a loaded machine gets more time, not a red run.
  timeout: testDeadline(60_000),
  expect: { timeout: testDeadline(10_000) },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    timezoneId: "UTC",
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } }],
  webServer: [
    ...[
      { port, data: undefined },
      { port: FIXTURE_PORTS.good, data: "tests/fixtures/good" },
      { port: FIXTURE_PORTS.bad, data: "tests/fixtures/bad" },
    ].map(({ port: p, data }) => ({
      // The production server as it is deployed (package.json "start"; scripts/next-server.ts runs the same entry).
      command: "npm start",
      // Health answers 503 without good data, and Playwright waits for a 2xx: the broken set's server is ready once it serves a file.
      url: `http://127.0.0.1:${p}${data === "tests/fixtures/bad" ? "/icon.svg" : "/api/health"}`,
      reuseExistingServer: false,
      timeout: testDeadline(60_000),
      // The built-in set from its files (the desk's own server, below, keeps a store).
      env: { PORT: String(p), HOST: "127.0.0.1", TZ: "UTC", EMBED_ORIGINS: `http://localhost:${EMBEDDER_PORT}`, DATA_DIR: data ?? "data", ...SHARED_SERVER_LIMITS },
    })),
  ],
});
