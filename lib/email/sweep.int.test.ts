import { afterAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { testDb, uniqueOrganization } from "@/tests/db";
import { startFakeResend } from "@/tests/fakes/resend";
import { startFakeSmtp } from "@/tests/fakes/smtp";
import { emailProvider } from "./providers";
import { deliverQueued, MAX_DELIVERY_ATTEMPTS, queueEmail } from "./send";
import { failingEmails, sweepOutbox, UNKNOWN_OUTCOME } from "./sweep";

/** No email stays stuck: the outbox sweeper against a Resend and an SMTP server on this machine. */
const db = testDb();
const resendServer = await startFakeResend("re_sweep_key");
const smtp = await startFakeSmtp();
afterAll(() => {
  resendServer.close();
  smtp.close();
});
const resend = emailProvider(parseEnv({ RESEND_API_KEY: "re_sweep_key", RESEND_BASE_URL: resendServer.url }));
const smtpProvider = emailProvider(parseEnv({ SMTP_URL: smtp.url }));
const MINUTE = 60_000;
const later = (from: Date, minutes: number) => new Date(from.getTime() + minutes * MINUTE);

async function queued(provider = resend, key = "reminder") {
  const org = await uniqueOrganization(db);
  const id = await queueEmail(
    db,
    {
      organizationId: org.id,
      idempotencyKey: `${org.id}:${key}`,
      to: ["ana@example.com"],
      subject: `Reminder ${org.slug}`,
      text: "The stage plot is due Friday.",
    },
    provider,
  );
  const message = await db.emailMessage.findUniqueOrThrow({ where: { id } });
  return { org, message };
}

const sentTo = (key: string) => resendServer.received.filter((call) => call.idempotencyKey === key).length;
const reload = (id: string) => db.emailMessage.findUniqueOrThrow({ where: { id } });

describe("the outbox sweeper", () => {
  it("delivers an email a crash left queued, once its grace period is over, and only once", async () => {
    const { org, message } = await queued();
    await sweepOutbox(db, { organizationId: org.id, now: later(message.createdAt, 4), provider: resend });
    expect((await reload(message.id)).status).toBe("queued");
    const result = await sweepOutbox(db, {
      organizationId: org.id,
      now: later(message.createdAt, 6),
      provider: resend,
    });
    expect(result.queued).toBe(1);
    expect(await reload(message.id)).toMatchObject({
      status: "sent",
      attempts: 1,
      providerMessageId: expect.any(String),
    });
    await sweepOutbox(db, { organizationId: org.id, now: later(message.createdAt, 60), provider: resend });
    expect(sentTo(message.idempotencyKey)).toBe(1);
  });

  it("settles an email Resend accepted before the app crashed, without sending it twice", async () => {
    const { org, message } = await queued();
    // The crash: the hand-over reached Resend, the answer never reached the database.
    const startedAt = new Date();
    await db.emailMessage.update({
      where: { id: message.id },
      data: { status: "sending", attempts: 1, lastAttemptAt: startedAt },
    });
    const { providerMessageId } = await resend.deliver({
      idempotencyKey: message.idempotencyKey,
      from: message.fromAddress,
      to: message.to,
      subject: message.subject,
      text: message.text,
      messageId: message.messageId ?? "<crash@eventos.local>",
    });
    await sweepOutbox(db, { organizationId: org.id, now: later(startedAt, 9), provider: resend });
    expect((await reload(message.id)).status).toBe("sending");
    const result = await sweepOutbox(db, { organizationId: org.id, now: later(startedAt, 11), provider: resend });
    expect(result.resumed).toBe(1);
    expect(await reload(message.id)).toMatchObject({ status: "sent", providerMessageId, attempts: 2 });
    expect(sentTo(message.idempotencyKey)).toBe(1);
  });

  it("does not hand an email left mid-delivery to SMTP over again, and lists it for a person", async () => {
    const { org, message } = await queued(smtpProvider);
    const startedAt = new Date();
    await db.emailMessage.update({
      where: { id: message.id },
      data: { status: "sending", attempts: 1, lastAttemptAt: startedAt },
    });
    const result = await sweepOutbox(db, { organizationId: org.id, now: later(startedAt, 11), provider: smtpProvider });
    expect(result.leftToAPerson).toBe(1);
    expect(await reload(message.id)).toMatchObject({ status: "failed", error: UNKNOWN_OUTCOME, nextAttemptAt: null });
    expect(smtp.received.filter((mail) => mail.header("x-eventos-idempotency-key") === message.idempotencyKey)).toEqual(
      [],
    );
    const listed = await failingEmails(db, org.id, message.createdAt);
    expect(listed.map((email) => email.id)).toEqual([message.id]);
  });

  it("retries a failed email with backoff until it goes through", async () => {
    const { org, message } = await queued();
    resendServer.fail(2);
    await deliverQueued(db, [message.id], resend);
    const first = await reload(message.id);
    expect(first).toMatchObject({ status: "failed", attempts: 1 });
    const failedAt = first.nextAttemptAt ? new Date(first.nextAttemptAt.getTime() - 5 * MINUTE) : new Date(0);
    expect(first.nextAttemptAt?.getTime()).toBeGreaterThan(Date.now() + 4 * MINUTE);

    expect((await sweepOutbox(db, { organizationId: org.id, now: later(failedAt, 4), provider: resend })).retried).toBe(
      0,
    );
    await sweepOutbox(db, { organizationId: org.id, now: later(failedAt, 5), provider: resend });
    const second = await reload(message.id);
    expect(second).toMatchObject({ status: "failed", attempts: 2, nextAttemptAt: later(failedAt, 5 + 15) });
    await sweepOutbox(db, { organizationId: org.id, now: later(failedAt, 20), provider: resend });
    expect(await reload(message.id)).toMatchObject({ status: "sent", attempts: 3, error: null, nextAttemptAt: null });
    expect(sentTo(message.idempotencyKey)).toBe(1);
  });

  it("stops after the last attempt, or at once when the message itself is refused, and lists what still fails", async () => {
    const { org, message } = await queued();
    resendServer.fail(MAX_DELIVERY_ATTEMPTS);
    await deliverQueued(db, [message.id], resend);
    let now = new Date();
    for (let attempt = 2; attempt <= MAX_DELIVERY_ATTEMPTS + 1; attempt++) {
      now = later(now, 6 * 60);
      await sweepOutbox(db, { organizationId: org.id, now, provider: resend });
    }
    expect(await reload(message.id)).toMatchObject({
      status: "failed",
      attempts: MAX_DELIVERY_ATTEMPTS,
      nextAttemptAt: null,
    });

    const refused = await queued(resend, "bad-address");
    resendServer.fail(1, 422);
    await deliverQueued(db, [refused.message.id], resend);
    expect(await reload(refused.message.id)).toMatchObject({ status: "failed", attempts: 1, nextAttemptAt: null });
    await sweepOutbox(db, { organizationId: refused.org.id, now: later(now, 60), provider: resend });
    expect((await reload(refused.message.id)).attempts).toBe(1);

    expect((await failingEmails(db, org.id, new Date(0))).map((email) => email.id)).toEqual([message.id]);
    expect(sentTo(message.idempotencyKey)).toBe(0);
  });

  it("sweeps one organization's outbox when asked for one", async () => {
    const mine = await queued();
    const theirs = await queued();
    await sweepOutbox(db, { organizationId: mine.org.id, now: later(new Date(), 10), provider: resend });
    expect((await reload(mine.message.id)).status).toBe("sent");
    expect((await reload(theirs.message.id)).status).toBe("queued");
  });
});
