import { afterAll, describe, expect, it } from "vitest";
import { createRenderPool, RenderJobError } from "../../server/render-pool";
import { testDeadline } from "../deadline";

const logs: string[] = [];
const pool = createRenderPool({ size: 1, maxQueue: 4, memoryMb: 256, log: (message) => logs.push(message) });
afterAll(() => pool.close());

/** Generous: a child starts tsx and resvg on a loaded machine. */
const START_MS = Number(process.env.TEST_WORKER_START_MS) || testDeadline(30_000);
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>';

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return error instanceof RenderJobError ? error.reason : `other: ${(error as Error).message}`;
  }
}

describe("the render pool: jobs in child processes that can die without taking the server", () => {
  it("rasterises in a child and answers with the PNG", async () => {
    const result = (await pool.run({ kind: "png", svg, scale: 2 }, { deadlineMs: START_MS })) as { png: Uint8Array; width: number };
    expect(result.width).toBe(20);
    expect(Buffer.from(result.png).subarray(1, 4).toString()).toBe("PNG");
  }, START_MS);

  it("a job whose child aborts (as a resvg panic does) fails cleanly, and the next job gets a new child", async () => {
    const before = pool.pids();
    expect(await reason(pool.run({ kind: "probe", action: "abort" }, { deadlineMs: START_MS }))).toBe("crashed");
    expect(await reason(pool.run({ kind: "png", svg, scale: 1 }, { deadlineMs: START_MS }))).toBe("resolved");
    expect(pool.pids()).not.toEqual(before);
    expect(logs.some((line) => line.includes("died during a job"))).toBe(true);
  }, START_MS * 2);

  it("a child killed from outside mid-job (SIGKILL) fails that job only", async () => {
    await pool.run({ kind: "png", svg, scale: 1 }, { deadlineMs: START_MS });
    const running = pool.run({ kind: "probe", action: "sleep", ms: 30_000 }, { deadlineMs: START_MS });
    await new Promise((resolve) => setTimeout(resolve, 200));
    process.kill(pool.pids()[0]!, "SIGKILL");
    expect(await reason(running)).toBe("crashed");
    expect(await reason(pool.run({ kind: "png", svg, scale: 1 }, { deadlineMs: START_MS }))).toBe("resolved");
  }, START_MS * 2);

  it("a job past its deadline has its child killed; a job whose client has gone is cancelled", async () => {
    await pool.run({ kind: "png", svg, scale: 1 }, { deadlineMs: START_MS });
    expect(await reason(pool.run({ kind: "probe", action: "sleep", ms: 30_000 }, { deadlineMs: 300 }))).toBe("timeout");
    const controller = new AbortController();
    const cancelled = pool.run({ kind: "probe", action: "sleep", ms: 30_000 }, { deadlineMs: START_MS, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    expect(await reason(cancelled)).toBe("cancelled");
    expect(await reason(pool.run({ kind: "probe", action: "throw" }, { deadlineMs: START_MS }))).toBe("failed");
  }, START_MS * 3);

  it("refuses jobs past its queue instead of holding them", async () => {
    const small = createRenderPool({ size: 1, maxQueue: 1, memoryMb: 128, log: () => {} });
    try {
      const first = small.run({ kind: "probe", action: "sleep", ms: 100 }, { deadlineMs: START_MS });
      const second = small.run({ kind: "probe", action: "sleep", ms: 100 }, { deadlineMs: START_MS });
      expect(await reason(small.run({ kind: "probe", action: "sleep", ms: 100 }, { deadlineMs: START_MS }))).toBe("busy");
      await Promise.all([first, second]);
    } finally {
      small.close();
    }
  }, START_MS);
});
