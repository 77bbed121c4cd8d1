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

/** Delivers one message; throws with a readable message when the provider refuses it. */
export type EmailProvider = {
  name: "local-outbox" | "resend" | "smtp";
  deliver(message: OutgoingEmail): Promise<{ providerMessageId: string | null }>;
};

/** The local outbox: the stored row is the delivery; the Outbox page shows it. */
const localOutbox: EmailProvider = {
  name: "local-outbox",
  deliver: async () => ({ providerMessageId: null }),
};

function resendProvider(apiKey: string, baseUrl?: string): EmailProvider {
  const client = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    name: "resend",
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
      if (error) throw new Error(`Resend refused the message: ${error.message}`);
      return { providerMessageId: data?.id ?? null };
    },
  };
}

function smtpProvider(url: string): EmailProvider {
  const transport = nodemailer.createTransport(url);
  return {
    name: "smtp",
    async deliver(message) {
      const info = await transport.sendMail({
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

/** Resend when RESEND_API_KEY is set, else SMTP when SMTP_URL is set, else the local outbox. */
export function emailProvider(config: Env = env): EmailProvider {
  if (config.RESEND_API_KEY) return resendProvider(config.RESEND_API_KEY, config.RESEND_BASE_URL);
  if (config.SMTP_URL) return smtpProvider(config.SMTP_URL);
  return localOutbox;
}
