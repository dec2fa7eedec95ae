import { ACCOUNTS } from "./desk-accounts";
import { anonymous, expect, said, signIn, signInPage, test, writeHeaders } from "./desk-fixtures";

/**
 * Review mode (DESK_REVIEW=1, docs/DESK.md): an editor's change waits for a second editor, who
 * approves it by publishing it. On a desk server of its own with review on, seeded from tests/fixtures/desk.
 */
test("with review on, an editor's change waits for a second editor, who approves and publishes it; the author cannot publish it, even through the API", async ({ browser, reviewDeskUrl: url }) => {
  const [a, b] = [await browser.newContext(), await browser.newContext()];
  const [author, reviewer] = [await a.newPage(), await b.newPage()];
  await signInPage(author, url, ACCOUNTS.editor);
  await expect(author.locator(".desk-review-note")).toContainText("Review is on");

  await author.getByRole("button", { name: /A back channel is rumoured/ }).click();
  await author.locator(".desk-form").getByLabel("Title", { exact: true }).first().fill("A back channel is reported");
  await author.getByRole("button", { name: "Save draft" }).click();
  await expect(said(author)).toContainText("Saved as a draft");
  // The author is not offered to publish their own change.
  await expect(author.locator(".desk-actions")).toContainText("another editor publishes your change");
  await expect(author.getByRole("button", { name: /publish this change/i })).toHaveCount(0);
  await author.getByRole("button", { name: /^Changes/ }).click();
  const mine = author.locator(".desk-draft", { hasText: "rumoured-channel" });
  await expect(mine).toContainText("yours: awaiting another editor");
  await expect(author.getByRole("button", { name: /Approve and publish|Publish all/ })).toHaveCount(0);
  await expect(author.locator(".desk-page")).toContainText("Every change here is yours");

  // Hiding the button is not the rule: the server refuses the author's publish.
  const csrf = await signIn(a.request, url, ACCOUNTS.editor);
  const refused = await a.request.post(`${url}/api/desk/publish`, { headers: writeHeaders(url, csrf), data: {} });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toMatch(/review is on: another editor must publish your own changes \(event rumoured-channel\)/);
  expect((await (await a.request.get(`${url}/api/events/rumoured-channel`)).json()).title).toBe("A back channel is rumoured");

  // The second editor sees it for review, with the author and the difference, and approves it.
  await signInPage(reviewer, url, ACCOUNTS.second);
  await reviewer.getByRole("button", { name: /^Changes/ }).click();
  const theirs = reviewer.locator(".desk-draft", { hasText: "rumoured-channel" });
  await expect(theirs).toContainText(`changed by ${ACCOUNTS.editor}`);
  await expect(theirs).toContainText("for you to review");
  await theirs.getByText("1 field differs from what readers see").click();
  await expect(theirs.locator(".desk-diff")).toContainText("A back channel is reported");
  await reviewer.getByLabel("Note on this publication").fill("Checked against the wire report");
  await reviewer.getByRole("button", { name: "Approve and publish 1 change by other editors" }).click();
  await expect(reviewer.locator(".desk-page .desk-status")).toContainText("Published 1 change as publication 2");

  // Readers see it; the whole history names who published it.
  const reader = await anonymous(browser);
  await expect.poll(async () => (await (await reader.page.request.get(`${url}/api/events/rumoured-channel`)).json()).title).toBe("A back channel is reported");
  await reviewer.getByRole("button", { name: "History", exact: true }).click();
  await expect(reviewer.locator(".desk-page")).toContainText(ACCOUNTS.second);
  await expect(reviewer.locator(".desk-page")).toContainText("Checked against the wire report");
  await Promise.all([a.close(), b.close(), reader.context.close()]);
});
