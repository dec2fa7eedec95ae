import { dehydrate, hashKey, QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { createQueryHost } from "@/components/query/query-host";
import { createQueryRuntime } from "@/components/query/query-runtime";
import { hashQueryKey } from "@/lib/query/hash-key";
import { eventQueryOptions } from "@/lib/query/event";
import { notesQueryOptions } from "@/lib/query/notes";
import { searchQueryOptions } from "@/lib/query/search";

describe("the page's answers before the query library loads", () => {
  it("hashes a query key exactly as TanStack Query does, so the server's answers are found by key", () => {
    const keys = [
      ["window", "iran@3", "from=2015-01-01&to=2025-12-31&px=1024"],
      eventQueryOptions("jcpoa-signed", "2025-06").queryKey,
      notesQueryOptions(["b", "a"]).queryKey,
      searchQueryOptions({ q: "Rome talks", lanes: ["diplomacy"], actor: null, hideAfter: true }).queryKey,
      ["object", { b: 1, a: [2, { d: 3, c: null }] }],
    ];
    for (const key of keys) expect(hashQueryKey(key)).toBe(hashKey(key));
  });

  it("reads the server's successful answers by hash, and hands them to the client once it has loaded", async () => {
    const server = new QueryClient();
    server.setQueryData(["event", "a", ""], { id: "a" });
    const state = dehydrate(server);
    let loads = 0;
    const host = createQueryHost(async () => {
      loads += 1;
      return createQueryRuntime();
    });
    host.absorb(state);
    expect(host.seeded(hashQueryKey(["event", "a", ""]))).toEqual({ data: { id: "a" } });
    expect(host.seeded(hashQueryKey(["event", "b", ""]))).toBeUndefined();
    expect(host.getRuntime()).toBeNull();

    let told = 0;
    host.subscribe(() => (told += 1));
    const runtime = await Promise.all([host.ready(), host.ready()]).then(([first]) => first);
    expect(loads).toBe(1);
    expect(told).toBe(1);
    expect(host.getRuntime()).toBe(runtime);
    expect(runtime.client.getQueryData(["event", "a", ""])).toEqual({ id: "a" });

    // A later page render's answers (a navigation) go straight into the loaded client.
    const next = new QueryClient();
    next.setQueryData(["event", "b", ""], { id: "b" });
    host.absorb(dehydrate(next));
    expect(runtime.client.getQueryData(["event", "b", ""])).toEqual({ id: "b" });
    expect(host.seeded(hashQueryKey(["event", "b", ""]))).toEqual({ data: { id: "b" } });
  });

  it("uses a runtime it is given (a previewed file's) without loading another", async () => {
    const runtime = createQueryRuntime();
    const host = createQueryHost(() => Promise.reject(new Error("must not load")), runtime);
    expect(host.getRuntime()).toBe(runtime);
    await expect(host.ready()).resolves.toBe(runtime);
  });
});
