import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./pages";

const completedRun = (page: Page, functionName: string) =>
  page
    .getByRole("table", { name: "Runs, newest first" })
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: functionName, exact: true }) })
    .filter({ hasText: "completed" })
    .first();

async function openRunsUntil(page: Page, ...functionNames: string[]) {
  await expect(async () => {
    await page.goto("/runs");
    for (const name of functionNames) await expect(completedRun(page, name)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

// DevConf Lisbon trips no operations rule, so launching it leaves the inbox the other specs count alone.
test("the owner launches an event's agents and follows the durable run", async ({ page }) => {
  await signInAs(page, "owner");
  await page.getByRole("link", { name: /DevConf Lisbon/ }).click();
  const launch = page.getByRole("region", { name: "Event launch" });
  await expect(launch.getByRole("row", { name: /^Set up deadline, sales and budget tracking/ })).toContainText(
    "Not launched",
  );
  await launch.getByRole("button", { name: "Launch the agents" }).click();
  await expect(launch.getByRole("status")).toContainText("Launch started");

  await openRunsUntil(page, "Event launch", "Operations: daily check");
  await completedRun(page, "Event launch").getByRole("link", { name: "Event launch" }).click();
  await expect(page.getByRole("heading", { name: "Event launch", level: 1 })).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Set up deadline, sales and budget tracking" }),
  ).toContainText("completed");

  await page.goBack();
  await page.goBack();
  await page.reload();
  const tracking = launch.getByRole("row", { name: /^Set up deadline, sales and budget tracking/ });
  await expect(tracking).toContainText("Done");
  await expect(launch.getByRole("row", { name: /^Analyze the target audience/ })).toContainText(
    "Agent not available yet",
  );
  await expect(launch.getByRole("row", { name: /^Run the sponsor outreach/ })).toContainText("Blocked");
  await expect(launch.getByRole("button", { name: "Launch again" })).toBeVisible();
});

test("an admin runs a schedule now and sees its run complete", async ({ page }) => {
  await signInAs(page, "owner");
  await page.getByRole("link", { name: "Runs", exact: true }).click();
  const schedules = page.getByRole("region", { name: "Schedules" });
  await expect(schedules.getByRole("heading", { name: "Every hour", exact: true })).toBeVisible();
  const every4Hours = schedules.getByRole("listitem", { name: "Every 4 hours", exact: true });
  await every4Hours.getByRole("button", { name: "Run now" }).click();
  await expect(every4Hours.getByRole("status")).toContainText("Every 4 hours: started");
  await openRunsUntil(page, "Schedule: every 4 hours");
});
