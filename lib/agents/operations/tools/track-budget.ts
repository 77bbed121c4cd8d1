import { z } from "zod";
import { daysToEvent as daysToEventOn } from "@/lib/domain/calendar-days";
import { defineTool } from "../../core/tool";
import { eventInput, requireEvent } from "../../event";
import { isBudgetBurnCritical, isBudgetOverrunCritical } from "../rules";

export const trackBudget = defineTool({
  name: "track_budget",
  agent: "operations",
  description:
    "Track the event budget against actual spending, per budget line and in total. `spentAtLeast` (an amount in the event's currency) asks which budget lines have spent that much or more.",
  input: eventInput.extend({
    spentAtLeast: z.number({ error: "spentAtLeast is an amount, like 10000." }).positive().optional(),
  }),
  kind: "read",
  activityType: "budget_tracked",
  async run(deps, { eventId }) {
    const event = await requireEvent(deps, eventId);
    const lines = await deps.db.budgetLine.findMany({
      where: { eventId },
      // Spent as of the call's clock (an expense booked for later is not spent yet).
      include: { expenses: { where: { incurredAt: { lte: deps.now } }, select: { amountCents: true } } },
      orderBy: { category: "asc" },
    });
    const perLine = lines.map((line) => {
      const spentCents = line.expenses.reduce((sum, expense) => sum + expense.amountCents, 0);
      return {
        category: line.category,
        plannedCents: line.plannedCents,
        spentCents,
        overPlan: spentCents > line.plannedCents,
      };
    });
    const spentCents = perLine.reduce((sum, line) => sum + line.spentCents, 0);
    const daysToEvent = daysToEventOn(event.startsAt, deps.now, event.timezone);
    return {
      currency: event.currency,
      budgetCents: event.budgetCents,
      spentCents,
      spentShare: event.budgetCents > 0 ? Math.round((spentCents / event.budgetCents) * 1000) / 1000 : 0,
      daysToEvent,
      lines: perLine,
      burnCritical: isBudgetBurnCritical(spentCents, event.budgetCents, daysToEvent),
      overrunCritical: isBudgetOverrunCritical(spentCents, event.budgetCents),
    };
  },
});
