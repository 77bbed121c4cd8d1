import { describe, expect, it } from "vitest";
import { decisionFor, HISTORY_DAYS } from "./history";

const item = (action: string, subjectKey: string | null, filedDaysAgo: number, args: unknown = {}) => ({
  action,
  subjectKey,
  arguments: args,
  filedDaysAgo,
});

describe("the demo people's decisions", () => {
  it("look into an escalation for two days, then acknowledge it", () => {
    const escalation = item("escalate_issue", "sales-pace:e1", 10);
    expect(decisionFor(escalation, 10)).toBe("wait");
    expect(decisionFor(escalation, 9)).toBe("wait");
    expect(decisionFor(escalation, 8)).toEqual({ decision: "approve" });
  });

  it("turn down the first budget escalation with a reason, and only the first", () => {
    const first = decisionFor(item("escalate_issue", "budget-overrun:e1", HISTORY_DAYS), HISTORY_DAYS);
    expect(first).toMatchObject({ decision: "reject", reason: expect.stringContaining("board") });
    expect(decisionFor(item("escalate_issue", "budget-overrun:e1", HISTORY_DAYS - 1), HISTORY_DAYS - 3)).toEqual({
      decision: "approve",
    });
  });

  it("let the first vendor-cancellation escalation wait until it expires, but decide everything on the last day", () => {
    const cancelled = item("escalate_issue", "vendor-cancelled:v1", HISTORY_DAYS);
    expect(decisionFor(cancelled, HISTORY_DAYS - 5)).toBe("wait");
    expect(decisionFor(cancelled, 1)).toEqual({ decision: "approve" });
  });

  it("reject one early follow-up email and approve the others the day they arrive", () => {
    const email = (dealId: string, filed: number) => item("send_email", null, filed, { dealId });
    expect(decisionFor(email("d2", 18), 18, "d2")).toMatchObject({ decision: "reject" });
    expect(decisionFor(email("d1", 18), 18, "d2")).toEqual({ decision: "approve" });
    expect(decisionFor(email("d2", 4), 4, "d2")).toEqual({ decision: "approve" });
  });
});
