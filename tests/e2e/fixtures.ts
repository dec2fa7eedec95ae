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
  // And its server-drawn parts are live (components/lazy/deferred-part.tsx): their markup is replaced then, so a
  // node read before would be gone when measured.
  await expect
    .poll(() => page.locator(".deferred-part").evaluateAll((els) => els.every((el) => !el.firstElementChild || Object.keys(el.firstElementChild).some((key) => key.startsWith("__reactFiber")))))
    .toBe(true);
}
