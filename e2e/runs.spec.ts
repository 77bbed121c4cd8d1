import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./pages";

const completedRun = (page: Page, functionName: string) =>
  page
    .getByRole("table", { name: "Runs, newest first" })
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: functionName, exact: true }) })
    .filter({ hasText: "completed" })
    .first();

// The daily checks start only for events where it is past 08:00 local time (Lisbon, Dublin, Chicago in
// the demo), so between about 05:00 and 07:00 UTC the hourly schedule finds nothing due.
test("the owner runs the hourly schedule now and follows it to the daily check it started", async ({ page }) => {
  await signInAs(page, "owner");
  await page.getByRole("link", { name: "Runs", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Runs", level: 1 })).toBeVisible();

  const schedules = page.getByRole("region", { name: "Schedules" });
  await expect(schedules.getByRole("heading", { name: "Every hour", exact: true })).toBeVisible();
  await expect(schedules.getByRole("heading", { name: "Every 4 hours", exact: true })).toBeVisible();

  const hourly = schedules.getByRole("listitem", { name: "Every hour", exact: true });
  await hourly.getByRole("button", { name: "Run now" }).click();
  await expect(hourly.getByRole("status")).toContainText("Every hour: started");

  await expect(async () => {
    await page.reload();
    await expect(completedRun(page, "Schedule: every hour")).toBeVisible({ timeout: 1_000 });
    await expect(completedRun(page, "Operations: daily check")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  await completedRun(page, "Operations: daily check").getByRole("link", { name: "Operations: daily check" }).click();
  await expect(page.getByRole("heading", { name: "Operations: daily check", level: 1 })).toBeVisible();
  const step = page.getByRole("listitem").filter({ hasText: "run-daily-operations" });
  await expect(step).toContainText("completed");
});
