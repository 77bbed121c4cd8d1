import { z } from "zod";
import { daysOverdue, localDate } from "@/lib/domain/calendar-days";
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

const input = eventInput.extend({
  owner: z.string().trim().min(1).max(120).optional(),
  dueBy: z.iso.date({ error: "dueBy is a date like 2026-12-24." }).optional(),
});

/** The owner asked about: a case-insensitive part of the owner's name ("Ana" finds "Ana Souza"). */
function ownedBy(ownerName: string, owner: string | undefined) {
  return !owner || ownerName.toLowerCase().includes(owner.toLowerCase());
}

export const checkDeliverables = defineTool({
  name: "check_deliverables",
  agent: "operations",
  description:
    "Check status of all deliverables and identify at-risk items: overdue ones and those due in the next 7 days, with severity. `owner` keeps one person's items; `dueBy` (a date) looks ahead to that day instead of 7 days.",
  input,
  kind: "read",
  activityType: "deliverables_checked",
  async run(deps, { eventId, owner, dueBy }) {
    const event = await requireEvent(deps, eventId);
    const open = await deps.db.deliverable.findMany({
      where: { eventId, status: { in: ["pending", "in_progress"] } },
      orderBy: { dueAt: "asc" },
    });
    const findings: DeliverableFinding[] = [];
    for (const item of open) {
      if (!ownedBy(item.ownerName, owner)) continue;
      const due = deliverableSeverity(item.dueAt, deps.now, event.timezone);
      // Asked to look further ahead, items due by then count too (not at risk yet: low).
      const severity = dueBy ? (localDate(item.dueAt, event.timezone) <= dueBy ? (due ?? "low") : null) : due;
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
