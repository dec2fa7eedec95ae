import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { fixtureUrl } from "./fixtures";

const REPORT = `${fixtureUrl.good}/report?from=2015-01-01&to=2025-06-30`;

test.describe("report page", () => {
  test("shows the period, the figure, every event with sources, the commentary and the endnotes", async ({ page }) => {
    await page.goto(REPORT);
    await expect(page).toHaveTitle("Report: Fixture set, January 2015 – June 2025 · Snapshots");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fixture set");
    await expect(page.locator(".report-period")).toHaveText("January 2015 – June 2025");
    await expect(page.getByRole("img", { name: /Timeline of 4 events in 2 lanes/ })).toBeVisible();
    await expect(page.locator(".report-events tbody tr")).toHaveCount(4);
    await expect(page.locator("tr[data-event-id=talks] .cell-date time")).toHaveText("April 2025");
    await expect(page.locator("tr[data-event-id=war] .cell-sources")).toHaveText("[4]");
    await expect(page.locator(".report-commentary")).toContainText("Ada Expert, Fellow, Institute");
    await expect(page.locator("#source-5")).toContainText("https://example.org/article");
  });

  test("shows hostile text as text", async ({ page }) => {
    await page.goto(REPORT);
    await expect(page.locator("tr[data-event-id=war]")).toContainText("<script>window.__pwned=1</script>");
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test("falls back to the whole data set on a malformed URL and filters by text and expert", async ({ page }) => {
    await page.goto(`${fixtureUrl.good}/report?from=banana&to=2`);
    await expect(page.locator(".report-events tbody tr")).toHaveCount(4);
    await page.goto(`${REPORT}&q=talks`);
    await expect(page.locator(".report-events tbody tr")).toHaveCount(1);
    await page.goto(`${REPORT}&expert=ada`);
    await expect(page.locator(".report-events tbody tr")).toHaveCount(1);
    await expect(page.locator(".report-facts")).toContainText("commentary by Ada Expert");
  });

  test("has no serious or critical accessibility problems", async ({ page }) => {
    await page.goto(REPORT);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  test("downloads the PDF of the same view from its link", async ({ page }) => {
    await page.goto(`${REPORT}&lanes=military`);
    const link = page.getByRole("link", { name: "Download PDF" });
    await expect(link).toHaveAttribute("href", "/report/pdf?from=2015-01-01&to=2025-06-30&lanes=military&paper=a4");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("fixture_2015-01-01_2025-06-30.pdf");
  });

  test("opens the print dialog itself when asked with print=1", async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute("data-printed", "yes");
    });
    await page.goto(`${REPORT}&print=1`);
    await expect(page.locator("html")).toHaveAttribute("data-printed", "yes");
  });
});
