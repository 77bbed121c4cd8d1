import { describe, expect, it } from "vitest";
import { summarizeData } from "./data-summary";

const ID = "0f8e4c2a-5b6d-4e7f-8a9b-1c2d3e4f5a6b";

describe("summarizeData", () => {
  it("says a run's result as labelled counts, without ids", () => {
    expect(
      summarizeData({ week: "2027-W10", status: "executed", reportId: ID, approvalId: null, salesCritical: true }),
    ).toBe("Week: 2027-W10; Status: executed; Sales critical: yes");
  });

  it("counts a list and names what it can", () => {
    const prospects = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark"].map((name) => ({
      companyId: ID,
      name,
    }));
    expect(summarizeData(prospects)).toBe("6 items (Acme, Globex, Initech, Umbrella, Hooli, and 1 more)");
    expect(summarizeData({ actions: [], overdue: 1_200 })).toBe("Actions: none; Overdue: 1,200");
  });

  it("reads nested records and moments with their time zone", () => {
    expect(summarizeData({ tasks: { initialize_tracking: "completed" } })).toBe(
      "Tasks: (Initialize tracking: completed)",
    );
    expect(summarizeData({ expiresAt: "2027-03-06T16:00:00.000Z" })).toMatch(/^Expires at: Mar 6, 2027, .+ (UTC|GMT)/);
  });

  it("has nothing to say about ids and nulls", () => {
    expect(summarizeData({ approvalId: ID })).toBeNull();
    expect(summarizeData(null)).toBeNull();
    expect(summarizeData(ID)).toBeNull();
  });
});
