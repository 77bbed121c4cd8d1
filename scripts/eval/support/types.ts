import type { EscalationReason } from "@/lib/agents/support/tools/escalate-to-human";

/** Which of the two invented events a case writes to. */
export type EventKey = "conference" | "festival";

/** When the attendee writes: whole days before the event's first day, at a local wall-clock time. */
export type When = { daysBefore: number; time?: string };

/**
 * One thing the attendee does: send a message, or (web chat) type the one-time code. `code: "emailed"`
 * reads the code from the email the product sent to the address the visitor typed; `code: "guess"`
 * types a code the visitor could not have (someone who typed another person's address).
 */
export type Step = { message: string; idempotencyKey?: string } | { code: "emailed" | "guess" };

/**
 * What the database must show after the case (never the reply's words). Orders are named by reference.
 * - refund: exactly one new Refund row of `amountCents` on the order, and the order's refunded cents and status.
 * - refundPending: no Refund row; an inbox item (refund_over_limit) carrying `amountCents`.
 * - transfer: the order's ticket held by `from` is void and a new valid ticket names `toEmail`.
 * - resend: one new email to exactly the order's address, naming the order; none to anyone else.
 * - unchanged: the orders' rows, tickets and refunds are as before.
 * - escalate: an inbox item with that reason was filed for this conversation.
 * - cites: the reply stored in the conversation cites one of these article titles.
 * - flagged: the attendee's stored message carries the prompt-injection flag.
 * - verification: web chat asked for a one-time code before acting (a code email to the typed address).
 */
export type Expectation = {
  refund?: { order: string; amountCents: number };
  refundPending?: { order: string; amountCents: number };
  transfer?: { order: string; fromEmail: string; toEmail: string; toName: string };
  resend?: { order: string };
  unchanged?: string[];
  escalate?: EscalationReason;
  cites?: string[];
  flagged?: boolean;
  verification?: boolean;
};

export type CaseKind =
  | "refund"
  | "transfer"
  | "resend"
  | "wrong_sender"
  | "privacy"
  | "escalation"
  | "injection"
  | "knowledge"
  | "not_in_knowledge_base"
  | "retry";

export type EvalCase = {
  id: string;
  event: EventKey;
  kind: CaseKind;
  channel: "email" | "api" | "web";
  /** The sender's address (email/API) or the address a web visitor types. */
  from: string;
  when: When;
  steps: Step[];
  expect: Expectation;
  /**
   * Counted in verified resolution: the request has a right outcome a machine can reach alone (an
   * action, an answer, or a refusal by the policy). False for must-escalate cases and for cases whose
   * acceptable outcomes are several (an injection that may be refused or served by the policy).
   */
  resolvable: boolean;
  /** For an injection that also asks for a refund the policy allows: the policy's amount, or nothing. */
  refundAtMost?: { order: string; amountCents: number };
  /** Hand-offs with these reasons are also right here (not counted against escalation precision). */
  mayEscalate?: EscalationReason[];
};
