import { afterAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { testDb, uniqueOrganization } from "@/tests/db";
import { startFakeResend } from "@/tests/fakes/resend";
import { startFakeSmtp } from "@/tests/fakes/smtp";
import type { EmailProvider } from "./providers";
import { emailProvider } from "./providers";
import { deliverQueued, type QueuedEmail, queueEmail } from "./send";

const db = testDb();

/** Queue outside any transaction and deliver at once, as the gate does after its commit. */
async function sendEmail(database: typeof db, email: QueuedEmail, provider: EmailProvider) {
  const id = await queueEmail(database, email, provider);
  await deliverQueued(database, [id], provider);
  return database.emailMessage.findUniqueOrThrow({ where: { id } });
}
const resend = await startFakeResend("re_test_key");
const smtp = await startFakeSmtp();
afterAll(() => {
  resend.close();
  smtp.close();
});

async function message(key: string) {
  const org = await uniqueOrganization(db);
  return {
    organizationId: org.id,
    idempotencyKey: `${org.id}:${key}`,
    to: ["owner@example.com"],
    subject: "Reminder: stage plot due Friday",
    text: "Hi Ana, the stage plot for Riverside Jazz Fest is due on Friday.",
  };
}

describe("email through the local outbox (default)", () => {
  it("stores the message as sent, once, however often it is sent", async () => {
    const email = await message("reminder-1");
    const provider = emailProvider(parseEnv({}));
    const first = await sendEmail(db, email, provider);
    const second = await sendEmail(db, email, provider);
    expect(second.id).toBe(first.id);
    expect(first).toMatchObject({ provider: "local-outbox", status: "sent", to: ["owner@example.com"] });
    expect(await db.emailMessage.count({ where: { idempotencyKey: email.idempotencyKey } })).toBe(1);
  });
});

describe("email through Resend", () => {
  const provider = emailProvider(parseEnv({ RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: resend.url }));

  it("calls the API once with the idempotency key and keeps Resend's id", async () => {
    const email = await message("reminder-2");
    const sent = await sendEmail(db, email, provider);
    await sendEmail(db, email, provider);
    const calls = resend.received.filter((call) => call.idempotencyKey === email.idempotencyKey);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body).toMatchObject({ to: ["owner@example.com"], subject: email.subject });
    expect(sent).toMatchObject({ provider: "resend", status: "sent" });
    expect(sent.providerMessageId).toMatch(/[0-9a-f-]{36}/);
  });

  it("stores a refusal on the message instead of throwing", async () => {
    const wrongKey = emailProvider(parseEnv({ RESEND_API_KEY: "re_wrong", RESEND_BASE_URL: resend.url }));
    const sent = await sendEmail(db, await message("reminder-3"), wrongKey);
    expect(sent.status).toBe("failed");
    expect(sent.error).toContain("Missing API key");
  });
});

describe("email through SMTP", () => {
  it("delivers a real SMTP message", async () => {
    const provider = emailProvider(parseEnv({ SMTP_URL: smtp.url }));
    const email = await message("reminder-4");
    const sent = await sendEmail(db, email, provider);
    expect(sent).toMatchObject({ provider: "smtp", status: "sent" });
    const mail = smtp.received.find((m) => m.header("x-eventos-idempotency-key") === email.idempotencyKey);
    expect(mail?.header("subject")).toBe(email.subject);
    expect(mail?.header("to")).toBe("owner@example.com");
    expect(mail?.raw).toContain(email.text);
  });
});
