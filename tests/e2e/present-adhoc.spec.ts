import { expect, test } from "@playwright/test";
import { explorerReady } from "./fixtures";
import { keysReady } from "./present-story";

test("a briefing built in the explorer presents its steps in order, and survives a reload", async ({ page }) => {
  await page.goto("/?from=2015-01-01&to=2016-06-30&event=jcpoa-agreed-vienna");
  await explorerReady(page);
  const menu = page.getByRole("button", { name: /^Briefing \d+$/ });
  await menu.click();
  await expect(page.getByText("No steps yet.")).toBeVisible();
  await page.getByRole("button", { name: "Add selected event" }).click();

  await page.goto("/?from=2018-01-01&to=2018-12-31&event=us-withdraws-from-jcpoa");
  await explorerReady(page);
  await menu.click();
  await page.getByRole("button", { name: "Add selected event" }).click();
  await page.getByRole("button", { name: "Add current window" }).click();
  const steps = page.getByRole("list", { name: "Steps of the briefing" }).locator("li");
  await expect(steps).toHaveCount(3);

  // Keyboard reorder: the window step moves to the front.
  await page.getByRole("button", { name: "Move step 3 up" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Move step 2 up" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(steps.first()).toContainText("1 Jan 2018 – 31 Dec 2018");

  await page.getByRole("link", { name: "Present briefing" }).click();
  await page.waitForURL(/\/present\?story=adhoc&step=1/);
  await keysReady(page);
  const titles = ["1 Jan 2018 – 31 Dec 2018", "JCPOA agreed in Vienna", "Trump announces US withdrawal from the JCPOA"];
  for (const [i, title] of titles.entries()) {
    await expect(page.locator(".deck-counter")).toHaveText(`${i + 1} / 3`);
    await expect(page.locator(".deck .slide-title")).toHaveText(title);
    await page.keyboard.press("PageDown");
  }
  // The event's step is framed around it (not the 2018 window the explorer showed when it was added).
  const framed = await page.evaluate(() => JSON.parse(localStorage.getItem("snapshots:adhoc-story")!).steps[2].from as string);
  expect(framed < "2018-01-01").toBe(true);
  await expect(page.locator(".deck svg.slide-timeline")).toHaveAttribute("data-from", framed);
  await page.reload();
  await keysReady(page);
  await expect(page.locator(".deck .slide-title")).toHaveText(titles[2]!);

  await page.keyboard.press("Escape");
  await page.waitForURL((url) => url.pathname === "/");
  expect(new URL(page.url()).searchParams.get("event")).toBe("us-withdraws-from-jcpoa");
});

test("importing a file that is not a briefing says what is wrong and keeps the briefing", async ({ page }) => {
  await page.goto("/?event=jcpoa-agreed-vienna");
  await explorerReady(page);
  await page.getByRole("button", { name: /^Briefing \d+$/ }).click();
  await page.getByRole("button", { name: "Add selected event" }).click();
  const tray = page.locator('section[aria-labelledby="briefing-tray-heading"]');
  await page.getByLabel("Import story file").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await expect(tray.getByRole("alert")).toContainText("notes.json is not a briefing this app can read");
  await expect(tray.getByRole("alert")).toContainText("The file is not valid JSON.");
  await expect(page.getByRole("list", { name: "Steps of the briefing" }).locator("li")).toHaveCount(1);

  const story = { id: "mine", title: "Imported", steps: [{ title: "Rome", summary: "Round two.", from: "2025-04-01", to: "2025-05-01", events: ["us-iran-talks-round-2-rome"] }] };
  await page.getByLabel("Import story file").setInputFiles({ name: "mine.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(story)) });
  await expect(page.getByRole("list", { name: "Steps of the briefing" }).locator("li")).toHaveText([/Rome/]);
  await expect(tray.getByRole("alert")).toHaveCount(0);
});
