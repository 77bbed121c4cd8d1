import { describe, expect, it } from "vitest";
import {
  assignableRoles,
  checkInvite,
  checkRemoval,
  checkRoleChange,
  LAST_OWNER,
  NOT_A_MANAGER,
  ONLY_OWNERS_MANAGE_OWNERS,
} from "./rules";

describe("who may invite whom", () => {
  it("lets an owner invite any role and an admin any role but owner", () => {
    expect(assignableRoles("owner")).toEqual(["owner", "admin", "member", "viewer"]);
    expect(assignableRoles("admin")).toEqual(["admin", "member", "viewer"]);
    expect(checkInvite("owner", "owner")).toBeNull();
    expect(checkInvite("admin", "admin")).toBeNull();
    expect(checkInvite("admin", "owner")).toEqual({ code: "forbidden", message: ONLY_OWNERS_MANAGE_OWNERS });
  });

  it("refuses members and viewers", () => {
    expect(assignableRoles("member")).toEqual([]);
    expect(assignableRoles("viewer")).toEqual([]);
    expect(checkInvite("member", "viewer")).toEqual({ code: "forbidden", message: NOT_A_MANAGER });
    expect(checkInvite("viewer", "viewer")).toEqual({ code: "forbidden", message: NOT_A_MANAGER });
  });
});

describe("role changes", () => {
  it("let an admin move people between admin, member and viewer", () => {
    expect(checkRoleChange("admin", { from: "member", to: "admin", owners: 1 })).toBeNull();
    expect(checkRoleChange("admin", { from: "admin", to: "viewer", owners: 1 })).toBeNull();
  });

  it("keep making, demoting or changing owners to owners", () => {
    expect(checkRoleChange("admin", { from: "member", to: "owner", owners: 2 })?.message).toBe(
      ONLY_OWNERS_MANAGE_OWNERS,
    );
    expect(checkRoleChange("admin", { from: "owner", to: "admin", owners: 2 })?.code).toBe("forbidden");
    expect(checkRoleChange("owner", { from: "member", to: "owner", owners: 1 })).toBeNull();
    expect(checkRoleChange("owner", { from: "owner", to: "admin", owners: 2 })).toBeNull();
  });

  it("never demote the last owner, at the boundary of one owner", () => {
    expect(checkRoleChange("owner", { from: "owner", to: "admin", owners: 1 })).toEqual({
      code: "conflict",
      message: LAST_OWNER,
    });
    expect(checkRoleChange("owner", { from: "owner", to: "viewer", owners: 2 })).toBeNull();
    // Keeping the owner an owner is not a demotion.
    expect(checkRoleChange("owner", { from: "owner", to: "owner", owners: 1 })).toBeNull();
  });

  it("are refused to members and viewers", () => {
    expect(checkRoleChange("member", { from: "viewer", to: "member", owners: 1 })?.message).toBe(NOT_A_MANAGER);
  });
});

describe("removals", () => {
  it("let an admin remove admins, members and viewers but not owners", () => {
    expect(checkRemoval("admin", { role: "admin", owners: 1 })).toBeNull();
    expect(checkRemoval("admin", { role: "viewer", owners: 1 })).toBeNull();
    expect(checkRemoval("admin", { role: "owner", owners: 2 })?.message).toBe(ONLY_OWNERS_MANAGE_OWNERS);
  });

  it("let an owner remove another owner but never the last one", () => {
    expect(checkRemoval("owner", { role: "owner", owners: 2 })).toBeNull();
    expect(checkRemoval("owner", { role: "owner", owners: 1 })).toEqual({ code: "conflict", message: LAST_OWNER });
  });

  it("are refused to members", () => {
    expect(checkRemoval("member", { role: "viewer", owners: 1 })?.code).toBe("forbidden");
  });
});
