import { describe, expect, it } from "vitest";
import { emailsIn, newHolderIn, orderRefsIn, readIntent } from "./intent";

const kind = (message: string, options = {}) => readIntent(message, options).kind;

describe("intent", () => {
  it.each([
    ["I want a refund for DCL-10482", "refund"],
    ["Please refund my order", "refund"],
    ["Can you refund order DCL-10482?", "refund"],
    ["I'd like to cancel my ticket and get my money back", "refund"],
    ["Refund please, order #EB-99812", "refund"],
    ["Can I still get a refund?", "refund_question"],
    ["How much would I get back if I cancel now?", "refund_question"],
    ["What is your refund policy?", "refund_question"],
    ["Are tickets refundable?", "refund_question"],
    ["Please resend my ticket", "resend"],
    ["I never received my tickets", "resend"],
    ["I didn't get the confirmation email for DCL-10482", "resend"],
    ["I lost my ticket, can you send it again?", "resend"],
    ["Where are my tickets?", "resend"],
    ["Please transfer my ticket to Maria Lopez, maria@example.com", "transfer"],
    ["My colleague John Smith will attend in my place", "transfer"],
    ["Please move Anna's pass to Tom Baker, tom@example.com", "transfer"],
    ["My flatmate Jo Park is taking my wristband, jo@example.com", "transfer"],
    ["Can you put one ticket under my sister's name, Lea Roth?", "transfer"],
    ["Can you send my ticket to my new email?", "resend"],
    ["I want to cancel my weekend pass", "refund"],
    ["Is Maria Lopez registered for the conference?", "other_person"],
    ["my colleague said he'd come, what's his email and seat?", "other_person"],
    ["Who's the holder on order DCL-10482?", "lookup"],
    ["What email is on order DCL-10482?", "lookup"],
    ["Can I transfer my ticket?", "transfer_question"],
    ["Is my ticket transferable?", "transfer_question"],
    ["What's the status of my order DCL-10482?", "lookup"],
    ["What's the email on order DCL-10482?", "lookup"],
    ["Who bought order DCL-10001?", "lookup"],
    ["When will I get my refund?", "lookup"],
    ["I want to talk to a human", "human"],
    ["Can I speak with someone from the team?", "human"],
    ["Thanks!", "thanks"],
    ["Perfect, thank you so much", "thanks"],
    ["Can I bring a backpack?", "question"],
    ["What time do doors open?", "question"],
    ["Is there parking near the venue?", "question"],
  ])("%s → %s", (message, expected) => expect(kind(message)).toBe(expected));

  it("reads a yes only as an answer to an offer, and a complaint after a resolution as a reopen", () => {
    expect(kind("Yes please", { pendingOffer: true })).toBe("confirm");
    expect(kind("Yes please")).not.toBe("confirm");
    expect(kind("No, wait", { pendingOffer: true })).not.toBe("confirm");
    expect(kind("I still haven't received it", { resolved: true })).toBe("reopen");
    expect(kind("That didn't work", { resolved: true })).toBe("reopen");
  });
});

describe("slots", () => {
  it("finds order references and labelled external ids", () => {
    expect(orderRefsIn("Order dcl-10482 and DCL-10483")).toEqual(["DCL-10482", "DCL-10483"]);
    expect(orderRefsIn("my order number is ord_77812")).toEqual(["ord_77812"]);
    expect(orderRefsIn("booking #EB99812")).toEqual(["EB99812"]);
    expect(orderRefsIn("Can I bring 2 friends? My email is a.b-12@example.com")).toEqual([]);
  });

  it("finds emails", () => {
    expect(emailsIn("write to Ana.Silva@Example.com or bob@x.org.")).toEqual(["ana.silva@example.com", "bob@x.org"]);
  });

  it("finds the new holder's name and email", () => {
    expect(newHolderIn("Please transfer DCL-10482 to Maria Lopez (maria.lopez@example.com)")).toEqual({
      name: "Maria Lopez",
      email: "maria.lopez@example.com",
    });
    expect(newHolderIn("my colleague João Pereira will go instead, joao@acme.pt", "me@x.com")).toEqual({
      name: "João Pereira",
      email: "joao@acme.pt",
    });
    expect(newHolderIn("Transfer my ticket please, her name is Ana Souza")).toEqual({
      name: "Ana Souza",
      email: undefined,
    });
    expect(newHolderIn("Can I transfer my ticket to me@x.com?", "me@x.com")).toEqual({
      name: undefined,
      email: undefined,
    });
  });
});
