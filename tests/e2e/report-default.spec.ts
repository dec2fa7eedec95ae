import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { indexDataset } from "@/lib/data/index-dataset";
import { readDatasetDir } from "@/lib/data/read-dir";
import { createReportModel } from "@/lib/report/report-model";
import { datasetViewContext } from "@/lib/view/view-context";
import { parseViewState } from "@/lib/view/view-state";

const run = promisify(execFile);
const QUERY = "from=2015-01-01&to=2025-06-30";
/** pdftotext joins a word broken at a line-end hyphen, so compare without white space or hyphens. */
const flat = (s: string) => s.replace(/[\s-]+/g, "");

test("the default report of the built-in data set holds every event of 2015–2025, its experts and its sources", async ({ request }) => {
  const result = await readDatasetDir(path.resolve("data"));
  if (!result.ok) throw new Error("the built-in data set must be valid");
  const data = indexDataset(result.dataset);
  const model = createReportModel(data, parseViewState(new URLSearchParams(QUERY), datasetViewContext(data)));
  const response = await request.get(`/report/pdf?${QUERY}`);
  expect(response.status()).toBe(200);
  const file = path.join(await mkdtemp(path.join(tmpdir(), "report-default-")), "default.pdf");
  await writeFile(file, await response.body());
  const text = flat((await run("pdftotext", [file, "-"])).stdout);
  expect(model.entries.length).toBeGreaterThan(0);
  for (const { event } of model.entries) expect(text, event.title).toContain(flat(event.title));
  const shown = new Set(model.entries.map((entry) => entry.event.id));
  const quotedText = model.comments.map((c) => c.annotation.quote).join(" ") + model.entries.map((e) => e.event.title + e.event.summary).join(" ");
  const outside = data.events.filter((event) => !shown.has(event.id) && !flat(quotedText).includes(flat(event.title)));
  for (const event of outside) expect(text, event.title).not.toContain(flat(event.title));
  for (const { expert } of model.comments) expect(text).toContain(flat(expert.name));
  for (const source of model.sources) expect(text, source.url).toContain(flat(source.url));
});
