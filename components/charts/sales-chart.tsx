"use client";

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { SalesPoint } from "@/lib/domain/sales-pace";

/** Cumulative tickets sold per day against the straight-line pace to the target; `compact` for the chat. */
export function SalesChart({
  series,
  target,
  compact = false,
}: {
  series: SalesPoint[];
  target: number;
  compact?: boolean;
}) {
  const last = series.at(-1);
  return (
    <figure>
      <div className={`${compact ? "h-44" : "h-72"} w-full`}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={series} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="day" tick={{ fontSize: 11 }} minTickGap={40} />
            <YAxis tick={{ fontSize: 11 }} width={48} domain={[0, Math.max(target, last?.sold ?? 0)]} />
            <Tooltip />
            <Legend />
            <ReferenceLine
              y={target}
              stroke="#94a3b8"
              strokeDasharray="6 3"
              label={{ value: "Target", fontSize: 11 }}
            />
            <Line type="monotone" dataKey="sold" name="Tickets sold" stroke="#2552e0" strokeWidth={2} dot={false} />
            <Line
              type="monotone"
              dataKey="targetPace"
              name="Straight-line pace"
              stroke="#f59e0b"
              strokeDasharray="4 4"
              dot={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">
        {last
          ? `${last.sold} tickets sold by ${last.day}, against a straight-line pace of ${last.targetPace} and a target of ${target}.`
          : "No sales yet."}
      </figcaption>
    </figure>
  );
}
