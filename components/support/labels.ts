import type { BadgeTone } from "@/components/ui/badge";
import { ESCALATION_LABELS, ESCALATION_REASONS } from "@/lib/agents/support/tools/escalate-to-human";
import type { ConversationStatus, SupportChannel } from "@/lib/db/generated/enums";

export const STATUS_TONE: Record<ConversationStatus, BadgeTone> = {
  open: "info",
  resolved: "good",
  handed_off: "warn",
};

export const CHANNEL_LABELS: Record<SupportChannel, string> = { web: "Help page", email: "Email", api: "API" };

/** "A refund over the limit" for a stored reason; an unknown one as it is stored. */
export function escalationLabel(reason: string | null) {
  if (!reason) return null;
  const known = ESCALATION_REASONS.find((candidate) => candidate === reason);
  const words = known ? ESCALATION_LABELS[known] : reason.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
