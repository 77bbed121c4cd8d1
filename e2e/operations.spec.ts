import { expect, test } from "@playwright/test";
import { signInAs } from "./pages";

test("an organizer runs the operations check in assisted mode and decides in the inbox", async ({ page }) => {
  await signInAs(page, "owner");
  await page.getByRole("link", { name: /Riverside Jazz Fest/ }).click();
  await page.getByLabel("Mode for this run").selectOption("assisted");
  await page.getByRole("button", { name: "Run the operations check" }).click();
  const results = page.getByRole("status").filter({ hasText: "action(s)" });
  await expect(results).toContainText('Remind Tom Becker about "Food truck permits filed with the city"');
  await expect(results).toContainText("Escalate lagging ticket sales");
  await expect(results.getByText("needs approval").first()).toBeVisible();

  await page.getByRole("link", { name: /^Inbox/ }).click();
  const decided = page.getByRole("region", { name: "Recently decided" });
  const pending = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Approve" }) });
  await pending.filter({ hasText: "Food truck permits" }).getByRole("button", { name: "Approve" }).click();
  await expect(decided.getByRole("listitem").filter({ hasText: "Food truck permits" })).toContainText("approved");

  const volunteers = pending.filter({ hasText: "Volunteer shift schedule" });
  await volunteers.getByRole("button", { name: "Reject" }).click();
  await expect(volunteers.getByRole("alert")).toContainText("Say why you reject it");
  await volunteers.getByLabel(/Reason for rejecting/).fill("Keisha already confirmed by phone");
  await volunteers.getByRole("button", { name: "Reject" }).click();
  await expect(decided.getByRole("listitem").filter({ hasText: "Keisha already confirmed by phone" })).toContainText(
    "rejected",
  );

  await page.getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByText("Overdue: Food truck permits filed with the city for Riverside Jazz Fest")).toHaveCount(
    1,
  );
  await expect(page.getByText(/Volunteer shift schedule/)).toHaveCount(0);

  await page.getByRole("link", { name: "Activity" }).click();
  await expect(page.getByRole("link", { name: "Operations: reminder sent" }).first()).toBeVisible();
  await expect(page.getByText("Decision: rejected")).toBeVisible();
});
