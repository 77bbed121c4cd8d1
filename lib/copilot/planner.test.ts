import { describe, expect, it } from "vitest";
import { findEvent, plan } from "./planner";

const events = [
  { id: "dcl", name: "DevConf Lisbon" },
  { id: "rjf", name: "Riverside Jazz Fest" },
  { id: "nws", name: "Northwind Summit" },
];

describe("the offline planner", () => {
  it("runs the operations check for a named event, in the mode asked for", () => {
    expect(plan("Run the operations check for Riverside Jazz Fest", events)).toEqual({
      kind: "tool",
      tool: "operationsAgent",
      args: { eventId: "rjf" },
    });
    expect(plan("run the ops check on devconf in assisted mode", events)).toMatchObject({
      args: { eventId: "dcl", mode: "assisted" },
    });
    expect(plan("do the daily check for the jazz festival, review only", events)).toMatchObject({
      args: { eventId: "rjf", mode: "review_only" },
    });
  });

  it("runs the Sales agent's outreach campaign when asked to find sponsors", () => {
    expect(plan("Find sponsors for Riverside Jazz Fest", events)).toEqual({
      kind: "tool",
      tool: "salesAgent",
      args: { eventId: "rjf" },
    });
    expect(plan("How is the sponsor campaign going for DevConf?", events)).toEqual({
      kind: "tool",
      tool: "sales_campaign_report",
      args: { eventId: "dcl" },
    });
    expect(plan("run the sales agent for devconf in assisted mode", events)).toEqual({
      kind: "tool",
      tool: "salesAgent",
      args: { eventId: "dcl", mode: "assisted" },
    });
  });

  it("uses the event on screen when none is named", () => {
    expect(plan("What is overdue?", events, "nws")).toEqual({
      kind: "tool",
      tool: "check_deliverables",
      args: { eventId: "nws" },
    });
    expect(plan("send the reminders", events, "rjf")).toMatchObject({ tool: "send_due_reminders" });
  });

  it("asks which event when it cannot tell", () => {
    const reply = plan("what is overdue?", events);
    expect(reply).toMatchObject({ kind: "text" });
    expect((reply as { text: string }).text).toContain("Which event?");
  });

  it("changes an agent's mode", () => {
    expect(plan("Set marketing to review only", events)).toEqual({
      kind: "tool",
      tool: "set_agent_mode",
      args: { agent: "marketing", mode: "review_only" },
    });
    expect(plan("switch sales to full auto", events)).toMatchObject({ args: { agent: "sales", mode: "full_auto" } });
  });

  it("lists what is waiting for approval", () => {
    expect(plan("What is waiting for my approval?", events)).toMatchObject({ tool: "list_pending_approvals" });
  });

  it("answers the other operations questions", () => {
    expect(plan("how are ticket sales for devconf?", events)).toMatchObject({ tool: "monitor_ticket_sales" });
    expect(plan("how is the budget at the summit", events)).toMatchObject({
      tool: "track_budget",
      args: { eventId: "nws" },
    });
    expect(plan("which vendors have not confirmed for riverside", events)).toMatchObject({
      tool: "check_vendor_confirmations",
    });
    expect(plan("write the weekly status report for riverside", events)).toMatchObject({
      tool: "generate_status_report",
    });
  });

  it("lists what it can do when it does not understand", () => {
    const reply = plan("order me a pizza", events);
    expect(reply).toMatchObject({ kind: "text" });
    expect((reply as { text: string }).text).toContain("Run the operations check");
  });

  it("matches events by their distinctive words", () => {
    expect(findEvent("lisbon numbers please", events)).toBe("dcl");
    expect(findEvent("nothing here", events, "unknown")).toBeUndefined();
  });
});
