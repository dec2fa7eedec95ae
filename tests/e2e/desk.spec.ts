import { readFileSync } from "node:fs";
import path from "node:path";
import { ACCOUNTS } from "./desk-accounts";
import { anonymous, expect, field, said, seriousViolations, signInPage, test } from "./desk-fixtures";
import { testDeadline } from "../deadline";

const AUTUMN = JSON.parse(readFileSync(path.resolve("tests/fixtures/desk-snapshot/autumn.json"), "utf8"));

test.describe.configure({ mode: "serial" });

test("an editor adds an event on 28 February 2026 with two sources, previews and publishes it; readers see it everywhere; its history restores the earlier state", async ({ page, deskUrl, browser }) => {
  test.setTimeout(testDeadline(90_000));
  await signInPage(page, deskUrl, ACCOUNTS.editor);
  await page.getByRole("button", { name: "New event" }).click();
  await field(page, "Id", "envoys-meet-in-oman");
  await field(page, "Title", "Envoys meet in Oman");
  await field(page, "Summary", "The envoys meet in Muscat for the first round of 2026.");
  await field(page, "Date", "2026-02-28");
  await page.locator(".desk-form").getByLabel("Importance").selectOption("2");
  await field(page, "Actors", "North, South");
  const first = page.locator("#f-sources-0");
  await field(page, "Title", "Envoys meet in Muscat", first);
  await field(page, "Publisher", "Example Wire", first);
  await field(page, "URL", "https://example.org/envoys-muscat", first);
  await page.getByRole("button", { name: "Add source" }).click();
  const second = page.locator("#f-sources-1");
  await field(page, "Title", "Statement on the Muscat meeting", second);
  await field(page, "Publisher", "Ministry of Foreign Affairs of South", second);
  await field(page, "URL", "https://example.org/muscat-statement", second);
  await second.getByLabel("Type").selectOption("official");
  // The preview draws the event, highlighted, among the published events around it.
  await expect(page.locator('.desk-preview svg g.mark.is-selected[data-event="envoys-meet-in-oman"]')).toBeVisible();
  await expect(page.locator('.desk-preview svg g.mark[data-event="summit-2026"]')).toBeVisible();
  await page.getByLabel("Reason for the change").fill("The first round of 2026");
  await page.getByRole("button", { name: "Save new event as draft" }).click();
  await expect(said(page)).toContainText("Saved as a draft");
  // A draft is not public.
  expect((await (await page.request.get(`${deskUrl}/api/window?from=2026-02-01&to=2026-03-31`)).json()).items.map((i: { id: string }) => i.id)).not.toContain("envoys-meet-in-oman");
  await page.getByRole("button", { name: "Publish this change" }).click();
  await expect(said(page)).toContainText("Published");

  const reader = await anonymous(browser);
  await reader.page.goto(`${deskUrl}/?from=2026-01-01&to=2026-04-01`);
  await expect(reader.page.locator('#timeline svg g.mark[data-event="envoys-meet-in-oman"]')).toBeVisible();
  const window = await (await reader.page.request.get(`${deskUrl}/api/window?from=2026-02-01&to=2026-03-31`)).json();
  expect(window.items.map((i: { id: string }) => i.id)).toContain("envoys-meet-in-oman");
  await reader.page.goto(`${deskUrl}/report?from=2026-02-01&to=2026-03-31`);
  await expect(reader.page.locator("table.report-events")).toContainText("Envoys meet in Oman");
  const exported = await (await reader.page.request.get(`${deskUrl}/api/export?format=json&from=2026-02-01&to=2026-03-31`)).json();
  expect(exported.events.map((e: { id: string; sources: unknown[] }) => [e.id, e.sources.length])).toContainEqual(["envoys-meet-in-oman", 2]);

  // A second revision, published; the history shows both; restoring the first brings its title back.
  await page.locator(".desk-form").getByLabel("Title", { exact: true }).first().fill("Envoys meet in Muscat");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(said(page)).toContainText("Saved as a draft");
  await page.getByRole("button", { name: "Publish this change" }).click();
  await expect(said(page)).toContainText("Published");
  await page.getByRole("button", { name: "Show history" }).click();
  const revisions = page.locator(".desk-revision");
  await expect(revisions).toHaveCount(2);
  await expect(revisions.first()).toContainText(`edited by ${ACCOUNTS.editor}`);
  await expect(revisions.nth(1)).toContainText("“The first round of 2026”");
  await revisions.first().getByText("What changed").click();
  await expect(revisions.first().locator(".desk-diff")).toContainText("Envoys meet in Oman");
  await revisions.nth(1).getByRole("button", { name: /Restore revision/ }).click();
  await expect(page.locator(".desk-history [role=status]")).toContainText("restored as a new draft");
  await expect(page.locator(".desk-form").getByLabel("Title", { exact: true }).first()).toHaveValue("Envoys meet in Oman");
  await page.getByRole("button", { name: "Publish this change" }).click();
  await expect(said(page)).toContainText("Published");
  await expect
    .poll(async () => (await (await reader.page.request.get(`${deskUrl}/api/events/envoys-meet-in-oman`)).json()).title)
    .toBe("Envoys meet in Oman");
  await reader.context.close();
});

