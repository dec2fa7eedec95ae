/**
 * One part of the edge attack (scripts/load/edges.ts) in a process of its own, so that no part of the
 * load generator slows another's event loop (the junk flood's autocannon delaying the timing of
 * /api/health, say) and what the generator itself costs can be read: each part answers with what it
 * saw and the CPU time its process used. Started by edgeAttack with `fork`; it waits for "go" (every
 * part starts at once), runs for the given seconds and sends its result.
 */
import { attackPart, type AttackPart, type PartResult } from "./edges";

process.once("message", async ({ part, base, seconds, serverPid }: { part: AttackPart; base: string; seconds: number; serverPid: number | null }) => {
  process.send!({ ready: true });
  await new Promise((resolve) => process.once("message", resolve));
  const before = process.cpuUsage();
  const result: PartResult = await attackPart(part, base, seconds, serverPid);
  const used = process.cpuUsage(before);
  process.send!({ result, cpuMs: (used.user + used.system) / 1000 }, () => process.exit(0));
});
