import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { explorerReady } from "./fixtures";

// The built-in set: the issue's own example (Sakanashi's "Talking itself may hold off snapback").
test("search finds expert notes as well as events; a note says when it was written and which events it speaks of", async ({ page }) => {
  await page.goto("/?q=snapback");
  await explorerReady(page);
  await expect(page.getByTestId("status")).toContainText(/filtered by “snapback” \(\d+ match(es)? in all, and \d+ expert notes?\)/);
  const notes = page.locator(".search-notes li");
  await expect(notes.filter({ hasText: "Talking itself may hold off snapback" })).toHaveCount(1);
  const hit = notes.filter({ hasText: "Talking itself may hold off snapback" });
  await expect(hit).toContainText("Sachi Sakanashi · written April 2025");
  await expect(hit.locator("mark").first()).toHaveText(/snapback/i);
  await hit.getByRole("button").click();
  await expect(page).toHaveURL(/[?&]note=sakanashi-talks-to-avert-snapback/);
  const quote = page.locator('.reading-pane .pane-detail [data-annotation-id="sakanashi-talks-to-avert-snapback"]');
  await expect(quote.locator("blockquote")).toContainText("snapback");
  const anchors = quote.locator(".note-anchors");
  await expect(anchors).toContainText("Written April 2025");
  await expect(anchors.getByText("this event")).toHaveCount(1);
  // Another anchor is one click away.
  await expect(anchors.getByRole("button").first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include(".reading-pane").analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

test("the commentary list dates notes by when they were written, not by their first event", async ({ page }) => {
  await page.goto("/");
  await explorerReady(page);
  const note = page.locator('.pane-commentary [data-annotation-id="sakanashi-talks-to-avert-snapback"]');
  await expect(note.locator(".note-when")).toHaveText("April 2025");
});
