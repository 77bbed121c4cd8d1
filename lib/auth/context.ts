import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { type Locale, toLocale } from "@/lib/locales";
import { ORG_COOKIE } from "./cookies";
import { getCurrentUser } from "./current-user";
import { can, type Permission } from "./roles";

/** Who is asking, for which organization, with which role: all read from the server. */
export type OrgContext = {
  user: { id: string; email: string; name: string };
  organization: { id: string; name: string; slug: string; locale: Locale };
  role: Role;
  organizations: { id: string; name: string; role: Role }[];
};

/**
 * The current organization is the one chosen with the switcher (a cookie) if the user is a member
 * of it, else the first one they joined. A cookie naming a foreign organization is simply ignored.
 */
export const getOrgContext = cache(async (): Promise<OrgContext | "signed-out" | "no-membership"> => {
  const user = await getCurrentUser();
  if (!user) return "signed-out";
  const memberships = await db.membership.findMany({
    where: { userId: user.id },
    include: { organization: true },
    orderBy: { createdAt: "asc" },
  });
  const chosen = (await cookies()).get(ORG_COOKIE)?.value;
  const current = memberships.find((m) => m.organizationId === chosen) ?? memberships[0];
  if (!current) return "no-membership";
  return {
    user: { id: user.id, email: user.email, name: user.name },
    organization: {
      id: current.organization.id,
      name: current.organization.name,
      slug: current.organization.slug,
      locale: toLocale(current.organization.locale),
    },
    role: current.role,
    organizations: memberships.map((m) => ({ id: m.organizationId, name: m.organization.name, role: m.role })),
  };
});

/** For pages: sends a signed-out visitor to sign in, and answers 403 without the permission. */
export async function requirePageContext(permission: Permission = "dashboard:view"): Promise<OrgContext> {
  const context = await getOrgContext();
  if (context === "signed-out") redirect("/login");
  if (context === "no-membership" || !can(context.role, permission)) forbidden();
  return context;
}

/** For route handlers and server actions: throws a 401 or 403 AppError. */
export async function requireContext(permission: Permission = "dashboard:view"): Promise<OrgContext> {
  const context = await getOrgContext();
  if (context === "signed-out") throw new AppError("unauthenticated", "Sign in to continue.");
  if (context === "no-membership") {
    throw new AppError("forbidden", "Your account is not a member of any organization yet.");
  }
  if (!can(context.role, permission)) {
    throw new AppError("forbidden", "Your role does not allow this. Ask an admin of your organization.");
  }
  return context;
}
