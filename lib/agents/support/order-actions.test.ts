import { describe, expect, it } from "vitest";
import { orderRefsIn } from "./intent";
import { namedOrder } from "./order-actions";

describe("namedOrder", () => {
  it("takes the reference as written, not the start of it read as another reference", () => {
    expect(namedOrder(orderRefsIn("I'd like a refund for order ABCD-12345678-1001"))).toBe("ABCD-12345678-1001");
    expect(namedOrder(["DCL-10482", "DCL-10483"])).toBe("DCL-10482");
    expect(namedOrder([])).toBeUndefined();
  });
});
