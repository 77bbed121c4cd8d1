import { daysOverdue } from "@/lib/domain/calendar-days";
import { defineTool } from "../../core/tool";
import { eventInput, requireEvent } from "../../event";
import { deliverableSeverity, type Severity } from "../rules";

export type DeliverableFinding = {
  id: string;
  title: string;
  ownerName: string;
  ownerEmail: string;
  dueAt: string;
  daysOverdue: number;
  severity: Severity;
  lastRemindedAt: string | null;
};

export const checkDeliverables = defineTool({
  name: "check_deliverables",
  agent: "operations",
  description:
    "Check status of all deliverables and identify at-risk items: overdue ones and those due in the next 7 days, with severity.",
  input: eventInput,
  kind: "read",
  activityType: "deliverables_checked",
  async run(deps, { eventId }) {
    const event = await requireEvent(deps, eventId);
    const open = await deps.db.deliverable.findMany({
      where: { eventId, status: { in: ["pending", "in_progress"] } },
      orderBy: { dueAt: "asc" },
    });
    const findings: DeliverableFinding[] = [];
    for (const item of open) {
      const severity = deliverableSeverity(item.dueAt, deps.now, event.timezone);
      if (!severity) continue;
      findings.push({
        id: item.id,
        title: item.title,
        ownerName: item.ownerName,
        ownerEmail: item.ownerEmail,
        dueAt: item.dueAt.toISOString(),
        daysOverdue: daysOverdue(item.dueAt, deps.now, event.timezone),
        severity,
        lastRemindedAt: item.lastRemindedAt?.toISOString() ?? null,
      });
    }
    return {
      overdue: findings.filter((item) => new Date(item.dueAt) < deps.now),
      dueSoon: findings.filter((item) => new Date(item.dueAt) >= deps.now),
      openCount: open.length,
    };
  },
});
