"use client";

import { BudgetChart } from "@/components/charts/budget-chart";
import { SalesChart } from "@/components/charts/sales-chart";
import type { ChatChart } from "@/lib/copilot/answer";

/**
 * An answer's chart, at the chat's size: the event page's own charts, each with its text alternative
 * (the figure's caption, read by screen readers).
 */
export function ChatResultChart({ chart }: { chart: ChatChart }) {
  switch (chart.kind) {
    case "ticket_sales":
      return <SalesChart series={chart.series} target={chart.target} compact />;
    case "budget":
      return <BudgetChart burn={chart.burn} budgetCents={chart.budgetCents} currency={chart.currency} compact />;
  }
}
