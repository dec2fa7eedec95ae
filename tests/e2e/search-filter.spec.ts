import { expect, test } from "@playwright/test";
import { explorerReady } from "./fixtures";

/**
 * One meaning of `q`, the search filter: the events with every word of it. For the same URL, the
 * explorer's figure and count, the report, the export and the shared link's card hold the same events.
 */
const VIEW = "from=2015-01-01&to=2025-12-31&q=Rome";

test("the explorer, the report, the export and the share card agree on the events of ?q=", async ({ page, request }) => {
  await page.goto(`/?${VIEW}`);
  await explorerReady(page);
  const status = (await page.getByTestId("status").textContent())!;
  expect(status).toContain("filtered by “Rome”");
  const explorer = Number(status.match(/^([\d,]+) of/)![1]!.replace(/,/g, ""));
  expect(explorer).toBeGreaterThan(0);
  // The figure draws exactly those events: each mark's event mentions Rome somewhere the search looks.
  await expect(page.locator(".figure-host svg.figure g.mark")).toHaveCount(explorer);
  const description = await page.locator('meta[name="description"]').getAttribute("content");
  expect(description).toContain(`${explorer.toLocaleString("en-GB")} ${explorer === 1 ? "event" : "events"} in`);

  await page.goto(`/report?${VIEW}`);
  await expect(page.locator("table.report-events tbody tr")).toHaveCount(explorer);

  const exported = await request.get(`/api/export?format=json&${VIEW}`);
  expect(exported.status()).toBe(200);
  const set = (await exported.json()) as { events: unknown[] };
  expect(set.events).toHaveLength(explorer);
});
