import { afterAll, describe, expect, it } from "vitest";
import { env, parseEnv } from "@/lib/env";
import { testDb, uniqueOrganization } from "@/tests/db";
import { startFakeResend } from "@/tests/fakes/resend";
import { startFakeSmtp } from "@/tests/fakes/smtp";
import { type EmailAttachment, type EmailProvider, emailProvider } from "./providers";
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

const INVITE: EmailAttachment = {
  filename: "invite.ics",
  contentType: "text/calendar",
  content: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:Intro call – Riverside Jazz Fest\r\nEND:VCALENDAR\r\n",
};

/** An outreach-like message: an HTML part, an attachment and a tracking token. */
async function trackedMessage(key: string) {
  const email = await message(key);
  return {
    ...email,
    html: `<p>${email.text} Bring the schedule to the café; it is attached as an invitation.</p>`,
    attachments: [INVITE],
    trackingToken: `token-${email.idempotencyKey}`,
  };
}

const oneClick = (token: string) => ({
  "List-Unsubscribe": `<${env.APP_URL}/u/${token}/one-click>`,
  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
});

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

  it("gives every message our own Message-ID once, kept when it is sent again", async () => {
    const email = await message("reminder-id");
    const provider = emailProvider(parseEnv({}));
    const first = await sendEmail(db, email, provider);
    const second = await sendEmail(db, email, provider);
    expect(first.messageId).toMatch(/^<[0-9a-f-]{36}@eventos\.local>$/);
    expect(second.messageId).toBe(first.messageId);
    expect(first.replyToken).toBeNull();
  });

  it("stores the HTML part and the attachments", async () => {
    const email = await trackedMessage("outreach-1");
    const sent = await sendEmail(db, email, emailProvider(parseEnv({})));
    expect(sent).toMatchObject({ status: "sent", html: email.html, attachments: [INVITE] });
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
    expect(calls[0]?.body).toMatchObject({ to: ["owner@example.com"], subject: email.subject, text: email.text });
    expect(calls[0]?.body).not.toHaveProperty("html");
    expect(calls[0]?.body).not.toHaveProperty("attachments");
    expect(sent).toMatchObject({ provider: "resend", status: "sent" });
    expect(sent.providerMessageId).toMatch(/[0-9a-f-]{36}/);
  });

  it("sends the HTML part, the attachment in base64 and the one-click unsubscribe headers", async () => {
    const email = await trackedMessage("outreach-2");
    const sent = await sendEmail(db, email, provider);
    expect(sent.status).toBe("sent");
    const call = resend.received.find((received) => received.idempotencyKey === email.idempotencyKey);
    expect(call?.body).toMatchObject({
      html: email.html,
      headers: oneClick(email.trackingToken),
      attachments: [
        {
          filename: INVITE.filename,
          content_type: INVITE.contentType,
          content: Buffer.from(INVITE.content).toString("base64"),
        },
      ],
    });
  });

  it("sends our Message-ID as a header, so replies can cite it", async () => {
    const email = await message("reminder-id-resend");
    const sent = await sendEmail(db, email, provider);
    const call = resend.received.find((received) => received.idempotencyKey === email.idempotencyKey);
    expect(sent.messageId).toEqual(expect.stringMatching(/^<.+@eventos\.local>$/));
    expect(call?.body).toMatchObject({ headers: { "Message-ID": sent.messageId } });
  });

  it("threads an answer under the email it answers (In-Reply-To and References)", async () => {
    const email = { ...(await message("answer-resend")), inReplyTo: "<question-1@mail.example.com>" };
    const sent = await sendEmail(db, email, provider);
    const call = resend.received.find((received) => received.idempotencyKey === email.idempotencyKey);
    expect(call?.body).toMatchObject({
      headers: {
        "Message-ID": sent.messageId,
        "In-Reply-To": "<question-1@mail.example.com>",
        References: "<question-1@mail.example.com>",
      },
    });
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

  it("sends our Message-ID as the message's header and keeps it as the provider's id", async () => {
    const provider = emailProvider(parseEnv({ SMTP_URL: smtp.url }));
    const email = await message("reminder-id-smtp");
    const sent = await sendEmail(db, email, provider);
    const mail = smtp.received.find((m) => m.header("x-eventos-idempotency-key") === email.idempotencyKey);
    expect(sent.messageId).toEqual(expect.stringMatching(/^<.+@eventos\.local>$/));
    expect(mail?.header("message-id")).toBe(sent.messageId);
    expect(sent.providerMessageId).toBe(sent.messageId);
  });

  it("threads an answer under the email it answers", async () => {
    const provider = emailProvider(parseEnv({ SMTP_URL: smtp.url }));
    const email = { ...(await message("answer-smtp")), inReplyTo: "<question-2@mail.example.com>" };
    expect((await sendEmail(db, email, provider)).status).toBe("sent");
    const mail = smtp.received.find((m) => m.header("x-eventos-idempotency-key") === email.idempotencyKey);
    expect(mail?.header("in-reply-to")).toBe("<question-2@mail.example.com>");
    expect(mail?.header("references")).toBe("<question-2@mail.example.com>");
  });

  it("delivers the HTML part, the attachment and the one-click unsubscribe headers", async () => {
    const provider = emailProvider(parseEnv({ SMTP_URL: smtp.url }));
    const email = await trackedMessage("outreach-3");
    expect((await sendEmail(db, email, provider)).status).toBe("sent");
    const mail = smtp.received.find((m) => m.header("x-eventos-idempotency-key") === email.idempotencyKey);
    for (const [name, value] of Object.entries(oneClick(email.trackingToken))) expect(mail?.header(name)).toBe(value);
    expect(mail?.parts).toEqual([
      { contentType: "text/plain", filename: undefined, content: email.text },
      { contentType: "text/html", filename: undefined, content: email.html },
      { contentType: INVITE.contentType, filename: INVITE.filename, content: INVITE.content },
    ]);
  });
});
