/**
 * The event page's daily sales curve, counted in SQL, against a baseline in the same run on the same
 * data: loading every ticket and aggregating in JavaScript, as a naive implementation would.
 */
import type { Db } from "../lib/db/client";
import { dailySales } from "../lib/events/queries";
import { median, report } from "./setup";

export async function benchSalesCurve(db: Db) {
  const event = await db.event.findFirstOrThrow({ where: { slug: "riverside-jazz-fest" } });
  const tickets = await db.ticket.count({ where: { eventId: event.id } });
  const baseline = await median(async () => {
    const rows = await db.ticket.findMany({
      where: { eventId: event.id, status: { in: ["valid", "checked_in", "transferred"] } },
      select: { createdAt: true },
    });
    const perDay = new Map<string, number>();
    const calendarDay = new Intl.DateTimeFormat("en-CA", { timeZone: event.timezone });
    for (const row of rows) {
      const day = calendarDay.format(row.createdAt);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    return perDay;
  });
  const candidate = await median(() => dailySales(db, event.id, event.timezone));
  report(
    `Daily sales curve of ${event.name} (${tickets} tickets), embedded Postgres, median of 30:`,
    [
      ["baseline  load tickets + aggregate in JS", baseline],
      ["eventos   dailySales (GROUP BY in Postgres)", candidate],
    ],
    ["ratio     eventos / baseline", candidate, baseline],
  );
}
