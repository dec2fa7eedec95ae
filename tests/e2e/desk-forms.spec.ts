import type { Page } from "@playwright/test";
import { ACCOUNTS } from "./desk-accounts";
import { anonymous, expect, field, said, signInPage, test } from "./desk-fixtures";
import { testDeadline } from "../deadline";

/**
 * The forms of lanes, experts, stories, notes and snapshots, each through the UI by keyboard: an
 * invalid value is named at its field and not saved; a valid one is saved (Enter in a field submits),
 * published, and readers see it. On the desk server's fixture (tests/fixtures/desk), records no other
 * spec edits.
 */
test.describe.configure({ mode: "serial" });

/** Opens a record from a finder (the region named `list`) of a tab by keyboard: its button focused, Enter. */
async function open(page: Page, tab: string, list: string, name: RegExp) {
  await goTo(page, tab);
  await page.getByRole("region", { name: list, exact: true }).getByRole("button", { name }).press("Enter");
  await expect(page.locator(".desk-editor h2")).toHaveText(name);
}

async function goTo(page: Page, tab: string) {
  const button = page.getByRole("navigation", { name: "Desk" }).getByRole("button", { name: tab, exact: true });
  await button.press("Enter");
  await expect(button).toHaveAttribute("aria-current", "page");
}

/** The message shown at a field (its id is the field's path, dashed) and the field marked invalid. */
async function namedAtField(page: Page, id: string, message: string | RegExp) {
  await expect(page.locator(`#${id}-messages`)).toContainText(message);
  await expect(page.locator(`#${id}`)).toHaveAttribute("aria-invalid", "true");
}

/** Saves by Enter in a field, then publishes by keyboard. */
async function saveAndPublish(page: Page, fieldId: string) {
  await page.locator(`#${fieldId}`).press("Enter");
  await expect(said(page)).toContainText("Saved as a draft");
  await page.getByRole("button", { name: "Publish this change" }).press("Enter");
  await expect(said(page)).toContainText("Published");
}

test("lanes, experts, stories and notes are edited by keyboard, an invalid field is named at the field, and readers see what is published", async ({ page, deskUrl, browser }) => {
  test.setTimeout(testDeadline(90_000));
  await signInPage(page, deskUrl, ACCOUNTS.editor);

  // A lane: an empty label and an order that is not a whole number are named, then fixed.
  await open(page, "Lanes & experts", "Lanes", /UN & agencies/);
  await field(page, "Label", "");
  await namedAtField(page, "f-label", "must not be empty");
  await field(page, "Order", "2.5");
  await namedAtField(page, "f-order", "must be a whole number");
  await page.locator("#f-label").press("Enter");
  await expect(page.locator(".desk-summary-anchor")).toBeFocused();
  await field(page, "Order", "3");
  await field(page, "Label", "UN and agencies");
  await saveAndPublish(page, "f-label");

  // An expert: the role, named when emptied.
  await open(page, "Lanes & experts", "Experts", /Ben Okafor/);
  await field(page, "Role", "");
  await namedAtField(page, "f-role", "must not be empty");
  await field(page, "Role", "Director of Research");
  await saveAndPublish(page, "f-role");

  // A story: a step's dates, named when not a day or out of order.
  await open(page, "Stories", "Stories", /From the accord to the talks/);
  await field(page, "From", "2015-13-01", page.locator("#f-steps-0"));
  await namedAtField(page, "f-steps-0-from", "is not a real calendar date");
  await field(page, "From", "2015-01-01", page.locator("#f-steps-0"));
  await field(page, "Title", "The accord is signed", page.locator("#f-steps-0"));
  await saveAndPublish(page, "f-steps-0-title");

  // A note of the spring snapshot: an emptied quote is named; a new headline is published.
  await open(page, "Commentary", "Snapshots", /Spring notes on the talks/);
  await page.getByRole("region", { name: /^Notes in/ }).getByRole("button", { name: /Talks give both sides cover at home/ }).press("Enter");
  await expect(page.locator(".desk-editor h2")).toHaveText("Talks give both sides cover at home");
  const quote = await page.locator("#f-quote").inputValue();
  await field(page, "Quote", "");
  await namedAtField(page, "f-quote", "must not be empty");
  await field(page, "Quote", quote);
  await field(page, "Headline", "The talks are cover at home for both sides");
  await saveAndPublish(page, "f-headline");

  // A new snapshot: an impossible day is named at its field, and nothing is saved.
  await page.getByRole("button", { name: "Open a new snapshot" }).press("Enter");
  await field(page, "Id", "winter-notes");
  await field(page, "Title", "Winter notes");
  await field(page, "As of", "2025-02-30");
  // A new record's field says what is wrong once it is left (or on the first save).
  await page.locator("#f-asOf").press("Tab");
  await namedAtField(page, "f-asOf", "not a real calendar date");
  await page.locator("#f-asOf").press("Enter");
  await expect(page.locator(".desk-summary-anchor")).toBeFocused();
  expect((await (await page.request.get(`${deskUrl}/api/desk/records?kind=snapshot&q=winter`)).json()).total).toBe(0);

  // Readers see every published change.
  const reader = await anonymous(browser);
  const get = async (url: string) => (await reader.page.request.get(`${deskUrl}${url}`)).json();
  await expect.poll(async () => JSON.stringify(await get("/api/notes?ids=ada-talks-legitimacy,ben-framework"))).toContain("The talks are cover at home for both sides");
  expect(JSON.stringify(await get("/api/notes?ids=ben-framework"))).toContain("Director of Research");
  await reader.page.goto(`${deskUrl}/?from=2025-01-01&to=2025-12-31`);
  await expect(reader.page.locator("#timeline")).toContainText("UN and agencies");
  await reader.page.goto(`${deskUrl}/present?story=accord-to-talks&step=1`);
  await expect(reader.page.locator("body")).toContainText("The accord is signed");
  await reader.context.close();
});
