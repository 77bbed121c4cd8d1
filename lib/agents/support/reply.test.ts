import { describe, expect, it } from "vitest";
import { canonicalFigure, checkModelReply, citedTitles, maskEmail, phraseReply, type ReplyFacts } from "./reply";

const refundFacts: ReplyFacts = {
  offline:
    "For Harbour Tech Day, refunds are 100% up to 30 days before the event, 50% up to 14 days before; none after that. Harbour Tech Day is 40 days away, so a refund today is 100%, through Dec 11, 2026. On order HTD-1002 that is €300 (100% of €300, 40 days before the event).",
  passages: [
    {
      title: "Refund policy",
      passage: "Refunded money goes back to the card you paid with within 5-10 business days.",
    },
  ],
};

describe("canonicalFigure", () => {
  it("reads one amount the same whatever its separators and zero fraction", () => {
    expect(new Set(["€300.00", "300", "300,00", "€300"].map((f) => canonicalFigure(f.replace("€", ""))))).toEqual(
      new Set(["300"]),
    );
    expect(canonicalFigure("1,234.50")).toBe(canonicalFigure("1.234,50"));
    expect(canonicalFigure("300.50")).not.toBe(canonicalFigure("300"));
  });
});

describe("checkModelReply", () => {
  it("passes a rephrasing that keeps the computed amount and date", () => {
    const text =
      "Good news! Harbour Tech Day is 40 days away, so you'd get 100% back: €300.00 on order HTD-1002, if you ask by December 11, 2026. The money reaches your card within 5-10 business days.";
    expect(checkModelReply(text, refundFacts)).toEqual([]);
  });

  it("refuses an amount the policy did not compute", () => {
    expect(checkModelReply("You'll get €600 back on order HTD-1002.", refundFacts)).toEqual([
      "figure 600 is not in the facts",
    ]);
    expect(checkModelReply("You'll get €300.50 back.", refundFacts)).toEqual(["figure 30050 is not in the facts"]);
  });

  it("refuses another date: a day, a month or a year that is not the computed one", () => {
    expect(checkModelReply("Ask by Dec 12, 2026.", refundFacts)).toEqual(["figure 12 is not in the facts"]);
    expect(checkModelReply("Ask by Nov 11, 2026.", refundFacts)).toEqual(["month nov is not in the facts"]);
    expect(checkModelReply("Ask by Dec 11, 2027.", refundFacts)).toEqual(["figure 2027 is not in the facts"]);
  });

  it("refuses an order detail the offline reply did not have", () => {
    expect(checkModelReply("I've noted your order for ana@example.com.", refundFacts)).toEqual([
      "order detail ana@example.com is not in the offline reply",
    ]);
    expect(checkModelReply("I've noted order HTD-1003.", refundFacts)).toContain(
      "order detail htd-1003 is not in the offline reply",
    );
  });

  it("refuses a claim that something was done when the offline reply says it waits", () => {
    const waiting: ReplyFacts = {
      offline:
        "A refund of €600 on order HTD-1001 is over the €500 I can refund on my own, so a person on the team will confirm it.",
      passages: [],
    };
    expect(checkModelReply("Good news: your €600 on order HTD-1001 has been refunded!", waiting)).toEqual([
      '"refunded" says more happened than the offline reply',
    ]);
    expect(checkModelReply("A person will confirm your €600 refund on order HTD-1001 soon.", waiting)).toEqual([]);
  });

  it("refuses an empty reply", () => {
    expect(checkModelReply("  ", refundFacts)).toEqual(["empty reply"]);
  });
});

describe("phraseReply", () => {
  it("is the offline reply without a model", async () => {
    expect(await phraseReply(refundFacts, null)).toBe(refundFacts.offline);
  });

  it("keeps the model's text when it passes the check and falls back when it does not or fails", async () => {
    const good = "You can get €300 back on order HTD-1002 until Dec 11, 2026.";
    expect(await phraseReply(refundFacts, async () => ` ${good} `)).toBe(good);
    expect(await phraseReply(refundFacts, async () => "You can get €350 back.")).toBe(refundFacts.offline);
    expect(
      await phraseReply(refundFacts, async () => {
        throw new Error("timeout");
      }),
    ).toBe(refundFacts.offline);
  });

  it("gives the model the draft and the passages, and a prompt that forbids new figures", async () => {
    let seen: { system: string; brief: string } | null = null;
    await phraseReply(refundFacts, async (system, brief) => {
      seen = { system, brief };
      return refundFacts.offline;
    });
    expect(seen).not.toBeNull();
    const { system, brief } = seen as unknown as { system: string; brief: string };
    expect(system).toMatch(/add no other number, date/);
    expect(brief).toContain(refundFacts.offline);
    expect(brief).toContain("[Refund policy] Refunded money goes back");
  });
});

describe("words", () => {
  it("masks an address and names cited articles", () => {
    expect(maskEmail("ben.okafor@example.com")).toBe("b***@example.com");
    expect(citedTitles(["Bag policy"])).toBe("(from “Bag policy”)");
    expect(citedTitles(["A", "B", "C"])).toBe("(from “A”, “B” and “C”)");
  });
});
