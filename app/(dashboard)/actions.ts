"use server";

import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { z } from "zod";
import { requirePageContext } from "@/lib/auth/context";
import { ORG_COOKIE } from "@/lib/auth/cookies";

/** Switches the current organization; only to one the user is a member of. */
export async function switchOrganizationAction(form: FormData) {
  const context = await requirePageContext();
  const organizationId = z.uuid().safeParse(form.get("organizationId"));
  const target = context.organizations.find((org) => organizationId.success && org.id === organizationId.data);
  if (!target) forbidden();
  (await cookies()).set(ORG_COOKIE, target.id, { httpOnly: true, sameSite: "lax", path: "/" });
  redirect("/");
}
