import { can } from "@/lib/auth/roles";
import type { Role } from "@/lib/db/generated/enums";

/** Every role, most powerful first (the order of the role menus). */
export const ROLES = ["owner", "admin", "member", "viewer"] as const satisfies readonly Role[];

/** A refusal: the status it maps to and the sentence the person reads. */
export type TeamRefusal = { code: "forbidden" | "conflict"; message: string };

export const NOT_A_MANAGER = "Only owners and admins can manage the team.";
export const ONLY_OWNERS_MANAGE_OWNERS = "Only an owner can make someone an owner, or change or remove an owner.";
export const LAST_OWNER =
  "An organization needs at least one owner. Make someone else an owner first, then change or remove this one.";

/** The roles this person may give (in an invitation or a role change): owners any, admins all but owner. */
export function assignableRoles(actor: Role): Role[] {
  if (!can(actor, "team:manage")) return [];
  return actor === "owner" ? [...ROLES] : ROLES.filter((role) => role !== "owner");
}

/** Whether `actor` may invite someone as `role`; null when allowed. */
export function checkInvite(actor: Role, role: Role): TeamRefusal | null {
  if (!can(actor, "team:manage")) return { code: "forbidden", message: NOT_A_MANAGER };
  if (!assignableRoles(actor).includes(role)) return { code: "forbidden", message: ONLY_OWNERS_MANAGE_OWNERS };
  return null;
}

/**
 * Whether `actor` may change a member from `from` to `to`, given how many owners the organization has
 * now (counted under a lock, see lib/team/members.ts); null when allowed.
 */
export function checkRoleChange(actor: Role, change: { from: Role; to: Role; owners: number }): TeamRefusal | null {
  if (!can(actor, "team:manage")) return { code: "forbidden", message: NOT_A_MANAGER };
  if ((change.from === "owner" || change.to === "owner") && actor !== "owner") {
    return { code: "forbidden", message: ONLY_OWNERS_MANAGE_OWNERS };
  }
  if (change.from === "owner" && change.to !== "owner" && change.owners <= 1) {
    return { code: "conflict", message: LAST_OWNER };
  }
  return null;
}

/** Whether `actor` may remove a member whose role is `role`; null when allowed. */
export function checkRemoval(actor: Role, target: { role: Role; owners: number }): TeamRefusal | null {
  if (!can(actor, "team:manage")) return { code: "forbidden", message: NOT_A_MANAGER };
  if (target.role === "owner" && actor !== "owner") return { code: "forbidden", message: ONLY_OWNERS_MANAGE_OWNERS };
  if (target.role === "owner" && target.owners <= 1) return { code: "conflict", message: LAST_OWNER };
  return null;
}
