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

/**
 * Reloads the page, waits for the copilot runtime (typing before hydration loses the message) and opens
 * the chat; with `fresh`, in a new conversation, so a journey sees only its own messages and cards.
 */
export async function openChat(page: Page, { fresh = false } = {}) {
  const ready = page.waitForResponse((response) => response.url().includes("/api/copilotkit") && response.ok());
  await page.reload();
  await ready;
  await page.getByRole("button", { name: /open chat/i }).click();
  const chat = page.getByTestId("copilot-popup");
  if (fresh) await chat.getByRole("button", { name: "New chat" }).click();
  return { chat, input: chat.getByPlaceholder("Ask the agents", { exact: false }) };
}
