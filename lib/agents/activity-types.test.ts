import { describe, expect, it } from "vitest";
import { ACTIVITY_TYPES, isActivityType } from "./activity-types";

describe("activity types", () => {
  it("keeps the seed's sales and marketing lists", () => {
    expect(ACTIVITY_TYPES.sales).toContain("follow_up_sent");
    expect(ACTIVITY_TYPES.sales).toHaveLength(9);
    expect(ACTIVITY_TYPES.marketing).toContain("ab_test_started");
    expect(ACTIVITY_TYPES.marketing).toHaveLength(9);
  });

  it("accepts a type only for its own agent", () => {
    expect(isActivityType("sales", "proposal_generation")).toBe(true);
    expect(isActivityType("marketing", "proposal_generation")).toBe(false);
    expect(isActivityType("operations", "reminder_sent")).toBe(true);
    expect(isActivityType("support", "anything_else")).toBe(false);
  });
});
