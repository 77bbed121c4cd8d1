/** What a key may do: feed events in, answer attendees, read orders (no server imports: the form uses it). */
export const API_SCOPES = ["import", "support", "orders:read"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const SCOPE_LABELS: Record<ApiScope, string> = {
  import: "Import events, orders and the knowledge base",
  support: "Send attendee messages to the Support agent",
  "orders:read": "Read orders, their tickets and emails",
};
