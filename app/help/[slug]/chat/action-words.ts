import type { SupportAction, SupportTurn } from "@/lib/agents/support/conversation";
import type { Formatter } from "@/lib/format";

const DONE: Record<SupportAction["type"], string> = {
  refund: "Refund",
  transfer: "Ticket transferred",
  resend: "Ticket emailed again",
};

/**
 * What the chat shows under a reply for what was done or now waits for a person, e.g. "Refund of
 * €186.75 done (order DCL-7F3K2Q9A)". Only what the conversation layer returned, so an order is named
 * only once the visitor has shown the order's email is theirs.
 */
export function actionWords(
  turn: Pick<SupportTurn, "actions" | "escalated">,
  event: { currency: string },
  format: Pick<Formatter, "money">,
) {
  const words = turn.actions.map((action) => {
    const order = `(order ${action.orderReference})`;
    const what =
      action.type === "refund"
        ? `Refund${action.amountCents === undefined ? "" : ` of ${format.money(action.amountCents, event.currency, { exact: true })}`}`
        : DONE[action.type];
    if (action.status === "done") return action.type === "refund" ? `${what} done ${order}` : `${what} ${order}`;
    const pending =
      action.type === "refund" ? what : action.type === "transfer" ? "Transfer" : "Sending the ticket again";
    return `${pending} waiting for the team's approval ${order}`;
  });
  if (turn.escalated && !turn.actions.some((action) => action.status === "pending_approval")) {
    words.push("Waiting for the team");
  }
  return words;
}
