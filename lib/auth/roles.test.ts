import { describe, expect, it } from "vitest";
import { can } from "./roles";

describe("role permissions", () => {
  it("lets every role view the dashboard", () => {
    for (const role of ["owner", "admin", "member", "viewer"] as const) expect(can(role, "dashboard:view")).toBe(true);
  });

  it("keeps settings and agent configuration to owners and admins", () => {
    expect(can("owner", "settings:view")).toBe(true);
    expect(can("admin", "agents:configure")).toBe(true);
    expect(can("member", "settings:view")).toBe(false);
    expect(can("viewer", "settings:view")).toBe(false);
    expect(can("viewer", "agents:configure")).toBe(false);
    expect(can("admin", "organization:configure")).toBe(true);
    expect(can("member", "organization:configure")).toBe(false);
  });

  it("lets members but not viewers decide approvals", () => {
    expect(can("member", "approvals:decide")).toBe(true);
    expect(can("viewer", "approvals:decide")).toBe(false);
  });

  it("lets owners and admins, and nobody else, manage the team", () => {
    expect(can("owner", "team:manage")).toBe(true);
    expect(can("admin", "team:manage")).toBe(true);
    expect(can("member", "team:manage")).toBe(false);
    expect(can("viewer", "team:manage")).toBe(false);
  });
});
