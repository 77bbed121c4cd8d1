import { describe, expect, it } from "vitest";
import { supportAddress, supportEventIdIn } from "./support-address";

const EVENT = "3f6c2a4e-9b1d-4c8e-a2f0-5d7b9e1c3a64";

describe("support addresses", () => {
  it("are support+<event id> on the inbound domain, or none without one", () => {
    expect(supportAddress(EVENT, "EventOS <replies@in.example.com>")).toBe(`support+${EVENT}@in.example.com`);
    expect(supportAddress(EVENT, undefined)).toBeNull();
  });

  it("name the event from a recipient or a UUID MailboxHash, never from a reply token", () => {
    expect(supportEventIdIn([`Help <SUPPORT+${EVENT.toUpperCase()}@in.example.com>`])).toBe(EVENT);
    expect(supportEventIdIn(["abc@inbound.postmarkapp.com"], [undefined, EVENT])).toBe(EVENT);
    expect(
      supportEventIdIn(
        ["replies+0123456789abcdef0123456789abcdef@in.example.com"],
        ["0123456789abcdef0123456789abcdef"],
      ),
    ).toBeNull();
    expect(supportEventIdIn([`sales+${EVENT}@in.example.com`])).toBeNull();
    expect(supportEventIdIn([`support+not-a-uuid@in.example.com`])).toBeNull();
  });
});
