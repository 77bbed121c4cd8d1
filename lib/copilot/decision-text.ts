import type { ApprovalState } from "@/lib/agents/core/approval-state";
import type { Formatter } from "@/lib/format";

/**
 * How a chat card shown again tells an item decided since (here or in the inbox), "5 minutes ago" in the
 * organization's locale (the card's formatter); null while it waits.
 */
export function decisionText(
  state: ApprovalState,
  format: Pick<Formatter, "relative">,
  now = new Date(),
): string | null {
  const by = state.decidedBy ? ` by ${state.decidedBy}` : "";
  const when = state.decidedAt ? ` ${format.relative(new Date(state.decidedAt), now)}` : "";
  switch (state.status) {
    case "pending":
      return null;
    case "approved":
      return `Approved${by}${when}.`;
    case "rejected":
      return state.reason ? `Rejected${by}: ${state.reason}` : `Rejected${by}${when}.`;
    case "expired":
      return "Expired: no one decided in time, so it counts as rejected.";
    case "cancelled":
      return "Cancelled: the run that asked for it was stopped.";
  }
}
