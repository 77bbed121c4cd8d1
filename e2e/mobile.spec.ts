import { expect, type Page, test } from "@playwright/test";
import { openChat, signInAs } from "./pages";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** The page itself never scrolls sideways on a phone; wide content scrolls inside its own box. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${page.url()} is wider than the phone`).toBeLessThanOrEqual(1);
}

async function goByMenu(page: Page, link: string) {
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link }).click();
  await expect(page.getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "false");
}

test("on a phone the sidebar is a menu and every page fits the screen", async ({ page }) => {
  await signInAs(page, "owner");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expectNoSidewaysScroll(page);
  for (const [link, heading] of [
    ["Events", "Events"],
    ["Agents", "Agents"],
    ["Inbox", "Inbox"],
    ["Activity", "Activity"],
    ["Runs", "Runs"],
    ["Outbox", "Outbox"],
    ["Settings", "Settings"],
  ] as const) {
    await goByMenu(page, link);
    await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page);
  }
  await page.getByRole("button", { name: "Menu" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Menu" })).toBeFocused();
});

test("on a phone an event page reads top to bottom and the sponsor board scrolls sideways", async ({ page }) => {
  await signInAs(page, "owner");
  await page.getByRole("link", { name: /Riverside Jazz Fest/ }).click();
  await expect(page.getByRole("heading", { name: "Riverside Jazz Fest", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sales to date against target" })).toBeVisible();
  await expectNoSidewaysScroll(page);

  await goByMenu(page, "Sponsors");
  const firstStage = page.locator("main section[aria-label]").first();
  await expect(firstStage).toBeVisible();
  const board = firstStage.locator("xpath=..");
  const { scrollWidth, clientWidth } = await board.evaluate((element) => ({
    scrollWidth: element.scrollWidth,
    clientWidth: element.clientWidth,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  const card = await firstStage.boundingBox();
  expect(card?.width ?? 0).toBeGreaterThanOrEqual(250);
  await expectNoSidewaysScroll(page);
});

test("on a phone the copilot chat fills the screen", async ({ page }) => {
  await signInAs(page, "owner");
  const { input } = await openChat(page, { fresh: true });
  await expect(input).toBeVisible();
  const window = await page.locator(".copilotKitWindow").boundingBox();
  expect(window?.width).toBeGreaterThanOrEqual(385);
  expect(window?.height).toBeGreaterThanOrEqual(800);
  await input.fill("what is overdue?");
  await input.press("Enter");
  await expect(page.locator(".copilotKitWindow")).toContainText(/overdue|deliverable/i, { timeout: 20_000 });
});

test("on a phone the attendee help page fits the screen, search and chat included", async ({ page }) => {
  await page.goto("/help/riverside-jazz-fest?q=parking");
  await expect(page.getByRole("heading", { name: "Riverside Jazz Fest", level: 1 })).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: /articles? for “parking”/ })
      .getByRole("link")
      .first(),
  ).toBeVisible();
  await expectNoSidewaysScroll(page);
  const email = page.getByLabel("Your email");
  await email.scrollIntoViewIfNeeded();
  await expect(email).toBeInViewport();
  const box = await email.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(300);
});
