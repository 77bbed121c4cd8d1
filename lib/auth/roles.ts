import type { Role } from "@/lib/db/generated/enums";

const RANK: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

/**
 * What each role may do. Pages, server actions and route handlers ask for a permission; the role
 * comes from the membership in the database, never from the browser.
 */
export const PERMISSIONS = {
  "dashboard:view": "viewer",
  "approvals:decide": "member",
  /** Policy escalations (risk critical): a deal over $50k, an urgent issue, an edit that retargets an action. */
  "approvals:decide-critical": "admin",
  "agents:run": "member",
  "agents:configure": "admin",
  "settings:view": "admin",
  /** Invite people, change roles, remove members (owners are further protected in lib/team/rules.ts). */
  "team:manage": "admin",
  /** The organization's own settings, such as the locale its numbers and dates are shown in. */
  "organization:configure": "admin",
  /** Create, list and revoke the organization's keys for the public API (lib/api/keys.ts). */
  "api-keys:manage": "admin",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return RANK[role] >= RANK[PERMISSIONS[permission]];
}

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  member: "Member",
  viewer: "Viewer",
};
