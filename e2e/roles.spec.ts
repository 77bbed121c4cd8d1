import { expect, test } from "@playwright/test";
import { signInAs } from "./pages";

test("a viewer is refused Settings and cannot change agent modes", async ({ page }) => {
  await signInAs(page, "viewer");
  const response = await page.goto("/settings");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  await page.goto("/agents");
  await expect(page.getByRole("heading", { name: /Sales agent/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
});

test("an admin sees the team and the active providers, and can change an agent's mode", async ({ page }) => {
  await signInAs(page, "admin");
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Sam Okafor" })).toBeVisible();
  await expect(page.getByText("Embedded Postgres (PGlite)")).toBeVisible();

  await page.getByRole("link", { name: "Agents" }).click();
  const operations = page.getByRole("listitem").filter({ hasText: "Operations agent" });
  await page.getByLabel("Mode of the Operations agent").selectOption("assisted");
  await operations.getByRole("button", { name: "Save" }).click();
  await expect(operations.getByRole("status")).toHaveText("Saved");
  await page.reload();
  await expect(page.getByRole("heading", { name: /Operations agent/ })).toContainText("Assisted");
  await expect(page.getByLabel("Mode of the Operations agent")).toHaveValue("assisted");
  // Agents that are not built say so, with no mode to set.
  const marketing = page.getByRole("listitem").filter({ hasText: "Marketing agent" });
  await expect(marketing).toContainText("Not built yet");
  await expect(page.getByLabel("Mode of the Marketing agent")).toHaveCount(0);
  // The Analytics agent has its read tools, so it works today and has a mode like the others.
  const analytics = page.getByRole("listitem").filter({ hasText: "Analytics agent" });
  await expect(analytics).toContainText("4 tools");
  await expect(page.getByLabel("Mode of the Analytics agent")).toHaveValue("full_auto");

  // Back to the default, for the journeys after this one.
  await page.getByLabel("Mode of the Operations agent").selectOption("full_auto");
  await operations.getByRole("button", { name: "Save" }).click();
  await expect(operations.getByRole("status")).toHaveText("Saved");
});

test("the owner switches organization and sees only that organization's events", async ({ page }) => {
  await signInAs(page, "owner");
  await page.getByLabel("Organization").selectOption({ label: "Harbor Lights Collective" });
  await expect(page.getByRole("heading", { name: "Harbor Lights Winter Market", level: 3 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "DevConf Lisbon" })).toHaveCount(0);
  await page.goto("/inbox");
  await expect(page.getByRole("heading", { name: "Nothing needs your decision" })).toBeVisible();
  await page.goto("/activity");
  await expect(page.getByRole("heading", { name: "No agent activity yet" })).toBeVisible();
});

test("a tampered mode is refused with a clear message and changes nothing", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/agents");
  await page.getByLabel("Mode of the Sales agent").evaluate((select: HTMLSelectElement) => {
    const option = select.options[0] as HTMLOptionElement;
    option.value = "do_anything";
    select.value = "do_anything";
  });
  const sales = page.getByRole("listitem").filter({ hasText: "Sales agent" });
  await sales.getByRole("button", { name: "Save" }).click();
  await expect(sales.getByRole("status")).toHaveText("Choose full auto, assisted or review only.");
  await page.reload();
  await expect(page.getByRole("heading", { name: /Sales agent/ })).toContainText("Assisted (default)");
});
