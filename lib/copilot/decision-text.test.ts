import { describe, expect, it } from "vitest";
import { bindFormatter } from "@/lib/format";
import { US_FORMAT } from "@/tests/format";
import { decisionText } from "./decision-text";

const now = new Date("2027-02-19T10:00:00Z");
const decided = { decidedBy: "Ana Admin", decidedAt: "2027-02-19T09:55:00Z", reason: null };

describe("a chat card's words for an item decided since", () => {
  it("says nothing while the item waits", () => {
    expect(
      decisionText({ status: "pending", decidedBy: null, decidedAt: null, reason: null }, US_FORMAT, now),
    ).toBeNull();
  });

  it("names who approved and how long ago", () => {
    expect(decisionText({ status: "approved", ...decided }, US_FORMAT, now)).toBe(
      "Approved by Ana Admin 5 minutes ago.",
    );
  });

  it("gives the reason of a rejection", () => {
    expect(decisionText({ status: "rejected", ...decided, reason: "Too late" }, US_FORMAT, now)).toBe(
      "Rejected by Ana Admin: Too late",
    );
  });

  it("says how long ago in the organization's locale", () => {
    const german = bindFormatter({ locale: "de-DE", timeZone: "UTC" });
    expect(decisionText({ status: "approved", ...decided }, german, now)).toBe("Approved by Ana Admin vor 5 Minuten.");
  });

  it("tells expired and cancelled items apart", () => {
    expect(decisionText({ status: "expired", ...decided }, US_FORMAT, now)).toMatch(/^Expired/);
    expect(decisionText({ status: "cancelled", ...decided, decidedBy: null }, US_FORMAT, now)).toMatch(/^Cancelled/);
  });
});
