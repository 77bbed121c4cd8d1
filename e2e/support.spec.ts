import { expect, test } from "@playwright/test";
import pg from "pg";
import { poolConfig } from "../lib/db/connection";
import { signInAs } from "./pages";

/**
 * The attendee's journey on the public help page, then the organizer's view of it. The one-time code
 * is read from the local outbox's table, as the attendee would read it in their mailbox: the Outbox
 * page masks codes from staff.
 */
const pool = new pg.Pool({ ...poolConfig(), max: 2 });
test.afterAll(() => pool.end());

type Buyer = { id: string; reference: string; buyer_email: string; total_cents: number };

/** A paid DevConf order under the refund limit that no seeded conversation has touched. */
async function refundableOrder(): Promise<Buyer> {
  const { rows } = await pool.query<Buyer>(`
    SELECT o.id, o.reference, o.buyer_email, o.total_cents
    FROM orders o
    JOIN events e ON e.id = o.event_id
    JOIN support_policies p ON p.event_id = e.id
    WHERE e.slug = 'devconf-lisbon' AND o.status = 'paid' AND o.refunded_cents = 0
      AND o.total_cents <= p.refund_limit_cents
      AND NOT EXISTS (SELECT 1 FROM support_conversations c WHERE lower(c.attendee_email) = lower(o.buyer_email))
      AND (SELECT count(*) FROM orders other WHERE lower(other.buyer_email) = lower(o.buyer_email)) = 1
    ORDER BY o.created_at, o.id
    LIMIT 1`);
  const order = rows[0];
  if (!order) throw new Error("The demo has no refundable DevConf order");
  return order;
}

/** The code in the newest email to `address` since `since`, once it is in the outbox. */
async function codeEmailedTo(address: string, since: Date) {
  let code: string | undefined;
  await expect(async () => {
    const { rows } = await pool.query<{ text: string }>(
      'SELECT text FROM email_messages WHERE $1 = ANY("to") AND created_at >= $2 ORDER BY created_at DESC',
      [address, since],
    );
    code = rows.map((row) => /\b(\d{6})\b/.exec(row.text)?.[1]).find(Boolean);
    expect(code, "a code in an email to the buyer").toBeTruthy();
  }).toPass({ timeout: 15_000 });
  return code as string;
}

test.describe.configure({ mode: "serial" });

/** The buyer whose conversation the first journey had, for the organizer's view after it. */
let attendee: string | null = null;

test("an attendee gets a cited answer, then a refund after the one-time code emailed to them", async ({ page }) => {
  test.setTimeout(120_000);
  const order = await refundableOrder();
  attendee = order.buyer_email;
  await page.goto("/help/devconf-lisbon");
  await expect(page.getByRole("heading", { name: "DevConf Lisbon", level: 1 })).toBeVisible();

  await test.step("search finds the article with the matching words marked", async () => {
    await page.getByLabel("Search the help articles").fill("parking");
    await page.getByRole("button", { name: "Search" }).click();
    const results = page.getByRole("region", { name: /articles? for “parking”/ });
    await expect(results.getByRole("link", { name: "Parking" })).toBeVisible();
    await expect(results.locator("mark").first()).toHaveText(/park/i);
  });

  const log = page.getByRole("log", { name: "Conversation" });
  await test.step("a question gets an answer citing an article", async () => {
    await page.getByLabel("Your email").fill(order.buyer_email);
    await page.getByRole("button", { name: "Start" }).click();
    const message = page.getByLabel("Your message");
    await expect(message).toBeFocused();
    await message.fill("Can I bring my backpack and leave my suitcase somewhere?");
    await message.press("Enter");
    await expect(log.getByRole("link", { name: "Bags and security" })).toBeVisible({ timeout: 20_000 });
    await expect(log).toContainText(/cloakroom/i);
  });

  await test.step("a refund needs the code emailed to the order's address, then is done", async () => {
    const asked = new Date(Date.now() - 5_000);
    await page.getByLabel("Your message").fill(`I can't come anymore. Please refund my order ${order.reference}.`);
    await page.getByRole("button", { name: "Send" }).click();
    await expect(log).toContainText(/code/i, { timeout: 20_000 });
    const code = await codeEmailedTo(order.buyer_email, asked);
    await page.getByLabel("Code from our email").fill(code);
    await page.getByRole("button", { name: "Confirm code" }).click();
    await expect(log.getByText(new RegExp(`Refund of €[\\d,.]+ done \\(order ${order.reference}\\)`))).toBeVisible({
      timeout: 20_000,
    });
    const { rows } = await pool.query<{ refunded_cents: number }>("SELECT refunded_cents FROM orders WHERE id = $1", [
      order.id,
    ]);
    expect(rows[0]?.refunded_cents).toBe(order.total_cents);
  });
});

test("the organizer sees the attendee's conversation on the Support page", async ({ page }) => {
  expect(attendee, "the attendee's journey ran first").toBeTruthy();
  await signInAs(page, "owner");
  await page.goto("/support");
  await expect(page.getByRole("heading", { name: "Support", level: 1 })).toBeVisible();
  await expect(page.getByText(attendee as string).first()).toBeVisible();
});

test("a wrong code is refused in words and nothing is refunded", async ({ page }) => {
  const order = await refundableOrder();
  await page.goto("/help/devconf-lisbon");
  await page.getByLabel("Your email").fill(order.buyer_email);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Your message").fill(`Please refund order ${order.reference}`);
  await page.getByRole("button", { name: "Send" }).click();
  const code = page.getByLabel("Code from our email");
  await expect(code).toBeVisible({ timeout: 20_000 });
  await code.fill("000000");
  await page.getByRole("button", { name: "Confirm code" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /code/i })).toBeVisible();
  const { rows } = await pool.query<{ refunded_cents: number }>("SELECT refunded_cents FROM orders WHERE id = $1", [
    order.id,
  ]);
  expect(rows[0]?.refunded_cents).toBe(0);
});

test("an unknown event's help page is the app's not-found page", async ({ page }) => {
  const response = await page.goto("/help/no-such-event");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
});
