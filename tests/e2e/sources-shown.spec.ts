import { expect, test } from "@playwright/test";
import { explorerReady } from "./fixtures";

// What a reader sees of the sourcing, on the built-in set: each source's kind, and the flag on a claim that rests on one source.
const REMARK = "khamenei-heresy-hypocrisy-remarks";

test("the detail pane names each source's kind and says why an event is unverified", async ({ page }) => {
  await page.goto(`/?from=2025-03-01&to=2025-05-31&event=${REMARK}`);
  await explorerReady(page);
  const detail = page.locator(".reading-pane .pane-detail");
  await expect(detail.locator(".unverified-note")).toContainText("Unverified: Rests on the MEI-NUS article alone");
  await expect(detail.locator(".source-list li")).toHaveText(["Expert Snapshots: US-Iran Nuclear Talks — Middle East Institute, National University of Singapore (analysis)"]);
  await page.goto("/?event=us-presidential-election-2024&from=2024-06-01&to=2025-03-01");
  await expect(page.locator(".reading-pane .pane-detail .source-list li").first()).toHaveText("2024 Electoral College Results — U.S. National Archives (official document)");
});

test("the event table marks an unverified event in words, with the reason for screen readers", async ({ page }) => {
  await page.goto("/?from=2025-03-01&to=2025-05-31&view=list");
  await explorerReady(page);
  const badge = page.locator(`.event-table tr[data-event-id=${REMARK}] .unverified-badge`);
  await expect(badge).toHaveText(/^unverified: Rests on the MEI-NUS article alone/);
  await expect(page.locator(".event-table tr[data-event-id=us-iran-talks-round-2-rome] .unverified-badge")).toHaveCount(0);
});

test("the report's event table flags it and its endnotes name each source's kind", async ({ page }) => {
  await page.goto("/report?from=2025-03-01&to=2025-05-31");
  await expect(page.locator(`tr[data-event-id=${REMARK}] .event-unverified`)).toContainText("Unverified: Rests on the MEI-NUS article alone");
  await expect(page.locator(".report-sources")).toContainText("Tehran Times (state-affiliated media).");
  await expect(page.locator(".report-sources")).toContainText("Middle East Institute, National University of Singapore (analysis).");
});
