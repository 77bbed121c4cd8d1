import { describe, expect, it } from "vitest";
import { HIDDEN_INVITATION, outboxText } from "./outbox-visibility";

describe("invitation emails in the Outbox", () => {
  const invitation = {
    idempotencyKey: "invitation:7d1c",
    text: "Accept the invitation: http://localhost:3000/invite/secret",
  };
  const reminder = { idempotencyKey: "ops:reminder:1", text: "The stage plot is due Friday." };

  it("show the link to owners and admins, who may invite", () => {
    expect(outboxText(invitation, "owner")).toBe(invitation.text);
    expect(outboxText(invitation, "admin")).toBe(invitation.text);
  });

  it("hide the link from members and viewers, who could otherwise join with its role", () => {
    expect(outboxText(invitation, "member")).toBe(HIDDEN_INVITATION);
    expect(outboxText(invitation, "viewer")).toBe(HIDDEN_INVITATION);
  });

  it("leave every other email as it is", () => {
    expect(outboxText(reminder, "viewer")).toBe(reminder.text);
  });
});
