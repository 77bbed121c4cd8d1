"use client";

import { Area, AreaChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatter } from "@/components/shell/format-provider";
import type { BudgetPoint } from "@/lib/events/queries";

/** Cumulative spend per day against the event's budget; `compact` for the chat. */
export function BudgetChart({
  burn,
  budgetCents,
  currency,
  compact = false,
}: {
  burn: BudgetPoint[];
  budgetCents: number;
  currency: string;
  compact?: boolean;
}) {
  const last = burn.at(-1);
  const format = useFormatter();
  const money = (cents: number) => format.money(cents, currency, { compact: true });
  return (
    <figure>
      <div className={`${compact ? "h-36" : "h-56"} w-full`}>
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={burn} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="day" tick={{ fontSize: 11, fill: "#475569" }} minTickGap={40} />
            <YAxis
              tick={{ fontSize: 11, fill: "#475569" }}
              width={56}
              tickFormatter={money}
              domain={[0, Math.max(budgetCents, last?.spentCents ?? 0)]}
            />
            <Tooltip formatter={(value) => [money(Number(value)), "Spent"]} />
            <ReferenceLine
              y={budgetCents}
              stroke="#64748b"
              strokeDasharray="6 3"
              label={{ value: "Budget", fontSize: 11, fill: "#334155" }}
            />
            <Area type="stepAfter" dataKey="spentCents" name="Spent" stroke="#2552e0" fill="#dbe6fe" />
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">
        {last
          ? `${format.money(last.spentCents, currency)} spent by ${last.day}, against a budget of ${format.money(budgetCents, currency)}.`
          : "Nothing spent yet."}
      </figcaption>
    </figure>
  );
}
