import { env } from "@/lib/env";
import type { ToolDeps } from "../core/tool";

/** The organization's owners and admins: who receives status reports and escalations. */
export async function organizerEmails(deps: ToolDeps) {
  const members = await deps.db.membership.findMany({
    where: { organizationId: deps.organizationId, role: { in: ["owner", "admin"] } },
    include: { user: { select: { email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return members.map((member) => member.user.email);
}

/** An absolute link into the app for an email (APP_URL), e.g. appLink("/inbox"). */
export function appLink(path: string) {
  return `${env.APP_URL.replace(/\/+$/, "")}${path}`;
}
