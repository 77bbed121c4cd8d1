import { expect, test } from "@playwright/test";
import { openChat, signInAs } from "./pages";

test("the organizer asks the chat for an assisted operations check and decides from the chat", async ({ page }) => {
  await signInAs(page, "owner");
  await page.getByRole("link", { name: /Riverside Jazz Fest/ }).click();
  await expect(page.getByRole("heading", { name: "Riverside Jazz Fest", level: 1 })).toBeVisible();
  const { input } = await openChat(page, { fresh: true });
  await input.fill("Run the operations check for Riverside Jazz Fest in assisted mode");
  await input.press("Enter");
  // Outward work waits for the person: the card says what will happen, in which mode.
  const confirmation = page.getByTestId("chat-confirmation");
  await expect(confirmation).toContainText("Assisted: each write waits in the Inbox for an approval", {
    timeout: 20_000,
  });
  await confirmation.getByRole("button", { name: "Confirm" }).click();

  const cards = page.getByTestId("chat-approval");
  await expect(cards).toHaveCount(9, { timeout: 20_000 });
  const food = cards.filter({ hasText: "Food truck permits" });
  await food.getByRole("button", { name: "Approve" }).click();
  await expect(food.getByRole("status")).toHaveText("Approved and done.");

  const volunteers = cards.filter({ hasText: "Volunteer shift schedule" });
  await volunteers.getByRole("button", { name: "Reject" }).click();
  await expect(volunteers.getByRole("alert")).toContainText("Say why you reject it");
  await volunteers.getByLabel(/Reason for rejecting/).fill("Keisha already confirmed by phone");
  await volunteers.getByRole("button", { name: "Reject" }).click();
  await expect(volunteers.getByRole("status")).toHaveText("Rejected. The agent will not act.");

  await page.goto("/outbox");
  await expect(page.getByText("Overdue: Food truck permits filed with the city for Riverside Jazz Fest")).toHaveCount(
    1,
  );
  await expect(page.getByText(/Volunteer shift schedule/)).toHaveCount(0);

  await page.goto("/inbox");
  const decided = page.getByRole("region", { name: "Recently decided" });
  await expect(decided.getByRole("listitem").filter({ hasText: "Food truck permits" })).toContainText("approved");
  await expect(decided.getByRole("listitem").filter({ hasText: "Keisha already confirmed by phone" })).toContainText(
    "rejected",
  );

  await page.goto("/activity");
  await expect(page.getByRole("link", { name: "Operations: reminder sent" }).first()).toBeVisible();
  await expect(page.getByText("Decision: rejected")).toBeVisible();
});

test("the dashboard button runs the same check; an event on track needs nothing", async ({ page }) => {
  await signInAs(page, "member");
  await page.getByRole("link", { name: /DevConf Lisbon/ }).click();
  await page.getByRole("button", { name: "Run the operations check" }).click();
  await expect(
    page.getByText("All clear: nothing overdue, sales and budget within limits, vendors confirmed."),
  ).toBeVisible();
});
