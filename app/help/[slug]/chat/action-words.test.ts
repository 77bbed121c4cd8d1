import { describe, expect, it } from "vitest";
import { bindFormatter } from "@/lib/format";
import { actionWords } from "./action-words";

const format = bindFormatter({ locale: "en-US", timeZone: "Europe/Lisbon" });
const eur = { currency: "EUR" };

describe("actionWords", () => {
  it("says a done refund with its exact amount and the order", () => {
    const turn = {
      escalated: false,
      actions: [
        {
          type: "refund" as const,
          orderExternalId: null,
          orderReference: "DCL-7F3K2Q9A",
          status: "done" as const,
          amountCents: 18_675,
        },
      ],
    };
    expect(actionWords(turn, eur, format)).toEqual(["Refund of €186.75 done (order DCL-7F3K2Q9A)"]);
  });

  it("says what waits for a person, once, without a second 'waiting' line", () => {
    const turn = {
      escalated: true,
      actions: [
        {
          type: "refund" as const,
          orderExternalId: "ext-1",
          orderReference: "DCL-1",
          status: "pending_approval" as const,
          amountCents: 54_900,
        },
      ],
    };
    expect(actionWords(turn, eur, format)).toEqual(["Refund of €549 waiting for the team's approval (order DCL-1)"]);
  });

  it("names transfers and resends, and a hand-off without an action", () => {
    const actions = [
      { type: "transfer" as const, orderExternalId: null, orderReference: "RJF-2", status: "done" as const },
      { type: "resend" as const, orderExternalId: null, orderReference: "RJF-3", status: "done" as const },
    ];
    expect(actionWords({ escalated: false, actions }, eur, format)).toEqual([
      "Ticket transferred (order RJF-2)",
      "Ticket emailed again (order RJF-3)",
    ]);
    expect(actionWords({ escalated: true, actions: [] }, eur, format)).toEqual(["Waiting for the team"]);
  });
});
