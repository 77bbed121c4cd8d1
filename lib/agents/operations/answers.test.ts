import { describe, expect, it } from "vitest";
import type { Answer } from "@/lib/copilot/answer";
import { answerContext, RIVERSIDE } from "@/tests/answer-context";
import { OPERATIONS_ANSWERS } from "./answers";
import type { DeliverableFinding } from "./tools/check-deliverables";

const eventId = RIVERSIDE.id;

/** Calls an answer with a hand-built output; `replies` are the database's (see tests/answer-context). */
function say<Output>(answer: Answer<never, Output>, output: Output, replies?: Record<string, unknown>, input = {}) {
  return answer(answerContext(replies), { eventId, ...input } as never, output);
}

function finding(title: string, fields: Partial<DeliverableFinding> = {}): DeliverableFinding {
  return {
    id: title,
    title,
    ownerName: "Dana Reyes",
    ownerEmail: "dana@example.com",
    dueAt: "2027-03-04T23:00:00Z",
    daysOverdue: 2,
    severity: "high",
    lastRemindedAt: null,
    ...fields,
  };
}

describe("check_deliverables in words", () => {
  const answer = OPERATIONS_ANSWERS.check_deliverables;

  it("says nothing is overdue or due soon, with the open count and a link to the event's operations", async () => {
    const said = await say(answer, { overdue: [], dueSoon: [], openCount: 4 });
    expect(said.summary).toBe(
      "Nothing is overdue for Riverside Jazz Fest and nothing is due in the next 7 days (4 open deliverables in all).",
    );
    expect(said.link?.href).toBe(`/events/${eventId}#operations`);
  });

  it("lists the one deliverable due soon, its date in the event's time zone", async () => {
    // 03:00 UTC on Mar 13 is the evening of Mar 12 in Chicago.
    const permits = finding("Food truck permits", { dueAt: "2027-03-13T03:00:00Z", daysOverdue: 0, severity: "low" });
    const said = await say(answer, { overdue: [], dueSoon: [permits], openCount: 5 });
    expect(said.summary).toBe(
      "Nothing is overdue for Riverside Jazz Fest; 1 deliverable is due in the next 7 days:\n- Food truck permits: due Mar 12, 2027, Dana Reyes",
    );
  });

  it("lists overdue first with days and criticality, at most five lines, then how many more", async () => {
    const overdue = [
      finding("Stage plot", { daysOverdue: 4, severity: "critical" }),
      finding("Security plan"),
      finding("Artist riders", { daysOverdue: 1 }),
      finding("Signage", { daysOverdue: 0 }),
    ];
    const dueSoon = ["Wristbands", "Volunteer rota", "Sound check"].map((title) =>
      finding(title, { dueAt: "2027-03-09T18:00:00Z", daysOverdue: 0, severity: "low" }),
    );
    const said = await say(answer, { overdue, dueSoon, openCount: 9 });
    expect(said.summary.split("\n")).toEqual([
      "Riverside Jazz Fest: 4 deliverables overdue (1 critical) and 3 due in the next 7 days:",
      "- Stage plot: 4 days overdue, Dana Reyes (critical)",
      "- Security plan: 2 days overdue, Dana Reyes",
      "- Artist riders: 1 day overdue, Dana Reyes",
      "- Signage: due earlier today, Dana Reyes",
      "- Wristbands: due Mar 9, 2027, Dana Reyes",
      "and 2 more.",
    ]);
  });
});

