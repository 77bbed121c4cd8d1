import { expect, type Page, test } from "@playwright/test";
import { openChat, signInAs } from "./pages";

/** The inbox item whose text matches, approved from the Inbox page. */
async function approveInInbox(page: Page, text: RegExp) {
  await expect(async () => {
    await page.goto("/inbox");
    await expect(page.getByRole("listitem").filter({ hasText: text }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await page
    .getByRole("listitem")
    .filter({ hasText: text })
    .first()
    .getByRole("button", { name: "Approve", exact: true })
    .click();
  const decided = page.getByRole("region", { name: "Recently decided" });
  await expect(decided.getByRole("listitem").filter({ hasText: text }).first()).toContainText("approved");
}

/** The Sponsors board of one event, once it is the one shown. */
async function openBoard(page: Page, event: string) {
  await page.goto("/sponsors");
  const link = page.getByRole("navigation", { name: "Events" }).getByRole("link", { name: event, exact: true });
  await link.click();
  await expect(link).toHaveAttribute("aria-current", "page");
}

/** The first address on the Outbox page that matches `pattern`, once an email with it has been sent. */
async function linkInOutbox(page: Page, pattern: RegExp) {
  let link = "";
  await expect(async () => {
    await page.goto("/outbox");
    const text = (await page.locator("main").textContent()) ?? "";
    link = pattern.exec(text)?.[0] ?? "";
    expect(link).not.toBe("");
  }).toPass({ timeout: 30_000 });
  return link;
}

// DevConf Lisbon: the Sales agent is assisted by default, and three demo companies score 80+.
test("the organizer runs the Sales agent from the chat, approves the list and follows a prospect to a booked call", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "owner");
  await page.goto("/sponsors");
  const { input } = await openChat(page, { fresh: true });
  await input.fill("Find sponsors for DevConf Lisbon in assisted mode");
  await input.press("Enter");
  const confirmation = page.getByTestId("chat-confirmation");
  await expect(confirmation).toContainText("Start the sponsor outreach campaign for DevConf Lisbon", {
    timeout: 20_000,
  });
  await expect(confirmation).toContainText("3 prospects score 80+ today");
  await confirmation.getByRole("button", { name: "Confirm" }).click();
  await expect(confirmation.getByText(/Started the sponsor outreach campaign for DevConf Lisbon/)).toBeVisible();

  await approveInInbox(page, /Start sponsor outreach for DevConf Lisbon to 3 prospects/);

  // The proposals and first emails go out once the list is approved; the proposal page counts the view.
  const proposal = await linkInOutbox(page, /http:\/\/127\.0\.0\.1:3100\/p\/[\w-]+/);
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(/^DevConf Lisbon: a .+ sponsorship for /)).toHaveCount(3, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await page.goto(proposal);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("DevConf Lisbon");

  // The top prospect answers with interest: recorded on the board, and a meeting offer waits in the inbox.
  await openBoard(page, "DevConf Lisbon");
  const proposalSent = page.getByRole("region", { name: /^Proposal sent/ });
  const card = proposalSent.getByRole("listitem").first();
  const company = (await card.locator("p").first().textContent()) ?? "";
  await card.getByText("Record a reply").click();
  await card.getByLabel("Reply").fill("Sounds great, let's set up a call.");
  await card.getByRole("button", { name: "Record" }).click();
  await expect(card.getByRole("status").last()).toHaveText("Recorded as interested.");

  await approveInInbox(page, new RegExp(`Offer .* of ${company} a call`));
  const booking = await linkInOutbox(page, /http:\/\/127\.0\.0\.1:3100\/book\/[\w-]+/);
  await page.goto(booking);
  await page.getByRole("group").first().getByRole("button").first().click();
  await expect(page.getByText(/Your call is booked for/)).toBeVisible();

  await openBoard(page, "DevConf Lisbon");
  await expect(page.getByRole("region", { name: /^Negotiating/ }).getByText(company, { exact: true })).toBeVisible();
});
