import { Wallet } from "lucide-react";
import { BudgetChart } from "@/components/charts/budget-chart";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { Event } from "@/lib/db/generated/client";
import type { getEventBudget } from "@/lib/events/queries";
import { getFormatter } from "@/lib/format-context";

type Budget = Awaited<ReturnType<typeof getEventBudget>>;

/** The event's budget against what has been spent: the total, its burn over time and each line. */
export async function BudgetCard({
  event,
  budget,
}: {
  event: Pick<Event, "budgetCents" | "currency"> & { spentCents: number };
  budget: Budget;
}) {
  const format = await getFormatter();
  const money = (cents: number) => format.money(cents, event.currency);
  const share = event.budgetCents > 0 ? event.spentCents / event.budgetCents : 0;
  return (
    <Card id="budget" title="Budget and spend" className="mb-6">
      <p className="text-sm">
        <strong className="tabular-nums">{money(event.spentCents)}</strong> spent of {money(event.budgetCents)} (
        {format.percent(share)}), {money(Math.max(event.budgetCents - event.spentCents, 0))} left
        {event.spentCents > event.budgetCents && (
          <span className="text-rose-700"> · {money(event.spentCents - event.budgetCents)} over budget</span>
        )}
      </p>
      {budget.burn.length === 0 ? (
        <EmptyState icon={Wallet} title="Nothing spent yet">
          Expenses booked against the budget lines appear here.
        </EmptyState>
      ) : (
        <BudgetChart burn={budget.burn} budgetCents={event.budgetCents} currency={event.currency} />
      )}
      {budget.lines.length > 0 && (
        <ul className="mt-4 space-y-2 text-sm">
          {budget.lines.map((line) => {
            const lineShare = line.plannedCents > 0 ? line.spentCents / line.plannedCents : 0;
            return (
              <li key={line.id}>
                <div className="flex justify-between gap-3">
                  <span className="font-medium">{line.category}</span>
                  <span className={`tabular-nums ${lineShare > 1 ? "text-rose-700" : "text-slate-600"}`}>
                    {money(line.spentCents)} of {money(line.plannedCents)}
                  </span>
                </div>
                <div
                  className="mt-1 h-1.5 rounded-full bg-slate-100"
                  role="progressbar"
                  aria-label={`${line.category} spent against plan`}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={Math.round(Math.min(lineShare, 1) * 100)}
                >
                  <div
                    className={`h-1.5 rounded-full ${lineShare > 1 ? "bg-rose-500" : "bg-brand-500"}`}
                    style={{ width: `${Math.min(lineShare, 1) * 100}%` }}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
