import { describe, expect, it } from "vitest";
import { activityLabel, toolLabel } from "./labels";
import { TOOLS } from "./registry";

describe("labels a person reads", () => {
  it("turn activity types into words", () => {
    expect(activityLabel("vendor_follow_up")).toBe("Vendor follow-up");
    expect(activityLabel("crm_update")).toBe("CRM update");
    expect(activityLabel("ab_test_started")).toBe("A/B test started");
    expect(activityLabel("linkedin_search")).toBe("LinkedIn search");
    expect(activityLabel("deliverables_checked")).toBe("Deliverables checked");
  });

  it("turn tool and chat action names into commands", () => {
    expect(toolLabel("follow_up_vendor")).toBe("Follow up vendor");
    expect(toolLabel("update_crm")).toBe("Update CRM");
    expect(toolLabel("search_linkedin")).toBe("Search LinkedIn");
    expect(toolLabel("salesAgent")).toBe("Sales agent");
    expect(toolLabel("list_pending_approvals")).toBe("List pending approvals");
  });

  it("leave no id-like text for any registered tool", () => {
    for (const name of Object.keys(TOOLS)) expect(toolLabel(name)).toMatch(/^[A-Z][^_]*$/);
  });
});
