import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { DATA_FILES } from "../lib/data/files";
import { generateSynthDataset, type SynthOptions, type SynthDataset } from "../lib/synth/generate";

/** Writes a synthetic data set (lib/synth) as a data set directory that data:check reads; returns the set. */
export async function writeSynthDir(dir: string, options: SynthOptions, { pretty = false }: { pretty?: boolean } = {}): Promise<SynthDataset> {
  const set = generateSynthDataset(options);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, DATA_FILES.manifest), JSON.stringify(set.manifest, null, pretty ? 2 : undefined));
  await writeFile(path.join(dir, DATA_FILES.events), JSON.stringify(set.events));
  await writeFile(path.join(dir, DATA_FILES.annotations), JSON.stringify(set.annotations, null, pretty ? 1 : undefined));
  return set;
}
