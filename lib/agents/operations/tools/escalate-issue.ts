import { z } from "zod";
import { defineTool, type ToolDeps } from "../../core/tool";
import { requireEvent } from "../../event";
import { appLink, organizerEmails } from "../organizers";

const input = z.object({
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  issue: z.string().trim().min(3).max(300),
  reason: z.string().trim().min(3).max(1000),
  severity: z.enum(["low", "medium", "high", "critical"]).default("critical"),
});

type Input = z.infer<typeof input>;

async function notify(deps: ToolDeps, args: Input, key: string, lines: string[]) {
  const event = await requireEvent(deps, args.eventId);
  const recipients = await organizerEmails(deps);
  if (recipients.length === 0) return null;
  return deps.queueEmail(
    {
      eventId: event.id,
      to: recipients,
      subject: `${args.severity === "critical" ? "Critical" : `Issue (${args.severity})`}: ${args.issue} (${event.name})`,
      text: [`${event.name}: ${args.issue}`, "", args.reason, "", ...lines, "", `${event.name} operations`].join("\n"),
    },
    key,
  );
}

/**
 * Puts an issue in front of the organizers, by its severity. A critical one is the policy's
 * escalation: it waits in the inbox for an admin or owner to acknowledge, and the owners and admins
 * are emailed once when it is filed. A lower one is a notice: in full auto the organizers are emailed
 * and nobody needs to decide (assisted mode still asks first, as for every write).
 */
export const escalateIssue = defineTool({
  name: "escalate_issue",
  agent: "operations",
  description:
    "Escalate an issue to the event organizers, with its severity: critical goes to the inbox and emails the admins; low, medium and high are emailed as a notice.",
  input,
  kind: "write",
  risk: "medium",
  activityType: "issue_escalated",
  escalation: async (_deps, args) => (args.severity === "critical" ? args.reason : null),
  async onEscalated(deps, args, approvalId) {
    await notify(deps, args, `escalation-alert:${approvalId}`, [
      "It waits in the inbox for an admin or owner to acknowledge:",
      appLink("/inbox"),
    ]);
  },
  async preview(deps, args) {
    const event = await requireEvent(deps, args.eventId);
    return {
      summary: `${event.name}: ${args.issue} (${args.severity})`,
      eventId: event.id,
      recipients: await organizerEmails(deps),
    };
  },
  async run(deps, args) {
    await requireEvent(deps, args.eventId);
    // A critical issue reaches run() only when a person acknowledges it in the inbox: the alert went
    // out when it was filed, so nothing is sent twice.
    if (args.severity === "critical") return { acknowledged: true, issue: args.issue, severity: args.severity };
    const emailId = await notify(deps, args, "issue-notice", [`Event page: ${appLink(`/events/${args.eventId}`)}`]);
    return { acknowledged: false, notified: emailId !== null, emailId, issue: args.issue, severity: args.severity };
  },
});
