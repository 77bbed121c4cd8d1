import { describe, expect, it } from "vitest";
import { type ActivityForAutonomy, autonomyBucket, autonomyOf, isWriteActivity } from "./stats";

const write = (overrides: Partial<ActivityForAutonomy>): ActivityForAutonomy => ({
  agentId: "sales",
  activityType: "email_sent",
  status: "success",
  autonomous: true,
  requiredHumanReview: false,
  hasApproval: false,
  drafted: false,
  approvalStatus: null,
  ...overrides,
});

describe("which activity counts where in the autonomy rate", () => {
  it("knows reads from writes by the tools that log them", () => {
    expect(isWriteActivity("sales", "email_sent")).toBe(true);
    expect(isWriteActivity("sales", "prospect_search")).toBe(false);
    expect(isWriteActivity("operations", "daily_check_completed")).toBe(false);
    expect(autonomyBucket(write({ activityType: "prospect_search" }))).toBeNull();
  });

  it("counts an action that waited for a person where its inbox item stands now", () => {
    const parked = write({ status: "pending", autonomous: false, requiredHumanReview: true, hasApproval: true });
    expect(autonomyBucket({ ...parked, approvalStatus: "pending" })).toBe("pending");
    expect(autonomyBucket({ ...parked, status: "escalated", approvalStatus: "pending" })).toBe("escalated");
    expect(autonomyBucket({ ...parked, approvalStatus: "approved" })).toBe("approved");
    expect(autonomyBucket({ ...parked, status: "escalated", approvalStatus: "approved" })).toBe("approved");
    expect(autonomyBucket({ ...parked, approvalStatus: "rejected" })).toBe("rejected");
    expect(autonomyBucket({ ...parked, approvalStatus: "expired" })).toBe("rejected");
    expect(autonomyBucket({ ...parked, approvalStatus: "cancelled" })).toBeNull();
  });

  it("does not count an approved item's execution a second time, but counts a write an approved plan covered", () => {
    const execution = write({ autonomous: false, requiredHumanReview: true, hasApproval: true });
    expect(autonomyBucket(execution)).toBeNull();
    expect(autonomyBucket(write({ autonomous: false, hasApproval: true }))).toBe("approved");
  });

  it("leaves review-only drafts and failed calls out, and counts full-auto work as done without a person", () => {
    expect(autonomyBucket(write({ autonomous: false, drafted: true }))).toBeNull();
    expect(autonomyBucket(write({ status: "failed" }))).toBeNull();
    expect(autonomyBucket(write({}))).toBe("executed");
  });

  it("is the share done without a person, null when nothing was attempted", () => {
    expect(autonomyOf([]).rate).toBeNull();
    const rows = [
      write({}),
      write({}),
      write({ status: "pending", hasApproval: true, requiredHumanReview: true, approvalStatus: "approved" }),
      write({ autonomous: false, requiredHumanReview: true, hasApproval: true }),
      write({ activityType: "prospect_search" }),
    ];
    expect(autonomyOf(rows)).toMatchObject({ attempted: 3, autonomous: 2, rate: 2 / 3 });
  });
});
