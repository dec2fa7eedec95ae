import { expect, test } from "@playwright/test";
import { explorerReady } from "./fixtures";
import { keysReady, stories } from "./present-story";

// The record goes past the experts' article and the first story: what happened from the IAEA Board's
// resolution of November 2025 to the 2026 war and its ceasefire must show wherever the record is read.
// A few pivotal events by id, not a count, so adding or correcting events does not break this.
const PIVOTAL = ["iaea-board-resolution-nov-2025", "iran-protest-crackdown-jan-2026", "us-israel-strikes-iran-feb-2026", "khamenei-killed", "us-iran-ceasefire-apr-2026"];
const HEADLINE = ["us-israel-strikes-iran-feb-2026", "khamenei-killed"];

test("the explorer opens on a window that shows the recent events, the headline ones named on the figure", async ({ page }) => {
  await page.goto("/");
  await explorerReady(page);
  for (const id of PIVOTAL) await expect(page.locator(`ol.event-list > li#event-${id}`), id).toHaveCount(1);
  for (const id of HEADLINE) {
    await expect(page.locator(`svg.figure g.mark[data-event="${id}"]`), id).toHaveCount(1);
    await expect(page.locator(`svg.figure [data-label-for="${id}"]`), `${id} labelled`).toHaveCount(1);
  }
});

test("the report of the last 18 months lists the recent events", async ({ page }) => {
  await page.goto("/report?from=2025-06-07&to=2026-12-07");
  for (const id of PIVOTAL) await expect(page.locator(`tr[data-event-id="${id}"]`), id).toHaveCount(1);
  await expect(page).toHaveTitle(/2002–2026/);
});

test("the first story ends on November 2025 and points on; 'After Rome' tells the war and the ceasefire", async ({ page }) => {
  const first = stories.find((s) => s.id === "jcpoa-to-rome")!;
  await page.goto(`/present?story=${first.id}&step=${first.steps.length}`);
  await keysReady(page);
  await expect(page.locator('.deck .slide-events li[data-event-id="iran-ends-cairo-understanding"]')).toHaveCount(1);
  expect(first.steps.at(-1)!.notes).toContain("After Rome");

  const after = stories.find((s) => s.id === "after-rome")!;
  const shown = new Set<string>();
  await page.goto(`/present?story=${after.id}&step=1`);
  await keysReady(page);
  for (let step = 1; step <= after.steps.length; step++) {
    await expect(page.locator(".deck-counter")).toHaveText(`${step} / ${after.steps.length}`);
    for (const id of await page.locator(".deck .slide-events li[data-event-id]").evaluateAll((els) => els.map((el) => el.getAttribute("data-event-id")!))) shown.add(id);
    await page.keyboard.press("ArrowRight");
  }
  for (const id of [...PIVOTAL, "islamabad-mou-jun-2026"]) expect(shown, id).toContain(id);
});
