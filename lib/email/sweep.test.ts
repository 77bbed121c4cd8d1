import { describe, expect, it } from "vitest";
import { MAX_DELIVERY_ATTEMPTS, nextRetryAt } from "./send";
import { isStuckQueued, isStuckSending, QUEUED_GRACE_MS, resendDecision, SENDING_GRACE_MS } from "./sweep";

const at = new Date("2026-12-01T12:00:00Z");
const plus = (ms: number) => new Date(at.getTime() + ms);
const MINUTE = 60_000;

describe("retrying a failed email", () => {
  it("waits 5 minutes after the first failure, then three times longer each time", () => {
    expect(nextRetryAt(1, at)).toEqual(plus(5 * MINUTE));
    expect(nextRetryAt(2, at)).toEqual(plus(15 * MINUTE));
    expect(nextRetryAt(3, at)).toEqual(plus(45 * MINUTE));
    expect(nextRetryAt(4, at)).toEqual(plus(135 * MINUTE));
  });

  it("gives up after the last attempt and leaves the message to a person", () => {
    expect(MAX_DELIVERY_ATTEMPTS).toBe(5);
    expect(nextRetryAt(MAX_DELIVERY_ATTEMPTS - 1, at)).not.toBeNull();
    expect(nextRetryAt(MAX_DELIVERY_ATTEMPTS, at)).toBeNull();
  });
});

describe("what the sweeper treats as stuck", () => {
  it("a queued message only once the grace period is over", () => {
    const message = { status: "queued", createdAt: at };
    expect(isStuckQueued(message, plus(QUEUED_GRACE_MS - 1))).toBe(false);
    expect(isStuckQueued(message, plus(QUEUED_GRACE_MS))).toBe(true);
    expect(isStuckQueued({ ...message, status: "sent" }, plus(QUEUED_GRACE_MS))).toBe(false);
  });

  it("a sending message only once its last hand-over is older than the grace period", () => {
    const message = { status: "sending", lastAttemptAt: plus(MINUTE), createdAt: at };
    expect(isStuckSending(message, plus(MINUTE + SENDING_GRACE_MS - 1))).toBe(false);
    expect(isStuckSending(message, plus(MINUTE + SENDING_GRACE_MS))).toBe(true);
    expect(isStuckSending({ ...message, lastAttemptAt: null }, plus(SENDING_GRACE_MS))).toBe(true);
  });
});

describe("handing a message over again", () => {
  const resend = { name: "resend" as const, idempotencyWindowMs: 24 * 60 * MINUTE };
  const left = { provider: "resend", providerMessageId: null, lastAttemptAt: at, createdAt: at };

  it("never happens when the provider's id says it accepted the message", () => {
    expect(resendDecision({ ...left, providerMessageId: "re_123" }, resend, plus(MINUTE))).toBe("already_sent");
  });

  it("happens only within the provider's idempotency window, with the provider that had it", () => {
    expect(resendDecision(left, resend, plus(24 * 60 * MINUTE - 1))).toBe("hand_over_again");
    expect(resendDecision(left, resend, plus(24 * 60 * MINUTE))).toBe("unknown");
    expect(resendDecision({ ...left, provider: "smtp" }, resend, plus(MINUTE))).toBe("unknown");
    expect(
      resendDecision({ ...left, provider: "smtp" }, { name: "smtp", idempotencyWindowMs: null }, plus(MINUTE)),
    ).toBe("unknown");
    const outbox = { name: "local-outbox" as const, idempotencyWindowMs: Number.POSITIVE_INFINITY };
    expect(resendDecision({ ...left, provider: "local-outbox" }, outbox, plus(1e12))).toBe("hand_over_again");
  });
});
