import { describe, expect, it } from "vitest";
import { namedTicket } from "./order-actions";

const ticket = (id: string, holderName: string, status = "valid") => ({
  id,
  externalId: null,
  type: "Full pass",
  holderName,
  holderEmail: `${id}@example.com`,
  status: status as "valid",
});

describe("namedTicket: whose ticket a transfer on a group order is about", () => {
  const group = [ticket("a", "Oliver Grant"), ticket("b", "Ravi Patel"), ticket("c", "Chloe Martin")];

  it("is the holder named in full, even when another holder is named by first name only", () => {
    const message = "Ravi Patel can't come, please move his ticket to Nina Petrova. Chloe's stays.";
    expect(namedTicket(group, message, { name: "Nina Petrova" })).toBe("b");
  });

  it("falls back to a first name when it names exactly one holder", () => {
    expect(namedTicket(group, "chloe is sick, give her pass to Sam Lee", { name: "Sam Lee" })).toBe("c");
  });

  it("is undefined when two holders are named, none is, or the order has one valid ticket", () => {
    expect(namedTicket(group, "Ravi and Chloe both can't come", {})).toBeUndefined();
    expect(namedTicket(group, "please transfer a ticket to Sam Lee", { name: "Sam Lee" })).toBeUndefined();
    const single = [ticket("a", "Oliver Grant"), ticket("b", "Ravi Patel", "transferred")];
    expect(namedTicket(single, "move Ravi Patel's ticket", {})).toBeUndefined();
  });

  it("never picks the new holder's own ticket", () => {
    expect(namedTicket(group, "swap: give Ravi Patel's ticket to Chloe Martin", { name: "Chloe Martin" })).toBe("b");
  });
});
