import type { AnswerContext } from "@/lib/copilot/answer";
import type { DbOrTx } from "@/lib/db/client";
import { bindFormatter } from "@/lib/format";

/** Riverside Jazz Fest, as the answers read it: Chicago time, US dollars, sales open since Jan 1. */
export const RIVERSIDE = {
  id: "5f0c2b7e-8d1a-4c3e-9b6f-2a4d8e1c7b90",
  organizationId: "org-1",
  name: "Riverside Jazz Fest",
  timezone: "America/Chicago",
  currency: "USD",
  ticketSalesTarget: 1200,
  budgetCents: 10_000_000,
  salesOpenedAt: new Date("2027-01-01T15:00:00Z"),
  createdAt: new Date("2026-12-01T15:00:00Z"),
  startsAt: new Date("2027-03-26T23:00:00Z"),
  endsAt: new Date("2027-03-28T04:00:00Z"),
};

/** 10:00 in Chicago, 20 days before the festival. */
export const NOW = new Date("2027-03-06T16:00:00Z");

/**
 * What an answer reads, with the database replaced by fixed replies, keyed "model.method" (e.g.
 * "event.findFirst") and "$queryRaw" for the chart queries: the answers under test get hand-built
 * tool outputs and only look up names, currencies and time zones. `settings` is the request's formatter's
 * (the organization's locale, the viewer's zone): en-US and UTC unless a test says otherwise.
 */
export function answerContext(
  replies: Record<string, unknown> = {},
  settings: { locale: string; timeZone: string } = { locale: "en-US", timeZone: "UTC" },
): AnswerContext {
  const all: Record<string, unknown> = { "event.findFirst": RIVERSIDE, "budgetLine.findMany": [], ...replies };
  const reply = (key: string) => async () => all[key] ?? (key === "$queryRaw" ? [] : null);
  const db = new Proxy(
    {},
    {
      get: (_, model: string) =>
        model === "$queryRaw"
          ? reply(model)
          : new Proxy({}, { get: (__, method: string) => reply(`${model}.${method}`) }),
    },
  );
  return { db: db as DbOrTx, organizationId: RIVERSIDE.organizationId, now: NOW, format: bindFormatter(settings) };
}