describe("monitor_ticket_sales in words", () => {
  const answer = OPERATIONS_ANSWERS.monitor_ticket_sales;
  const behind = {
    sold: 412,
    target: 1200,
    expectedByNow: 720,
    shortfall: 0.428,
    daysToEvent: 20,
    velocityPerDay: 8.4,
    requiredPerDay: 39.4,
    projectedTotal: 580,
    projectedShareOfTarget: 0.483,
    critical: true,
  };

  it("gives sold of target, days out, the projection and a critical pace, with the sales chart", async () => {
    const daily = [
      { day: "2027-01-01", tickets: 300 },
      { day: "2027-03-05", tickets: 112 },
    ];
    const said = await say(answer, behind, { $queryRaw: daily });
    expect(said.summary).toBe(
      "Riverside Jazz Fest: 412 of 1,200 tickets (34%), 20 days out. Selling 8.4 a day (39.4 a day would reach the target); at this pace about 580 by the day, 52% under target. 43% behind the straight-line pace (720 expected by now), which is critical.",
    );
    expect(said.link?.href).toBe(`/events/${eventId}#sales`);
    expect(said.chart?.kind).toBe("ticket_sales");
    if (said.chart?.kind !== "ticket_sales") return;
    expect(said.chart.target).toBe(1200);
    // Jan 1 to Mar 6 is 65 days: thinned to fit the chat, today's point kept.
    expect(said.chart.series.length).toBeLessThanOrEqual(60);
    expect(said.chart.series.at(-1)).toMatchObject({ day: "2027-03-06", sold: 412 });
  });

  it("says a pace at or above the line is on pace, and never critical", async () => {
    const said = await say(answer, {
      ...behind,
      sold: 800,
      shortfall: 0,
      velocityPerDay: 30,
      requiredPerDay: 20,
      projectedTotal: 1400,
      projectedShareOfTarget: 1.167,
      critical: false,
    });
    expect(said.summary).toContain("at this pace about 1,400 by the day, 17% over target.");
    expect(said.summary).toContain("On or ahead of the straight-line pace (720 expected by now).");
    expect(said.summary).not.toContain("critical");
  });

  it("after the start, says only what was sold", async () => {
    const said = await say(answer, { ...behind, sold: 1100, daysToEvent: -2, requiredPerDay: null, critical: false });
    expect(said.summary).toBe("Riverside Jazz Fest: 1,100 of 1,200 tickets (92%), the event started 2 days ago.");
  });
});

describe("track_budget in words", () => {
  const answer = OPERATIONS_ANSWERS.track_budget;
  const lines = [
    { category: "Catering", plannedCents: 2_000_000, spentCents: 2_350_000, overPlan: true },
    { category: "Stage", plannedCents: 5_000_000, spentCents: 4_600_000, overPlan: false },
  ];

  it("gives spent of budget with its share, a critical burn, the lines over plan and the budget chart", async () => {
    const said = await say(
      answer,
      {
        currency: "USD",
        budgetCents: 10_000_000,
        spentCents: 9_250_000,
        spentShare: 0.925,
        daysToEvent: 45,
        lines,
        burnCritical: true,
        overrunCritical: false,
      },
      { $queryRaw: [{ day: "2027-03-01", spentCents: 9_250_000 }] },
    );
    expect(said.summary.split("\n")).toEqual([
      "Riverside Jazz Fest: $92,500 of $100,000 spent (93%), $7,500 left, 45 days out. Over 90% spent with more than 30 days to go, which is critical. Over plan:",
      "- Catering: $23,500 of $20,000 planned",
    ]);
    expect(said.link?.href).toBe(`/events/${eventId}#budget`);
    expect(said.chart).toMatchObject({ kind: "budget", budgetCents: 10_000_000, currency: "USD" });
    if (said.chart?.kind !== "budget") return;
    expect(said.chart.burn.at(-1)).toEqual({ day: "2027-03-06", spentCents: 9_250_000 });
  });

  it("lists the lines that spent a given amount or more when asked, and says when none has", async () => {
    const budget = {
      currency: "USD",
      budgetCents: 10_000_000,
      spentCents: 6_950_000,
      spentShare: 0.695,
      daysToEvent: 45,
      lines,
      burnCritical: false,
      overrunCritical: false,
    };
    const asked = await say(answer, budget, { $queryRaw: [] }, { spentAtLeast: 40_000 });
    expect(asked.summary.split("\n")).toEqual([
      "Riverside Jazz Fest: $69,500 of $100,000 spent (70%), $30,500 left, 45 days out. Lines with $40,000 or more spent:",
      "- Stage: $46,000 of $50,000 planned",
    ]);
    const none = await say(answer, budget, { $queryRaw: [] }, { spentAtLeast: 100_000 });
    expect(none.summary).toMatch(/No budget line has spent \$100,000 or more\.$/);
  });

  it("says how much over budget, and that an overrun past 10% is critical", async () => {
    const said = await say(answer, {
      currency: "USD",
      budgetCents: 10_000_000,
      spentCents: 11_200_000,
      spentShare: 1.12,
      daysToEvent: 20,
      lines: [],
      burnCritical: false,
      overrunCritical: true,
    });
    expect(said.summary).toBe(
      "Riverside Jazz Fest: $112,000 of $100,000 spent (112%), $12,000 over budget, 20 days out. Over budget by more than 10%, which is critical.",
    );
    expect(said.chart).toBeUndefined();
  });
});

