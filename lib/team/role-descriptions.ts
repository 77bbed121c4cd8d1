import type { Role } from "@/lib/db/generated/enums";

/** What each role may do, in a person's words (the invite form and the role menus). */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: "everything, including owners and the team",
  admin: "settings, agent modes and the team (not owners)",
  member: "runs agents and decides what waits in the Inbox",
  viewer: "reads everything, changes nothing",
};
