import { describe, expect, it } from "vitest";
import {
  HIDDEN_INVITATION,
  HIDDEN_SUPPORT_CODE,
  outboxSubject,
  outboxText,
  SUPPORT_CODE_SUBJECT,
} from "./outbox-visibility";

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

describe("help chat codes in the Outbox", () => {
  const code = {
    idempotencyKey: "support-code:3b9a",
    subject: "Your DevConf Lisbon support code: 482913",
    text: "Your code is 482913.",
  };

  it("hide the code from everyone on the team, owners included, in the subject and the body", () => {
    for (const role of ["owner", "admin", "member", "viewer"] as const) {
      expect(outboxText(code, role)).toBe(HIDDEN_SUPPORT_CODE);
    }
    expect(outboxSubject(code)).toBe(SUPPORT_CODE_SUBJECT);
    expect(`${outboxSubject(code)} ${HIDDEN_SUPPORT_CODE}`).not.toContain("482913");
  });

  it("leave other subjects as they are", () => {
    expect(outboxSubject({ idempotencyKey: "invitation:1", subject: "Join Northwind Events" })).toBe(
      "Join Northwind Events",
    );
  });
});
