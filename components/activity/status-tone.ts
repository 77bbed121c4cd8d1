/** Badge colour of an activity status. */
export const ACTIVITY_STATUS_TONE = { success: "good", failed: "bad", pending: "neutral", escalated: "warn" } as const;
