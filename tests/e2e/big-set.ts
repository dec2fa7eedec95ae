import { test } from "@playwright/test";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DATA_FILES } from "../../lib/data/files";
import { generateSynthDataset, type SynthDataset } from "../../lib/synth/generate";
import { startNext, type NextServer } from "../../scripts/next-server";
import { testDeadline } from "../deadline";

export const BIG_EVENTS = 100_000;
const SEED = 5;
/** Its own server on the same build: playwright.config starts +0..+2 and the chart tests use +3. */
export const BIG_PORT = Number(process.env.E2E_PORT ?? 3107) + 4;

/** The 100,000-event synthetic set (generated once into the temp dir) and a `next start` serving it. */
export async function startBigSet(): Promise<{ set: SynthDataset; server: NextServer }> {
  const set = generateSynthDataset({ events: BIG_EVENTS, seed: SEED });
  const dir = path.join(tmpdir(), `snapshots-e2e-${BIG_EVENTS}-seed-${SEED}-v2`);
  if (!existsSync(path.join(dir, DATA_FILES.annotations))) {
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, DATA_FILES.manifest), JSON.stringify(set.manifest));
    await writeFile(path.join(dir, DATA_FILES.events), JSON.stringify(set.events));
    await writeFile(path.join(dir, DATA_FILES.annotations), JSON.stringify(set.annotations));
  }
  return { set, server: await startNext(BIG_PORT, dir, { startTimeoutMs: testDeadline(60_000) }) };
}

/**
 * Starts the 100,000-event server before the tests of the file (or describe block) and stops it after.
 * Returns a getter: the set and server exist only once beforeAll has run.
 */
export function serveBigSet(): () => Awaited<ReturnType<typeof startBigSet>> {
  let big: Awaited<ReturnType<typeof startBigSet>> | undefined;
  test.describe.configure({ timeout: testDeadline(180_000) });
  test.beforeAll(async () => {
    test.setTimeout(testDeadline(180_000));
    big = await startBigSet();
  });
  test.afterAll(async () => big?.server.stop());
  return () => big!;
}
