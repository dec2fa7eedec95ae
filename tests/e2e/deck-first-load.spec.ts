import { deflateSync, strToU8 } from "fflate";
import { expect, test } from "@playwright/test";
import { encodeShare } from "@/lib/story/share";
import { story } from "./present-story";

/**
 * Opening a briefing for the first time. A shared link's page decides its status before it sends a byte
 * (nothing is streamed ahead of it), so a refused link answers 400 or 413 with its page, and an admitted
 * one arrives whole: its first answer is the slide. A briefing kept in this browser is read from storage
 * after the page loads: until then it says that it is being prepared, never an empty screen.
 */

const linkOf = (value: unknown) => `1.${Buffer.from(deflateSync(strToU8(JSON.stringify(value)), { level: 9 })).toString("base64url")}`;

// A link cut short answers 400: briefing-build.spec.ts.
test("a shared link answers 413 over a briefing's limits, and an admitted one arrives as its first slide", async ({ page }) => {
  const steps = Array.from({ length: 41 }, (_, i) => ({ title: `Step ${i + 1}`, summary: "x", from: "2015-01-01", to: "2016-01-01" }));
  const over = await page.goto(`/present?deck=${linkOf({ id: "long", title: "Long", steps })}`);
  expect(over?.status()).toBe(413);
  await expect(page.getByRole("heading", { name: "This briefing is larger than a briefing may be" })).toBeVisible();
  await expect(page.getByText("41 steps; a briefing holds at most 40")).toBeVisible();

  const shared = encodeShare(story);
  if (!shared.ok) throw new Error(shared.message);
  const good = await page.goto(`/present?deck=${shared.encoded}`);
  expect(good?.status()).toBe(200);
  // The server's answer is the slide itself (drawn there), so there is no wait to fill with a progress line.
  const html = await good!.text();
  expect(html).toContain(`class="slide-title"`);
  expect(html).not.toContain("Preparing the briefing");
  await expect(page.locator(".deck .slide-title")).toHaveText(story.steps[0]!.title);
});

test("a briefing kept in this browser says it is being prepared until it is read, then shows it", async ({ page }) => {
  await page.goto("/icon.svg");
  await page.evaluate((s) => localStorage.setItem("snapshots:adhoc-story", JSON.stringify({ ...s, id: "adhoc", steps: s.steps.slice(0, 2) })), story);
  // The page's scripts held back a second: what the page shows before it can read this browser's storage.
  let held = 0;
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    if (held++ < 3) await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto("/present?story=adhoc&step=1", { waitUntil: "commit" });
  await expect(page.getByRole("status")).toHaveText(/^Preparing the briefing…/);
  await expect(page.locator(".deck .slide-title")).toHaveText(story.steps[0]!.title);
  await expect(page.getByText("Preparing the briefing")).toHaveCount(0);
});
