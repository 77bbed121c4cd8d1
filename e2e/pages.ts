import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-users";

export { DEMO_PASSWORD, DEMO_USERS };

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAs(page: Page, role: keyof typeof DEMO_USERS) {
  await signIn(page, DEMO_USERS[role].email);
  await expect(page.getByTestId("current-user")).toHaveText(DEMO_USERS[role].name);
}
