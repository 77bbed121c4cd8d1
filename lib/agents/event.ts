import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Formatter } from "@/lib/format";
import { organizationFormatter } from "@/lib/organization/format";
import type { ToolDeps } from "./core/tool";

export const eventInput = z.object({ eventId: z.uuid({ error: "Pick an event (an event id)." }) });

/** The event, if it belongs to the caller's organization; otherwise a 404 that says so. */
export async function requireEvent(deps: Pick<ToolDeps, "db" | "organizationId">, eventId: string) {
  const event = await deps.db.event.findFirst({ where: { id: eventId, organizationId: deps.organizationId } });
  if (!event) throw new AppError("not_found", "That event does not exist in this organization.");
  return event;
}

/**
 * How an agent writes figures about an event (its emails, its inbox cards): the organization's locale,
 * on the event's clock. Read from the database, never from the caller.
 */
export function eventFormatter(
  deps: Pick<ToolDeps, "db" | "organizationId">,
  event: { timezone: string },
): Promise<Formatter> {
  return organizationFormatter(deps.db, deps.organizationId, event.timezone);
}