describe("check_vendor_confirmations in words", () => {
  const answer = OPERATIONS_ANSWERS.check_vendor_confirmations;
  const vendor = (name: string, service: string, fields: object = {}) => ({
    id: name,
    name,
    service,
    contactEmail: `${name.toLowerCase()}@example.com`,
    lastFollowUpAt: null,
    cancellationReason: null,
    ...fields,
  });

  it("says when the event has no vendors", async () => {
    const said = await say(answer, { pending: [], cancelled: [], confirmed: 0 });
    expect(said.summary).toBe("Riverside Jazz Fest has no vendors on record.");
  });

  it("says all confirmed when none is left to chase", async () => {
    const said = await say(answer, { pending: [], cancelled: [], confirmed: 3 });
    expect(said.summary).toBe("Riverside Jazz Fest: 3 of 3 vendors confirmed; none to chase.");
  });

  it("lists cancellations first, then who is still to confirm and when they were last chased", async () => {
    const said = await say(answer, {
      pending: [vendor("Lumen", "lighting", { lastFollowUpAt: "2027-03-04T16:00:00Z" }), vendor("Shade", "tents")],
      cancelled: [vendor("Brass", "PA system", { cancellationReason: "double booked" })],
      confirmed: 5,
    });
    expect(said.summary.split("\n")).toEqual([
      "Riverside Jazz Fest: 5 of 8 vendors confirmed, 2 still to confirm, 1 cancelled:",
      "- Brass cancelled PA system: double booked",
      "- Lumen (lighting): chased 2 days ago",
      "- Shade (tents): not chased yet",
    ]);
  });
});