test("a second editor's stale save is refused with the difference, and nothing is lost", async ({ browser, deskUrl }) => {
  const [a, b] = [await browser.newContext(), await browser.newContext()];
  const [first, second] = [await a.newPage(), await b.newPage()];
  await signInPage(first, deskUrl, ACCOUNTS.editor);
  await signInPage(second, deskUrl, ACCOUNTS.second);
  for (const page of [first, second]) {
    await page.getByRole("button", { name: /Inspectors return/ }).click();
    await expect(page.locator(".desk-editor h2")).toHaveText("Inspectors return");
  }
  await first.locator(".desk-form").getByLabel("Summary").fill("Agency inspectors return to all four sites.");
  await first.getByRole("button", { name: "Save draft" }).click();
  await expect(said(first)).toContainText("Saved as a draft");
  await second.locator(".desk-form").getByLabel("Date note").fill("The agency gives the start as 1 June, local time.");
  await second.getByRole("button", { name: "Save draft" }).click();
  const conflict = second.locator(".desk-conflict");
  await expect(conflict).toContainText(`${ACCOUNTS.editor} saved this event`);
  await expect(conflict.locator("table").first()).toContainText("Agency inspectors return to all four sites.");
  await expect(conflict.locator("table").nth(1)).toContainText("dateNote");
  // The second editor's text is still in the form.
  await expect(second.locator(".desk-form").getByLabel("Date note")).toHaveValue("The agency gives the start as 1 June, local time.");
  await second.getByRole("button", { name: "Save mine over theirs" }).click();
  await expect(said(second)).toContainText("Saved as a draft");
  await Promise.all([a.close(), b.close()]);
});

