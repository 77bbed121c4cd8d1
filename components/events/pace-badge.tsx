import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Pace } from "@/lib/domain/sales-pace";
import { getFormatter } from "@/lib/format-context";

const LABELS: Record<Pace["status"], { label: string; tone: BadgeTone }> = {
  not_started: { label: "Sales not open", tone: "neutral" },
  ahead: { label: "Ahead of pace", tone: "good" },
  on_track: { label: "On pace", tone: "good" },
  behind: { label: "Behind pace", tone: "warn" },
  far_behind: { label: "Far behind pace", tone: "bad" },
  finished: { label: "Finished", tone: "neutral" },
};

/** The pace's verdict with the figures behind it: "Behind pace · 39% sold, 52% expected by now". */
export async function PaceBadge({ pace }: { pace: Pace }) {
  const format = await getFormatter();
  const { label, tone } = LABELS[pace.status];
  const figures =
    pace.status === "not_started" || pace.status === "finished"
      ? null
      : `${format.percent(pace.progress)} sold, ${format.percent(pace.expectedProgress)} expected by now`;
  return (
    <Badge tone={tone}>
      {label}
      {figures && <span className="font-normal"> · {figures}</span>}
    </Badge>
  );
}
