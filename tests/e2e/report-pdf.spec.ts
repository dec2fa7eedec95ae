import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { fixtureUrl } from "./fixtures";
import { testDeadline } from "../deadline";

const run = promisify(execFile);
const A4 = { w: 595, h: 842 };
const LETTER = { w: 612, h: 792 };

async function saveTemp(pdf: Buffer): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "report-pdf-")), "report.pdf");
  await writeFile(file, pdf);
  return file;
}

/** Page sizes in points, rounded, as pdfinfo reports them. */
async function pageSizes(file: string): Promise<{ w: number; h: number }[]> {
  const { stdout } = await run("pdfinfo", ["-f", "1", "-l", "999", file]);
  return [...stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ w: Math.round(Number(m[1])), h: Math.round(Number(m[2])) }));
}

/** pdftotext joins a word broken at a line-end hyphen, so compare without white space or hyphens. */
const flat = (s: string) => s.replace(/[\s-]+/g, "");

/** The PDF's text with all white space removed, so wrapped titles and URLs still match. */
async function flatText(file: string): Promise<string> {
  const { stdout } = await run("pdftotext", [file, "-"]);
  return flat(stdout);
}

/** Share of non-white pixels on one page rasterised at 50 dpi in grey (binary PGM). */
async function inkOnPage(file: string, page: number): Promise<number> {
  const out = path.join(path.dirname(file), `page-${page}`);
  await run("pdftoppm", ["-gray", "-r", "50", "-f", String(page), "-l", String(page), "-singlefile", file, out]);
  const pgm = await readFile(`${out}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString("latin1"))!;
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (const value of pixels) if (value < 200) ink += 1;
  return ink / pixels.length;
}

function isSize(size: { w: number; h: number }, paper: { w: number; h: number }): boolean {
  return (size.w === paper.w && size.h === paper.h) || (size.w === paper.h && size.h === paper.w);
}

test.describe("report PDF route", () => {
  test("returns an A4 PDF of the period with every event in range, none outside, experts and sources", async ({ request }) => {
    const response = await request.get(`${fixtureUrl.good}/report/pdf?from=2019-01-01&to=2025-05-31`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="fixture_2019-01-01_2025-05-31.pdf"');
    const file = await saveTemp(await response.body());
    const sizes = await pageSizes(file);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    expect(sizes.every((size) => isSize(size, A4))).toBe(true);
    expect(sizes[0]!.w).toBeGreaterThan(sizes[0]!.h);
    expect(sizes[1]!.h).toBeGreaterThan(sizes[1]!.w);
    const text = await flatText(file);
    for (const title of ["Build-up", "Talks in spring"]) expect(text).toContain(flat(title));
    for (const title of ["Deal agreed", "War"]) expect(text).not.toContain(flat(title));
    expect(text).toContain(flat("http://example.org/buildup"));
    expect(text).toContain(flat("https://example.org/talks"));
    expect(text).toContain(flat(`1 / ${sizes.length}`));
    expect(await inkOnPage(file, 1)).toBeGreaterThan(0.01);
  });

  test("prints US Letter and the expert's words with name, role and institution", async ({ request }) => {
    const response = await request.get(`${fixtureUrl.good}/report/pdf?from=2015-01-01&to=2025-06-30&paper=letter`);
    expect(response.status()).toBe(200);
    const file = await saveTemp(await response.body());
    const sizes = await pageSizes(file);
    expect(sizes.every((size) => isSize(size, LETTER))).toBe(true);
    const text = await flatText(file);
    for (const title of ["Deal agreed", "Build-up", "Talks in spring", "War"]) expect(text).toContain(flat(title));
    expect(text).toContain(flat("The deal mattered."));
    expect(text).toContain(flat("Ada Expert, Fellow, Institute"));
    expect(text).toContain(flat("https://example.org/article"));
  });

  test("keeps every page upright when asked for portrait", async ({ request }) => {
    const response = await request.get(`${fixtureUrl.good}/report/pdf?from=2015-01-01&to=2025-06-30&orientation=portrait`);
    const sizes = await pageSizes(await saveTemp(await response.body()));
    expect(sizes.every((size) => size.w === A4.w && size.h === A4.h)).toBe(true);
  });

  test("answers invalid parameters with 400 and a message naming them", async ({ request }) => {
    const cases: [string, string][] = [
      ["from=2015-02-30&to=2016-01-01", "from: must be a real date"],
      ["from=2016-01-01&to=2015-01-01", "to: must be after from"],
      ["paper=a3", "paper: must be one of a4, letter"],
      ["lanes=navy", "lanes: unknown id 'navy'"],
      ["url=http://example.org/", "unknown parameter(s): url"],
    ];
    for (const [query, message] of cases) {
      const response = await request.get(`${fixtureUrl.good}/report/pdf?${query}`);
      expect(response.status(), query).toBe(400);
      expect((await response.json()).error).toContain(message);
    }
  });

  test("under several requests at once, each gets a PDF or 503 with Retry-After, and the server keeps serving", async ({ request }) => {
    const responses = await Promise.all(Array.from({ length: 5 }, () => request.get(`${fixtureUrl.good}/report/pdf?from=2015-01-01&to=2025-06-30`)));
    for (const response of responses) {
      if (response.status() === 503) expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
      else {
        expect(response.status()).toBe(200);
        expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
      }
    }
    expect(responses.some((response) => response.status() === 200)).toBe(true);
    expect((await request.get(`${fixtureUrl.good}/api/health`)).status()).toBe(200);
    expect((await request.get(`${fixtureUrl.good}/report/pdf?from=2019-01-01&to=2020-01-01`)).status()).toBe(200);
  });
});

test.describe("report CLI", () => {
  test.setTimeout(testDeadline(120_000));
  const env = { ...process.env, DATA_DIR: "tests/fixtures/good", NEXT_TELEMETRY_DISABLED: "1" };

  test("writes a Letter PDF without a running server", async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), "report-cli-")), "cli.pdf");
    await run("npx", ["tsx", "scripts/report.ts", "--from", "2015-01-01", "--to", "2025-06-30", "--paper", "letter", "--lanes", "military", "--out", out], { env });
    const sizes = await pageSizes(out);
    expect(sizes.every((size) => isSize(size, LETTER))).toBe(true);
    const text = await flatText(out);
    expect(text).toContain(flat("Build-up"));
    expect(text).not.toContain(flat("Deal agreed"));
  });

  test("exits 1 with a clear message on invalid arguments", async () => {
    const failure = await run("npx", ["tsx", "scripts/report.ts", "--from", "2016-01-01", "--to", "2015-01-01", "--out", "x.pdf"], { env }).catch((e: unknown) => e);
    expect((failure as { code: number }).code).toBe(1);
    expect((failure as { stderr: string }).stderr).toContain("--to: must be after from");
  });
});
