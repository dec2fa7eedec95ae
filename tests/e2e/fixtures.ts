import { expect, type Page } from "@playwright/test";
import { FIXTURE_PORTS } from "../../playwright.config";

/** Base URLs of the servers started on the same build with DATA_DIR pointed at test fixtures. */
export const fixtureUrl = {
  good: `http://127.0.0.1:${FIXTURE_PORTS.good}`,
  bad: `http://127.0.0.1:${FIXTURE_PORTS.bad}`,
};

/** Waits until the explorer has hydrated, so a click or key press is handled by the app, not lost. */
export async function explorerReady(page: Page) {
  await expect(page.locator(".explorer[data-ready]")).toBeAttached();
}
