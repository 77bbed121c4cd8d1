import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Pace } from "@/lib/domain/sales-pace";

const LABELS: Record<Pace["status"], { label: string; tone: BadgeTone }> = {
  not_started: { label: "Sales not open", tone: "neutral" },
  ahead: { label: "Ahead of pace", tone: "good" },
  on_track: { label: "On pace", tone: "good" },
  behind: { label: "Behind pace", tone: "warn" },
  far_behind: { label: "Far behind pace", tone: "bad" },
  finished: { label: "Finished", tone: "neutral" },
};

export function PaceBadge({ pace }: { pace: Pace }) {
  const { label, tone } = LABELS[pace.status];
  return <Badge tone={tone}>{label}</Badge>;
}