describe("the writes in words", () => {
  it("generate_status_report says what the stored report says, with its alerts and a link to it", async () => {
    const content = {
      eventName: "Riverside Jazz Fest",
      metrics: {
        ticketsSold: "412 of 1,200",
        projectedAtEventDay: "580",
        salesPerDay: "8.4 (needed: 39.4)",
        budgetSpent: "$92,500 of $100,000",
        deliverablesOpen: 9,
        deliverablesOverdue: 4,
        vendorsToConfirm: 1,
        daysToEvent: 20,
      },
      alerts: ["Stage plot is 4 day(s) overdue (Dana Reyes).", "Brass cancelled PA system."],
    };
    const said = await say(
      OPERATIONS_ANSWERS.generate_status_report,
      { reportId: "report-1", emailId: "email-1", alerts: 2 },
      { "statusReport.findFirstOrThrow": { id: "report-1", content } },
    );
    expect(said.summary.split("\n")).toEqual([
      "Status report for Riverside Jazz Fest, emailed to the organizers: 412 of 1,200 tickets sold (about 580 by the day), $92,500 of $100,000 spent, 4 of 9 open deliverables overdue, 1 vendor to confirm, 20 days out. 2 alerts:",
      "- Stage plot is 4 day(s) overdue (Dana Reyes).",
      "- Brass cancelled PA system.",
    ]);
    expect(said.link?.href).toBe(`/events/${eventId}/reports/report-1`);
  });

  it("send_reminder and follow_up_vendor say who was written to, with a link to the outbox", async () => {
    const reminded = await say(OPERATIONS_ANSWERS.send_reminder, {
      emailId: "e",
      to: "dana@example.com",
      deliverable: "Stage plot",
    });
    expect(reminded.summary).toBe('Reminded dana@example.com about "Stage plot" (Riverside Jazz Fest).');
    expect(reminded.link?.href).toBe("/outbox");
    const chased = await say(OPERATIONS_ANSWERS.follow_up_vendor, {
      emailId: "e",
      to: "ops@lumen.example",
      vendor: "Lumen",
    });
    expect(chased.summary).toBe("Asked Lumen (ops@lumen.example) to confirm their booking for Riverside Jazz Fest.");
  });

  it("escalate_issue names the organizers emailed, or says nobody could be told", async () => {
    const issue = { issue: "Rain forecast", severity: "high" as const, acknowledged: false };
    const emailed = await say(
      OPERATIONS_ANSWERS.escalate_issue,
      { ...issue, notified: true, emailId: "email-1" },
      { "emailMessage.findFirst": { to: ["owner@example.com", "admin@example.com"] } },
    );
    expect(emailed.summary).toBe(
      'Emailed owner@example.com, admin@example.com about "Rain forecast" (high) for Riverside Jazz Fest.',
    );
    const nobody = await say(OPERATIONS_ANSWERS.escalate_issue, { ...issue, notified: false, emailId: null });
    expect(nobody.summary).toBe(
      'Nobody was emailed about "Rain forecast" (high) for Riverside Jazz Fest: the organization has no owner or admin to tell.',
    );
  });
});

/** Intl's no-break spaces ("65 %", "65 000 €") as plain ones, so the figures read as written here. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("in the organization's locale", () => {
  // An organization on de-DE, asked by a viewer in Lisbon: figures read the German way, event dates on
  // the event's (Chicago) clock.
  const german = (replies: Record<string, unknown> = {}) =>
    answerContext(replies, { locale: "de-DE", timeZone: "Europe/Lisbon" });

  it("track_budget gives sums and shares as 65.000 € and 65 %", async () => {
    const said = await OPERATIONS_ANSWERS.track_budget(german(), { eventId }, {
      currency: "EUR",
      budgetCents: 10_000_000,
      spentCents: 6_500_000,
      spentShare: 0.65,
      daysToEvent: 45,
      lines: [{ category: "Catering", plannedCents: 2_000_000, spentCents: 2_350_000, overPlan: true }],
      burnCritical: false,
      overrunCritical: false,
    } as never);
    expect(plain(said.summary).split("\n")).toEqual([
      "Riverside Jazz Fest: 65.000 € of 100.000 € spent (65 %), 35.000 € left, 45 days out. Over plan:",
      "- Catering: 23.500 € of 20.000 € planned",
    ]);
  });

  it("monitor_ticket_sales counts 1.200 tickets; check_deliverables dates a deadline on the event's clock", async () => {
    const sales = await OPERATIONS_ANSWERS.monitor_ticket_sales(german(), { eventId }, {
      sold: 1_200,
      target: 1_200,
      daysToEvent: -1,
    } as never);
    expect(plain(sales.summary)).toBe(
      "Riverside Jazz Fest: 1.200 of 1.200 tickets (100 %), the event started 1 day ago.",
    );
    // 03:00 UTC on Mar 13 is still Mar 12 in Chicago (and already Mar 13 in Lisbon).
    const permits = finding("Food truck permits", { dueAt: "2027-03-13T03:00:00Z", daysOverdue: 0, severity: "low" });
    const due = await OPERATIONS_ANSWERS.check_deliverables(
      german(),
      { eventId },
      {
        overdue: [],
        dueSoon: [permits],
        openCount: 5,
      },
    );
    expect(due.summary).toContain("- Food truck permits: due 12.03.2027, Dana Reyes");
  });
});
