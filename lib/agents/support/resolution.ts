/**
 * Verified resolution, counted the hard way (issue 12): a conversation is resolved only when the
 * conversation layer set `resolvedAt` (the action it needed is in the database, or the answer was
 * informational), no person was asked for, and it was not reopened within 72 hours of being resolved.
 * The 72 hours must have passed before it counts: until then its outcome is not known (`pending`).
 */

/** How long after a resolution a reopen still undoes it. */
export const REOPEN_WINDOW_MS = 72 * 60 * 60 * 1000;

/** The seed's target, and Intercom Fin's published average resolution (which counts less strictly). */
export const RESOLUTION_TARGET = 0.95;
export const FIN_AVERAGE_RESOLUTION = { low: 0.67, high: 0.76 } as const;

export type ResolutionInput = {
  status: string;
  resolvedAt: Date | null;
  reopenedAt: Date | null;
  escalationReason: string | null;
  createdAt: Date;
};

export type Resolution = {
  /** All conversations given. */
  conversations: number;
  /** Those with resolvedAt set, whatever happened after. */
  resolved: number;
  /** Resolved, no person asked for, no reopen within 72 hours, and the 72 hours have passed. */
  verified: number;
  /** verified ÷ conversations whose outcome is known; null when none is known yet. */
  rate: number | null;
  /** Resolved without a person less than 72 hours ago and not reopened: not counted either way yet. */
  pending: number;
};

export type ResolutionOutcome = "verified" | "pending" | "unresolved";

/** Where one conversation stands: verified, still inside its reopen window, or not resolved. */
export function resolutionOutcome(conversation: ResolutionInput, now: Date): ResolutionOutcome {
  const { resolvedAt, reopenedAt } = conversation;
  const personAsked = conversation.escalationReason !== null || conversation.status === "handed_off";
  if (!resolvedAt || personAsked) return "unresolved";
  const windowEnds = resolvedAt.getTime() + REOPEN_WINDOW_MS;
  if (reopenedAt && reopenedAt.getTime() >= resolvedAt.getTime() && reopenedAt.getTime() <= windowEnds) {
    return "unresolved";
  }
  return now.getTime() >= windowEnds ? "verified" : "pending";
}

export function verifiedResolution(conversations: ResolutionInput[], now: Date): Resolution {
  let resolved = 0;
  let verified = 0;
  let pending = 0;
  for (const conversation of conversations) {
    if (conversation.resolvedAt) resolved++;
    const outcome = resolutionOutcome(conversation, now);
    if (outcome === "verified") verified++;
    if (outcome === "pending") pending++;
  }
  const known = conversations.length - pending;
  return {
    conversations: conversations.length,
    resolved,
    verified,
    rate: known === 0 ? null : verified / known,
    pending,
  };
}
