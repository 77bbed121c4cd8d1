import { describe, expect, it } from "vitest";
import { REOPEN_WINDOW_MS, resolutionOutcome, verifiedResolution } from "./resolution";

const resolvedAt = new Date("2026-12-01T10:00:00Z");
const windowEnds = new Date(resolvedAt.getTime() + REOPEN_WINDOW_MS);
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

const conversation = (changes: Partial<Parameters<typeof resolutionOutcome>[0]> = {}) => ({
  status: "resolved",
  resolvedAt,
  reopenedAt: null,
  escalationReason: null,
  createdAt: ms(resolvedAt, -60_000),
  ...changes,
});

describe("a resolution counts only once its 72 hours have passed", () => {
  it("is pending 1 ms before the 72 hours end and verified at exactly 72 hours", () => {
    expect(resolutionOutcome(conversation(), ms(windowEnds, -1))).toBe("pending");
    expect(resolutionOutcome(conversation(), windowEnds)).toBe("verified");
  });

  it("a reopen within the 72 hours undoes it, at the last millisecond too; one after does not", () => {
    expect(resolutionOutcome(conversation({ reopenedAt: ms(resolvedAt, 60_000) }), windowEnds)).toBe("unresolved");
    expect(resolutionOutcome(conversation({ reopenedAt: windowEnds }), ms(windowEnds, 1))).toBe("unresolved");
    expect(resolutionOutcome(conversation({ reopenedAt: ms(windowEnds, 1) }), ms(windowEnds, 2))).toBe("verified");
  });

  it("a reopen before a later resolution does not undo that resolution", () => {
    expect(resolutionOutcome(conversation({ reopenedAt: ms(resolvedAt, -1) }), windowEnds)).toBe("verified");
  });

  it("a person asked for is never a resolution, whatever resolvedAt says", () => {
    const now = ms(windowEnds, 1);
    expect(resolutionOutcome(conversation({ escalationReason: "upset_attendee" }), now)).toBe("unresolved");
    expect(resolutionOutcome(conversation({ status: "handed_off" }), now)).toBe("unresolved");
    expect(resolutionOutcome(conversation({ status: "open", resolvedAt: null }), now)).toBe("unresolved");
  });
});

describe("verifiedResolution", () => {
  it("divides the verified by the conversations whose outcome is known, leaving the pending out", () => {
    const now = ms(windowEnds, 1);
    const result = verifiedResolution(
      [
        conversation(),
        conversation(),
        conversation({ resolvedAt: ms(now, -1000) }), // resolved a second ago: pending
        conversation({ reopenedAt: ms(resolvedAt, 3_600_000) }),
        conversation({ status: "handed_off", escalationReason: "not_in_knowledge_base", resolvedAt: null }),
        conversation({ status: "open", resolvedAt: null }),
      ],
      now,
    );
    expect(result).toEqual({ conversations: 6, resolved: 4, verified: 2, rate: 2 / 5, pending: 1 });
  });

  it("has no rate when nothing is known yet", () => {
    expect(verifiedResolution([], resolvedAt)).toEqual({
      conversations: 0,
      resolved: 0,
      verified: 0,
      rate: null,
      pending: 0,
    });
    expect(verifiedResolution([conversation()], resolvedAt).rate).toBeNull();
  });
});
