/** npm run data:schema: writes JSON Schemas for the data files to docs/schema/ from the zod schemas. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { annotationSchema, eventSchema, manifestSchema, storySchema } from "../lib/schema";

const schemas = {
  "dataset.schema.json": manifestSchema,
  "events.schema.json": z.array(eventSchema),
  "annotations.schema.json": z.array(annotationSchema),
  "stories.schema.json": z.array(storySchema),
};

async function main() {
  const dir = path.resolve("docs/schema");
  await mkdir(dir, { recursive: true });
  for (const [file, schema] of Object.entries(schemas)) {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
    await writeFile(path.join(dir, file), `${JSON.stringify({ title: `Snapshots ${file.replace(".schema.json", "")} file`, ...json }, null, 2)}\n`);
    console.log(`wrote docs/schema/${file}`);
  }
}

void main();
