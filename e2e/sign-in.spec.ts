import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, signIn, signInAs } from "./pages";

test("a visitor is sent to sign in, and the demo sign-in is shown", async ({ page }) => {
  await page.goto("/events");
  await expect(page).toHaveURL(/\/login\?next=%2Fevents$/);
  const demo = page.getByRole("complementary", { name: "Demo sign-in" });
  await expect(demo).toContainText(DEMO_USERS.owner.email);
  await expect(demo).toContainText(DEMO_PASSWORD);
});

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await signIn(page, DEMO_USERS.owner.email, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "match an account" })).toHaveText(
    "That email and password don't match an account. Check them and try again.",
  );
  await expect(page.getByLabel("Email")).toHaveValue(DEMO_USERS.owner.email);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("a malformed email is explained next to the field", async ({ page }) => {
  await signIn(page, "maya-at-northwind", "x");
  await expect(page.getByText("Enter your email address, like name@company.com.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("the organizer signs in, sees the events, opens one, switches event and signs out", async ({ page }) => {
  await signInAs(page, "owner");
  await expect(page.getByRole("heading", { name: "Good to see you, Maya" })).toBeVisible();
  for (const name of ["DevConf Lisbon", "Riverside Jazz Fest", "Northwind Summit"]) {
    await expect(page.getByRole("heading", { name, level: 3 })).toBeVisible();
  }
  await expect(page.getByText("Far behind pace")).toBeVisible();

  await page.getByRole("link", { name: /Riverside Jazz Fest/ }).click();
  await expect(page.getByRole("heading", { name: "Riverside Jazz Fest", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sales to date against target" })).toBeVisible();
  await expect(page.locator(".recharts-line")).toHaveCount(2);
  await expect(page.getByRole("cell", { name: "Weekend Pass" })).toBeVisible();

  await page.getByLabel("Event", { exact: true }).selectOption({ label: "DevConf Lisbon" });
  await expect(page.getByRole("heading", { name: "DevConf Lisbon", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Event", { exact: true })).toHaveValue(/[0-9a-f-]{36}/);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/events");
  await expect(page).toHaveURL(/\/login/);
});

test("an unknown event id answers 404, not an error", async ({ page }) => {
  await signInAs(page, "owner");
  const response = await page.goto("/events/not-an-event");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
});
