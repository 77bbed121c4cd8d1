import { describe, expect, it } from "vitest";
import { readIntent } from "./intent";
import { continuedIntent } from "./respond";

const sender = "ben@example.com";
const read = (text: string, pendingOffer = false) => readIntent(text, { sender, pendingOffer });

describe("continuedIntent", () => {
  it("fills the new holder a transfer waited for", () => {
    const pending = { intent: read("I want to transfer my ticket to a colleague"), awaiting: "newHolder" as const };
    const text = "Her name is Dana Reyes, dana@example.com";
    expect(continuedIntent(read(text), pending, text, sender)).toMatchObject({
      kind: "transfer",
      newHolder: { name: "Dana Reyes", email: "dana@example.com" },
    });
  });

  it("takes a bare reference as the order asked for, and keeps a new request as it is", () => {
    const pending = { intent: read("Please resend my tickets"), awaiting: "order" as const };
    expect(continuedIntent(read("HTD-1002-B"), pending, "HTD-1002-B", sender)).toMatchObject({
      kind: "resend",
      orders: ["HTD-1002-B"],
    });
    const refund = read("Please refund order HTD-1002");
    expect(continuedIntent(refund, pending, "Please refund order HTD-1002", sender)).toBe(refund);
  });

  it("turns a yes to an offered refund into the refund, and nothing else into one", () => {
    const pending = { intent: read("Can I still get a refund?"), awaiting: "confirmation" as const };
    expect(continuedIntent(read("Yes please", true), pending, "Yes please", sender).kind).toBe("refund");
    expect(continuedIntent(read("Where is the venue?", true), pending, "Where is the venue?", sender).kind).toBe(
      "question",
    );
  });

  it("is the message's own intent when nothing waits", () => {
    const intent = read("Can I bring a backpack?");
    expect(continuedIntent(intent, null, "Can I bring a backpack?", sender)).toBe(intent);
  });
});
