import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, signIn } from "./pages";

// This project's server has SUPABASE_URL and SUPABASE_ANON_KEY set (scripts/e2e.ts).

test("sign-in goes through Supabase Auth and says so", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByText("Supabase Auth at 127.0.0.1:54321")).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Demo sign-in" })).toHaveCount(0);
});

test("a wrong password is refused by Supabase with the usual clear message", async ({ page }) => {
  await signIn(page, DEMO_USERS.owner.email, "wrong-password");
  await expect(page.getByRole("alert").filter({ hasText: "match an account" })).toBeVisible();
});

test("a Supabase identity without an EventOS membership is told it has no access", async ({ page }) => {
  await signIn(page, "stranger@example.com", DEMO_PASSWORD);
  await expect(page.getByRole("alert").filter({ hasText: "no access to EventOS yet" })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("a Supabase identity whose email is not confirmed is asked to confirm it, not let in as that member", async ({
  page,
}) => {
  // scripts/e2e.ts registers the demo admin's address with the fake Supabase Auth, unconfirmed.
  await signIn(page, DEMO_USERS.admin.email);
  await expect(page.getByRole("alert").filter({ hasText: "email address is not confirmed yet" })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("the organizer signs in with Supabase, works, and signs out", async ({ page }) => {
  await signIn(page, DEMO_USERS.owner.email);
  await expect(page.getByTestId("current-user")).toHaveText(DEMO_USERS.owner.name);
  await expect(page.getByRole("heading", { name: "Riverside Jazz Fest", level: 3 })).toBeVisible();
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByText("Supabase Auth at 127.0.0.1:54321")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/events");
  await expect(page).toHaveURL(/\/login/);
});

test("a person invited by email signs in with Supabase and joins with the invited role", async ({ page }) => {
  // robin.diaz@example.com has a (confirmed) Supabase account but no EventOS user (scripts/e2e.ts).
  const invitee = "robin.diaz@example.com";
  await signIn(page, DEMO_USERS.owner.email);
  await expect(page.getByTestId("current-user")).toHaveText(DEMO_USERS.owner.name);
  await page.goto("/settings");
  await page.getByLabel("Email address").fill(invitee);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Invitation sent" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);

  await signIn(page, invitee);
  await expect(page.getByTestId("current-user")).toHaveText("Robin Diaz");
  await expect(page.getByText(`Viewer · ${invitee}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Your account" })).toBeVisible();
});