test("bad input is named at its field and never saved: empty fields, a 10 MB paste, bidi controls, a script URL", async ({ page, deskUrl }) => {
  await signInPage(page, deskUrl, ACCOUNTS.editor);
  await page.getByRole("button", { name: "New event" }).click();
  await page.getByRole("button", { name: "Save new event as draft" }).click();
  const summary = page.locator(".desk-summary");
  await expect(page.locator(".desk-summary-anchor")).toBeFocused();
  for (const path of ["id", "title", "summary", "date", "sources.0.title", "sources.0.publisher", "sources.0.url"]) await expect(summary).toContainText(`${path}:`);
  await expect(page.locator("#f-title-messages")).toBeVisible();
  await expect(page.locator("#f-title")).toHaveAttribute("aria-invalid", "true");

  await field(page, "Id", "hostile-input");
  await field(page, "Title", "Report \u202Egnp.exe");
  await field(page, "URL", "javascript:alert(1)", page.locator("#f-sources-0"));
  // A 10 MB paste, as the browser delivers one: one input event with the whole text.
  await page.locator("#f-summary").evaluate((node, size) => {
    const area = node as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(area, "x".repeat(size));
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, 10 * 1024 * 1024);
  await expect(page.locator("#f-summary-messages")).toContainText("is 10,485,760 characters long; at most 2,000 allowed here");
  await expect(page.locator("#f-title-messages")).toContainText("bidirectional control character U+202E");
  await expect(page.locator("#f-sources-0-url-messages")).toContainText("must be an http(s) URL");
  await page.getByRole("button", { name: "Save new event as draft" }).click();
  await expect(page.locator(".desk-summary-anchor")).toBeFocused();
  const found = await (await page.request.get(`${deskUrl}/api/desk/records?kind=event&q=hostile`)).json();
  expect(found.total).toBe(0);
});

test("a second commentary snapshot is opened, filled and published; the explorer shows the latest and switches to the first; the report names it", async ({ page, deskUrl, browser }) => {
  test.setTimeout(testDeadline(60_000));
  await signInPage(page, deskUrl, ACCOUNTS.editor);
  await page.getByRole("button", { name: "Commentary" }).click();
  await page.getByRole("button", { name: "Open a new snapshot" }).click();
  const { snapshot, notes } = AUTUMN;
  await field(page, "Id", snapshot.id);
  await field(page, "Title", snapshot.title);
  await field(page, "As of", snapshot.asOf);
  await field(page, "Line label", snapshot.asOfLabel);
  await page.getByRole("button", { name: "Add source" }).click();
  const source = page.locator("#f-source");
  await field(page, "Title", snapshot.source.title, source);
  await field(page, "Publisher", snapshot.source.publisher, source);
  await field(page, "URL", snapshot.source.url, source);
  await source.getByLabel("Type").selectOption(snapshot.source.type);
  await page.getByRole("button", { name: "Save new snapshot as draft" }).click();
  await expect(said(page)).toContainText("Saved as a draft");

  const note = notes[0];
  await page.getByRole("button", { name: "Add a note" }).click();
  await field(page, "Id", note.id);
  await page.locator(".desk-form").getByLabel("Expert").selectOption(note.expert);
  await expect(page.locator(".desk-form").getByLabel("Snapshot")).toHaveValue(snapshot.id);
  await field(page, "Headline", note.headline);
  await field(page, "Quote", note.quote);
  await page.locator("#f-anchors-events").fill("inspectors");
  await page.locator(".desk-pick-results button", { hasText: "inspectors-return" }).click();
  await field(page, "Theme", note.theme);
  const noteSource = page.locator("#f-source");
  await field(page, "Title", snapshot.source.title, noteSource);
  await field(page, "Publisher", snapshot.source.publisher, noteSource);
  await field(page, "URL", snapshot.source.url, noteSource);
  await page.getByRole("button", { name: "Save new note as draft" }).click();
  await expect(said(page)).toContainText("Saved as a draft");

  await page.getByRole("button", { name: new RegExp(snapshot.title) }).click();
  await page.getByRole("button", { name: "Publish this snapshot and its notes" }).click();
  await expect(said(page)).toContainText("Published: publication");
  await expect(said(page)).toContainText("2 changes");

  const reader = await anonymous(browser);
  await reader.page.goto(`${deskUrl}/`);
  const switcher = reader.page.locator(".snapshot-switcher");
  await expect(switcher.locator("summary")).toContainText(`${snapshot.title}, as of 2 October 2025 (latest)`);
  await expect(reader.page.locator(".legend")).toContainText(snapshot.asOfLabel);
  await switcher.locator("summary").click();
  await switcher.getByRole("link", { name: "Spring notes on the talks" }).click();
  await expect(reader.page).toHaveURL(/snapshot=spring-2025/);
  await expect(switcher.locator("summary")).toContainText("Spring notes on the talks, as of 19 April 2025 (earlier snapshot)");
  await expect(reader.page.locator(".legend")).toContainText("Spring notes, April 2025");
  // The autumn note is drawn with the latest snapshot, not with the spring one.
  const notesOf = async (query: string) => (await (await reader.page.request.get(`${deskUrl}/api/window?from=2025-05-01&to=2025-07-31${query}`)).json()).notes.map((n: { id: string }) => n.id);
  expect(await notesOf("")).toContain(note.id);
  expect(await notesOf("&snapshot=spring-2025")).not.toContain(note.id);
  await reader.page.goto(`${deskUrl}/?from=2025-05-01&to=2025-07-31`);
  await expect(reader.page.getByText(note.headline).first()).toBeVisible();
  await reader.page.goto(`${deskUrl}/report?from=2025-01-01&to=2025-12-31&snapshot=spring-2025`);
  await expect(reader.page.locator(".report-facts")).toContainText("Spring notes on the talks");
  await reader.page.goto(`${deskUrl}/report?from=2025-01-01&to=2025-12-31`);
  await expect(reader.page.locator(".report-facts")).toContainText(snapshot.title);
  await reader.context.close();
});

test("the desk by keyboard alone, with visible focus; axe finds nothing serious; a phone's width works", async ({ page, deskUrl }) => {
  await page.goto(`${deskUrl}/desk`);
  expect(await seriousViolations(page)).toEqual([]);
  // The way back to the timeline, then the form.
  const email = page.getByLabel("Email");
  for (let i = 0; i < 3 && !(await email.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(email).toBeFocused();
  expect(await email.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
  await page.keyboard.type(ACCOUNTS.editor);
  await page.keyboard.press("Tab");
  await page.keyboard.type("desk test password 2026");
  await page.keyboard.press("Enter");
  await expect(page.locator(".desk-account summary")).toContainText(ACCOUNTS.editor);
  // Tab to the search box and type.
  const search = page.getByRole("searchbox", { name: "Search" });
  for (let i = 0; i < 20 && !(await search.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(search).toBeFocused();
  const outline = await search.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.type("accord signed");
  await expect(page.locator(".desk-result")).toHaveCount(1);
  // ↓ from the search box to the results (the filters between them are many Tab stops), Enter opens one.
  await page.keyboard.press("ArrowDown");
  await expect(page.locator(".desk-result")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(".desk-editor h2")).toHaveText("Accord signed in Geneva");
  await expect(page.locator('.desk-preview svg g.mark.is-selected[data-event="accord-signed"]')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Commentary" }).click();
  await page.getByRole("button", { name: /Spring notes on the talks/ }).click();
  expect(await seriousViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("button", { name: "Events" }).click();
  await page.getByRole("button", { name: /Council endorses the accord/ }).click();
  await expect(page.getByRole("button", { name: "← Back to the list" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
});
