import { z } from "zod";
import { defineTool } from "../../core/tool";
import { requireEvent } from "../../event";

const input = z.object({
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  issue: z.string().trim().min(3).max(300),
  reason: z.string().trim().min(3).max(1000),
  severity: z.enum(["low", "medium", "high", "critical"]).default("critical"),
});

/**
 * Puts an urgent issue in front of the organizer. In every acting mode it lands in the inbox (the
 * escalation rule always fires); approving the item records that a person acknowledged it.
 */
export const escalateIssue = defineTool({
  name: "escalate_issue",
  agent: "operations",
  description: "Escalate an urgent issue to the event organizer's inbox.",
  input,
  kind: "write",
  risk: "critical",
  activityType: "issue_escalated",
  escalation: async (_deps, args) => args.reason,
  async preview(deps, args) {
    const event = await requireEvent(deps, args.eventId);
    return { summary: `${event.name}: ${args.issue}`, eventId: event.id };
  },
  async run(deps, args) {
    await requireEvent(deps, args.eventId);
    return { acknowledged: true, issue: args.issue };
  },
});
