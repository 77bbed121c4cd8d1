import nodemailer from "nodemailer";
import { Resend } from "resend";
import { type Env, env } from "@/lib/env";

/** A file sent with a message; `content` is UTF-8 text (an ICS invitation, for example). */
export type EmailAttachment = { filename: string; contentType: string; content: string };

export type OutgoingEmail = {
  idempotencyKey: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: EmailAttachment[];
  headers?: Record<string, string>;
  /** Our RFC 5322 Message-ID (angle brackets included): every provider sends it, so replies can cite it. */
  messageId: string;
  /** Where replies go: the inbound address with this message's reply token, for emails about a deal. */
  replyTo?: string;
};

/**
 * Delivers one message; throws with a readable message when the provider refuses it (an
 * EmailDeliveryError marked permanent when trying again cannot help).
 */
export type EmailProvider = {
  name: "local-outbox" | "resend" | "smtp";
  /**
   * How long the provider recognises a message's idempotency key and answers a repeat without sending
   * it again: what makes re-handing a message left mid-delivery safe. Null: it does not (SMTP).
   */
  idempotencyWindowMs: number | null;
  deliver(message: OutgoingEmail): Promise<{ providerMessageId: string | null }>;
};

/** A refusal by the provider; `permanent` when the message itself is refused (a bad address, say). */
export class EmailDeliveryError extends Error {
  readonly permanent: boolean;
  constructor(message: string, { permanent }: { permanent: boolean }) {
    super(message);
    this.name = "EmailDeliveryError";
    this.permanent = permanent;
  }
}

/** The local outbox: the stored row is the delivery; the Outbox page shows it. */
const localOutbox: EmailProvider = {
  name: "local-outbox",
  idempotencyWindowMs: Number.POSITIVE_INFINITY,
  deliver: async () => ({ providerMessageId: null }),
};

// Resend keeps idempotency keys for 24 hours.
const RESEND_IDEMPOTENCY_MS = 24 * 3_600_000;

function resendProvider(apiKey: string, baseUrl?: string): EmailProvider {
  const client = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    name: "resend",
    idempotencyWindowMs: RESEND_IDEMPOTENCY_MS,
    async deliver(message) {
      const { data, error } = await client.emails.send(
        {
          from: message.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          replyTo: message.replyTo,
          headers: { ...message.headers, "Message-ID": message.messageId },
          // Resend takes attachment content as base64.
          attachments: message.attachments?.map((file) => ({
            ...file,
            content: Buffer.from(file.content, "utf8").toString("base64"),
          })),
        },
        { idempotencyKey: message.idempotencyKey },
      );
      // A malformed message (400, 422) fails the same way every time; the rest (rate limits, outages,
      // a key being fixed) may pass later.
      if (error) {
        throw new EmailDeliveryError(`Resend refused the message: ${error.message}`, {
          permanent: error.statusCode === 400 || error.statusCode === 422,
        });
      }
      return { providerMessageId: data?.id ?? null };
    },
  };
}

function smtpProvider(url: string): EmailProvider {
  const transport = nodemailer.createTransport(url);
  return {
    name: "smtp",
    idempotencyWindowMs: null,
    async deliver(message) {
      const info = await sendOrExplain(transport, {
        from: message.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        attachments: message.attachments,
        replyTo: message.replyTo,
        messageId: message.messageId,
        headers: { ...message.headers, "X-EventOS-Idempotency-Key": message.idempotencyKey },
      });
      return { providerMessageId: info.messageId ?? null };
    },
  };
}

/** SMTP's 5xx replies refuse the message for good; 4xx replies and dropped connections are transient. */
async function sendOrExplain(
  transport: ReturnType<typeof nodemailer.createTransport>,
  mail: Parameters<ReturnType<typeof nodemailer.createTransport>["sendMail"]>[0],
) {
  try {
    return await transport.sendMail(mail);
  } catch (error) {
    const code = (error as { responseCode?: unknown }).responseCode;
    const reason = error instanceof Error ? error.message : String(error);
    throw new EmailDeliveryError(`The SMTP server refused the message: ${reason}`, {
      permanent: typeof code === "number" && code >= 500,
    });
  }
}

/** Resend when RESEND_API_KEY is set, else SMTP when SMTP_URL is set, else the local outbox. */
export function emailProvider(config: Env = env): EmailProvider {
  if (config.RESEND_API_KEY) return resendProvider(config.RESEND_API_KEY, config.RESEND_BASE_URL);
  if (config.SMTP_URL) return smtpProvider(config.SMTP_URL);
  return localOutbox;
}
