import { expect, test } from "@playwright/test";
import { openChat, signInAs } from "./pages";

test("the copilot answers with figures, never acts on a question, asks before outward work and remembers the thread", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAs(page, "owner");
  await page.getByRole("link", { name: /Riverside Jazz Fest/ }).click();
  await expect(page.getByRole("heading", { name: "Riverside Jazz Fest", level: 1 })).toBeVisible();
  let { chat, input } = await openChat(page, { fresh: true });

  // The page's own questions are offered; the answer has the figures and a small chart.
  await expect(chat.getByRole("button", { name: "How are ticket sales?" })).toBeVisible();
  await input.fill("How are ticket sales?");
  await input.press("Enter");
  await expect(chat.getByText(/Riverside Jazz Fest: [\d,]+ of [\d,]+ tickets \(\d+%\), \d+ days out/)).toBeVisible({
    timeout: 20_000,
  });
  await expect(chat.getByTestId("chat-chart")).toBeVisible();

  // A question about outward work is answered in words, with the request as a button; nothing starts.
  await input.fill("How do I get more sponsors?");
  await input.press("Enter");
  await expect(chat.getByText(/Nothing has started: ask for it when you want it/)).toBeVisible({ timeout: 20_000 });
  await expect(chat.getByRole("button", { name: "Find sponsors for Riverside Jazz Fest" })).toBeVisible();
  await expect(chat.getByTestId("chat-confirmation")).toHaveCount(0);

  // Asked for, it shows what will happen and in which mode; only Confirm starts it.
  await input.fill("Find sponsors for Riverside Jazz Fest");
  await input.press("Enter");
  const card = chat.getByTestId("chat-confirmation");
  await expect(card).toContainText("Start the sponsor outreach campaign for Riverside Jazz Fest", { timeout: 20_000 });
  await expect(card).toContainText("Assisted: each write waits in the Inbox for an approval");
  await card.getByRole("button", { name: "Confirm" }).click();
  await expect(card.getByText(/Started the sponsor outreach campaign for Riverside Jazz Fest/)).toBeVisible();

  // Assisted: the prospect list reaches the inbox once the durable run has scored the companies.
  const list = /Start sponsor outreach for Riverside Jazz Fest/;
  await expect(async () => {
    await page.goto("/inbox");
    await expect(page.getByRole("listitem").filter({ hasText: list }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  ({ chat, input } = await openChat(page));
  await input.fill("What is waiting for my approval?");
  await input.press("Enter");
  const approval = chat.getByTestId("chat-approval").filter({ hasText: list });
  await expect(approval.first()).toBeVisible({ timeout: 20_000 });
  await expect(approval.first().getByRole("button", { name: "Approve" })).toBeVisible();

  // After a reload the same thread is back, and the cards show where they stand now.
  ({ chat } = await openChat(page));
  await expect(chat.getByTestId("copilot-user-message").filter({ hasText: "How are ticket sales?" })).toHaveCount(1);
  await expect(chat.getByTestId("chat-confirmation")).toContainText("Confirmed.");
  await expect(chat.getByTestId("chat-confirmation").getByRole("button", { name: "Confirm" })).toHaveCount(0);
  await expect(chat.getByTestId("chat-approval").filter({ hasText: list }).first()).toBeVisible();
});
