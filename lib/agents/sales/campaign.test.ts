import { describe, expect, it } from "vitest";
import { prospectTimeline } from "./campaign";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 21, 9, minute));

describe("a prospect's timeline", () => {
  it("orders what happened and leaves out what did not", () => {
    const timeline = prospectTimeline({
      emails: [
        { subject: "DevConf Lisbon: a Gold sponsorship", createdAt: at(0), firstOpenedAt: at(5), firstClickedAt: null },
        { subject: "Re: DevConf Lisbon", createdAt: at(30), firstOpenedAt: null, firstClickedAt: null },
      ],
      proposals: [{ firstViewedAt: at(6), viewCount: 2 }],
      replies: [{ classification: "custom_pricing", receivedAt: at(40) }],
      meetings: [{ status: "offered", createdAt: at(41), bookedAt: null, startsAt: null }],
    });
    expect(timeline.map((entry) => entry.text)).toEqual([
      "Email sent: DevConf Lisbon: a Gold sponsorship",
      "Email opened",
      "Proposal viewed (2x)",
      "Email sent: Re: DevConf Lisbon",
      "Replied: custom pricing",
      "Meeting offered",
    ]);
  });
});
