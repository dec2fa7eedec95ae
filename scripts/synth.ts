/** npm run data:synth -- --events N --seed S [--spread clumped|even] --out <dir>: writes a synthetic data set that passes data:check. */
import path from "node:path";
import { parseArgs } from "node:util";
import { SYNTH_SPREADS, type SynthSpread } from "../lib/synth/generate";
import { writeSynthDir } from "./synth-dir";

async function main() {
  const { values } = parseArgs({
    options: { events: { type: "string", default: "10000" }, seed: { type: "string", default: "1" }, spread: { type: "string", default: "clumped" }, out: { type: "string" } },
  });
  const events = Number(values.events);
  const seed = Number(values.seed);
  if (!Number.isInteger(events) || events < 0) throw new Error(`--events must be a whole number, not "${values.events}"`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
  if (!SYNTH_SPREADS.includes(values.spread as SynthSpread)) throw new Error(`--spread must be ${SYNTH_SPREADS.join(" or ")}, not "${values.spread}"`);
  const spread = values.spread as SynthSpread;
  if (!values.out) throw new Error("--out <dir> is required");
  const dir = path.resolve(values.out);
  const set = await writeSynthDir(dir, { events, seed, spread }, { pretty: true });
  console.log(`${dir}: ${set.events.length} events, ${set.annotations.length} annotations (seed ${seed}, ${spread})`);
}

main().catch((error: unknown) => {
  console.error(`data:synth failed: ${(error as Error).message}`);
  process.exit(1);
});
