"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ORG_COOKIE, requireContext } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";

/** Switches the current organization; only to one the user is a member of. */
export async function switchOrganizationAction(form: FormData) {
  const context = await requireContext();
  const organizationId = z.uuid().safeParse(form.get("organizationId"));
  const target = context.organizations.find((org) => organizationId.success && org.id === organizationId.data);
  if (!target) throw new AppError("forbidden", "You are not a member of that organization.");
  (await cookies()).set(ORG_COOKIE, target.id, { httpOnly: true, sameSite: "lax", path: "/" });
  redirect("/");
}
