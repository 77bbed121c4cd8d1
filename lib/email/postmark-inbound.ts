import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError, validationError } from "@/lib/errors";
import { readBodyWithin } from "@/lib/request-body";
import { bareAddress, citedMessageIds, replyTokensIn } from "./reply-address";
import { supportEventIdIn } from "./support-address";

/** Postmark's inbound payload can carry attachments; a reply we can use is far smaller than this. */
const MAX_REQUEST_BYTES = 1_000_000;

/** The fields of Postmark's inbound webhook that say who wrote, what, and which message it answers. */
const address = z.object({ Email: z.string(), MailboxHash: z.string().optional() });
const inboundSchema = z.object({
  From: z.string({ error: "From is required." }),
  FromFull: address.optional(),
  To: z.string().optional(),
  ToFull: z.array(address).optional(),
  CcFull: z.array(address).optional(),
  OriginalRecipient: z.string().optional(),
  MailboxHash: z.string().optional(),
  Subject: z.string().default(""),
  TextBody: z.string({ error: "TextBody is required." }),
  /** Postmark's StrippedTextReply: the reply without the quoted thread, when it could tell. */
  StrippedTextReply: z.string().optional(),
  MessageID: z
    .string({ error: "MessageID is required: without it a redelivered email would be stored twice." })
    .trim()
    .min(1, { error: "MessageID is required: without it a redelivered email would be stored twice." })
    .max(300, { error: "MessageID is over 300 characters." }),
  Headers: z.array(z.object({ Name: z.string(), Value: z.string() })).default([]),
});

/**
 * The inbound webhooks' check, as Postmark authenticates: HTTP Basic with any user and
 * INBOUND_EMAIL_SECRET as the password. Off (404) until the secret is configured; a wrong one is a 401.
 */
export function requireInboundWebhookAuth(request: Request, secret: string | undefined = env.INBOUND_EMAIL_SECRET) {
  if (!secret) throw new AppError("not_found", "The inbound email webhook is not configured.");
  const header = request.headers.get("authorization") ?? "";
  const password = header.startsWith("Basic ")
    ? Buffer.from(header.slice(6), "base64").toString("utf8").split(":").slice(1).join(":")
    : "";
  const given = Buffer.from(password);
  const expected = Buffer.from(secret);
  if (!header.startsWith("Basic ") || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AppError("unauthenticated", "Wrong or missing credentials for the inbound email webhook.");
  }
}

/** Auto-Submitted (RFC 3834) other than "no", or a bulk/auto-reply Precedence: never answered, so two robots do not loop. */
function isAutomated(header: (name: string) => string | undefined) {
  const submitted = header("Auto-Submitted")?.trim().toLowerCase();
  const precedence = header("Precedence")?.trim().toLowerCase();
  return (
    (submitted !== undefined && submitted !== "no") ||
    precedence === "bulk" ||
    precedence === "junk" ||
    precedence === "list" ||
    precedence === "auto_reply"
  );
}

/**
 * Reads a Postmark inbound webhook request: over 1 MB or with a text over `maxText` characters it is
 * refused with a 413, a body that is not JSON with a 400, and one without From, TextBody or MessageID
 * with a 422. Returns the sender, the text (without the quoted thread when Postmark found it), the reply
 * tokens of the addresses it was sent to and the Message-IDs it cites.
 */
export async function readPostmarkInbound(request: Request, maxText: number) {
  const raw = await readBodyWithin(
    request,
    MAX_REQUEST_BYTES,
    "The inbound email is over 1 MB; it was not stored. Replies with large attachments are not accepted.",
  );
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError("bad_request", "Expected an inbound email as JSON with From, Subject, TextBody and MessageID.");
  }
  const parsed = inboundSchema.safeParse(json);
  if (!parsed.success) {
    throw validationError(parsed.error, parsed.error.issues.map((issue) => issue.message).join(" "));
  }
  const email = parsed.data;
  const body = (email.StrippedTextReply?.trim() || email.TextBody).trim();
  if (body.length > maxText) {
    throw new AppError(
      "too_large",
      `The reply's text is over ${maxText.toLocaleString("en")} characters; it was not stored.`,
    );
  }
  const header = (name: string) =>
    email.Headers.find((candidate) => candidate.Name.toLowerCase() === name.toLowerCase())?.Value;
  const recipients = [
    ...(email.ToFull ?? []).map((to) => to.Email),
    ...(email.CcFull ?? []).map((cc) => cc.Email),
    ...(email.To ? email.To.split(",") : []),
    ...(email.OriginalRecipient ? [email.OriginalRecipient] : []),
  ];
  const hashes = [email.MailboxHash, ...(email.ToFull ?? []).map((to) => to.MailboxHash)];
  return {
    externalId: email.MessageID,
    fromEmail: bareAddress(email.FromFull?.Email ?? email.From),
    subject: email.Subject,
    body,
    replyTokens: [...new Set(hashes.flatMap((hash) => replyTokensIn(recipients, hash)))],
    /** The event whose support address it was sent to (./support-address), if any. */
    supportEventId: supportEventIdIn(recipients, hashes),
    /** The receiving server's SPF verdict on the sender (Postmark's Received-SPF header), e.g. "pass". */
    spf: /^\s*(\w+)/.exec(header("Received-SPF") ?? "")?.[1]?.toLowerCase() ?? null,
    citedMessageIds: citedMessageIds(header("In-Reply-To"), header("References")),
    /** The sender's own RFC 5322 Message-ID (not Postmark's MessageID), when it is a well-formed one. */
    messageId: /^<[^<>\s]+>$/.exec(header("Message-ID")?.trim() ?? "")?.[0] ?? null,
    /** An auto-reply, bounce or list mail (./isAutomated). */
    automated: isAutomated(header),
  };
}
