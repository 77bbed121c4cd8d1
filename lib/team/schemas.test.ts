import { describe, expect, it } from "vitest";
import { acceptInput, inviteInput, MIN_PASSWORD_LENGTH, passwordChangeInput } from "./schemas";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("team forms", () => {
  it("take an invitation email case- and space-insensitively, and explain a bad one", () => {
    expect(inviteInput.parse({ email: "  Lena@Example.COM ", role: "member" })).toEqual({
      email: "lena@example.com",
      role: "member",
    });
    expect(messages(inviteInput.safeParse({ email: "lena", role: "boss" }))).toEqual([
      "Enter an email address, like name@company.com.",
      "Choose owner, admin, member or viewer.",
    ]);
  });

  it("need a password of at least the minimum length, at the boundary", () => {
    const at = "x".repeat(MIN_PASSWORD_LENGTH);
    const under = "x".repeat(MIN_PASSWORD_LENGTH - 1);
    expect(acceptInput.safeParse({ name: "Lena", password: at, confirm: at }).success).toBe(true);
    expect(messages(acceptInput.safeParse({ name: "Lena", password: under, confirm: under }))).toEqual([
      `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`,
    ]);
  });

  it("catch a mistyped repeat and a missing name or current password", () => {
    expect(
      messages(acceptInput.safeParse({ name: "  ", password: "long enough pass", confirm: "long enough pass" })),
    ).toEqual(["Enter your name."]);
    expect(
      messages(acceptInput.safeParse({ name: "Lena", password: "long enough pass", confirm: "long enough pas" })),
    ).toEqual(["The two passwords differ. Type the same password twice."]);
    expect(
      messages(
        passwordChangeInput.safeParse({
          currentPassword: "",
          password: "long enough pass",
          confirm: "long enough pass",
        }),
      ),
    ).toEqual(["Enter your current password."]);
  });
});
