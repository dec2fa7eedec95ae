import { describe, expect, it } from "vitest";
import { createRenderGate, GateBusyError } from "@/lib/report/render-gate";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("render gate", () => {
  it("runs at most `limit` tasks at once and starts waiting ones in order", async () => {
    const gate = createRenderGate({ limit: 2, maxWaitMs: 1_000 });
    const started: number[] = [];
    const blockers = [deferred(), deferred(), deferred()];
    const runs = blockers.map((b, i) =>
      gate.run(async () => {
        started.push(i);
        await b.promise;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(gate.waiting).toBe(1);
    blockers[0]!.resolve();
    await runs[0];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    blockers[1]!.resolve();
    blockers[2]!.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(gate.active).toBe(0);
  });

  it("turns a caller away with a retry hint when no slot frees up in time", async () => {
    const gate = createRenderGate({ limit: 1, maxWaitMs: 20 });
    const blocker = deferred();
    const first = gate.run(() => blocker.promise);
    const error = await gate.run(async () => "never").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateBusyError);
    expect((error as GateBusyError).retryAfterSeconds).toBe(1);
    expect(gate.waiting).toBe(0);
    blocker.resolve();
    await first;
    expect(await gate.run(async () => "after")).toBe("after");
  });

  it("frees the slot when a task fails", async () => {
    const gate = createRenderGate({ limit: 1, maxWaitMs: 20 });
    await expect(gate.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(gate.active).toBe(0);
    expect(await gate.run(async () => 1)).toBe(1);
  });

  it("takes back a slot held past maxHoldMs, even from a task that never settles, and says so", async () => {
    const reclaimed: number[] = [];
    const gate = createRenderGate({ limit: 1, maxWaitMs: 20, maxHoldMs: 1_000, onReclaim: (n) => reclaimed.push(n) });
    void gate.run(() => new Promise(() => {}));
    await Promise.resolve();
    expect(gate.active).toBe(1);
    expect(gate.reclaim(Date.now() + 500)).toBe(0);
    expect(gate.reclaim(Date.now() + 1_500)).toBe(1);
    expect(reclaimed).toEqual([1]);
    expect(gate.active).toBe(0);
    expect(await gate.run(async () => "next")).toBe("next");
  });

  it("hands a reclaimed slot to the next caller in the queue", async () => {
    const gate = createRenderGate({ limit: 1, maxWaitMs: 1_000, maxHoldMs: 1_000 });
    void gate.run(() => new Promise(() => {}));
    await Promise.resolve();
    const waiting = gate.run(async () => "waited");
    expect(gate.waiting).toBe(1);
    gate.reclaim(Date.now() + 2_000);
    expect(await waiting).toBe("waited");
  });
});
