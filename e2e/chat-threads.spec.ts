import { expect, test } from "@playwright/test";
import { openChat, signInAs } from "./pages";

const QUESTION = "What is waiting for my approval?";
// The inbox tool's words, whether the demo inbox holds items or not (lib/copilot/platform-chat.ts).
const ANSWER = /waiting for a decision|Nothing is waiting for your approval/;

test("the chat remembers: a reload brings the conversation back, New chat empties it, History lists the old one", async ({
  page,
}) => {
  await signInAs(page, "member");
  // Start clean whatever an earlier run of this journey left behind.
  const opened = await openChat(page, { fresh: true });
  let chat = opened.chat;
  const input = opened.input;
  await input.fill(QUESTION);
  await input.press("Enter");
  await expect(chat.getByText(ANSWER).first()).toBeVisible({ timeout: 20_000 });

  // After a reload the same conversation is there, from the database.
  chat = (await openChat(page)).chat;
  await expect(chat.getByTestId("copilot-user-message").filter({ hasText: QUESTION })).toHaveCount(1);
  await expect(chat.getByText(ANSWER).first()).toBeVisible();

  // New chat: an empty conversation.
  await chat.getByRole("button", { name: "New chat" }).click();
  await expect(chat.getByTestId("copilot-user-message")).toHaveCount(0);
  await expect(chat.getByText(ANSWER)).toHaveCount(0);

  // History lists the earlier one, newest first; choosing it (by keyboard) brings it back.
  await chat.getByRole("button", { name: "History" }).click();
  const recent = chat.getByRole("navigation", { name: "Recent chats" });
  const earlier = recent.getByRole("button", { name: new RegExp(QUESTION.replace("?", "\\?")) }).first();
  await expect(earlier).toContainText(/now|minute/);
  await earlier.focus();
  await page.keyboard.press("Enter");
  await expect(recent).toBeHidden();
  await expect(chat.getByTestId("copilot-user-message").filter({ hasText: QUESTION })).toHaveCount(1);
});
