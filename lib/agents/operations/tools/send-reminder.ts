import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineTool, type ToolDeps } from "../../core/tool";
import { eventFormatter, requireEvent } from "../../event";
import { remindedRecently } from "../rules";

const input = z.object({
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  deliverableId: z.uuid({ error: "Pick a deliverable (a deliverable id)." }),
  note: z.string().trim().max(500).optional(),
});

/**
 * The deliverable, if a reminder about it may go out now: it is still open, and its owner was not
 * reminded in the last 24 hours. The rule lives here, so every path (chat, schedule, an approval
 * decided later) honours it, and the draft a person approves is refused the same way.
 */
async function load(deps: ToolDeps, { eventId, deliverableId }: z.infer<typeof input>) {
  const event = await requireEvent(deps, eventId);
  const format = await eventFormatter(deps, event);
  const deliverable = await deps.db.deliverable.findFirst({ where: { id: deliverableId, eventId } });
  if (!deliverable) throw new AppError("not_found", "That deliverable does not exist for this event.");
  if (deliverable.status === "done" || deliverable.status === "cancelled") {
    throw new AppError(
      "conflict",
      `"${deliverable.title}" is ${deliverable.status === "done" ? "done" : "cancelled"}: there is nothing to remind ${deliverable.ownerName} about.`,
    );
  }
  if (remindedRecently(deliverable.lastRemindedAt, deps.now)) {
    throw new AppError(
      "conflict",
      `${deliverable.ownerName} was reminded about "${deliverable.title}" ${format.relative(deliverable.lastRemindedAt ?? deps.now, deps.now)}: one reminder a day at most.`,
    );
  }
  return { event, deliverable, format };
}

export const sendReminder = defineTool({
  name: "send_reminder",
  agent: "operations",
  description: "Send a reminder email to the person responsible for a deliverable.",
  input,
  kind: "write",
  risk: "low",
  activityType: "reminder_sent",
  async preview(deps, args) {
    const { event, deliverable, format } = await load(deps, args);
    return {
      summary: `Remind ${deliverable.ownerName} about "${deliverable.title}" (due ${format.date(deliverable.dueAt, event.timezone)})`,
      eventId: event.id,
      recipients: [deliverable.ownerEmail],
    };
  },
  async run(deps, args) {
    const { event, deliverable, format } = await load(deps, args);
    const due = format.date(deliverable.dueAt, event.timezone);
    const late = deliverable.dueAt < deps.now;
    const emailId = await deps.queueEmail(
      {
        eventId: event.id,
        to: [deliverable.ownerEmail],
        subject: `${late ? "Overdue" : "Reminder"}: ${deliverable.title} for ${event.name}`,
        text: [
          `Hi ${deliverable.ownerName.split(" ")[0]},`,
          "",
          late
            ? `"${deliverable.title}" for ${event.name} was due on ${due} and is not marked done yet.`
            : `A reminder that "${deliverable.title}" for ${event.name} is due on ${due}.`,
          ...(args.note ? ["", args.note] : []),
          "",
          "If it is already done, reply and we will mark it. Thank you!",
          "",
          `${event.name} operations`,
        ].join("\n"),
      },
      `reminder:${deliverable.id}`,
    );
    await deps.db.deliverable.update({ where: { id: deliverable.id }, data: { lastRemindedAt: deps.now } });
    return { emailId, to: deliverable.ownerEmail, deliverable: deliverable.title };
  },
});
