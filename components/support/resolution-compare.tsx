import { FIN_AVERAGE_RESOLUTION, RESOLUTION_TARGET } from "@/lib/agents/support/resolution";
import { getFormatter } from "@/lib/format-context";

/**
 * Verified resolution on one 0-100% scale with the seed's 95% target and the band of Intercom Fin's
 * published 67-76% average; the same figures are written beside the bars.
 */
export async function ResolutionCompare({ rate }: { rate: number | null }) {
  const format = await getFormatter();
  const rows = [
    {
      label: "Verified resolution here",
      value: rate === null ? "no outcome known yet" : format.percent(rate),
      from: 0,
      to: rate ?? 0,
      className: "bg-brand-600",
    },
    {
      label: "Target (the product's spec)",
      value: format.percent(RESOLUTION_TARGET),
      from: 0,
      to: RESOLUTION_TARGET,
      className: "bg-emerald-500",
    },
    {
      label: "Intercom Fin's published average",
      value: `${format.percent(FIN_AVERAGE_RESOLUTION.low)}–${format.percent(FIN_AVERAGE_RESOLUTION.high)}`,
      from: FIN_AVERAGE_RESOLUTION.low,
      to: FIN_AVERAGE_RESOLUTION.high,
      className: "bg-slate-400",
    },
  ];
  return (
    <dl className="space-y-3 text-sm">
      {rows.map((row) => (
        <div key={row.label}>
          <div className="flex justify-between gap-3">
            <dt>{row.label}</dt>
            <dd className="font-medium tabular-nums">{row.value}</dd>
          </div>
          <div aria-hidden className="relative mt-1 h-2 rounded bg-slate-100">
            <div
              className={`absolute h-2 rounded ${row.className}`}
              style={{ left: `${row.from * 100}%`, width: `${(row.to - row.from) * 100}%` }}
            />
          </div>
        </div>
      ))}
    </dl>
  );
}
