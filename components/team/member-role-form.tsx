"use client";

import { useActionState } from "react";
import { changeRoleAction, type SettingsActionState } from "@/app/(dashboard)/settings/actions";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Role } from "@/lib/db/generated/enums";

/** A member's role, changeable by owners and admins; the server applies the owner rules again. */
export function MemberRoleForm({
  membershipId,
  name,
  role,
  roles,
}: {
  membershipId: string;
  name: string;
  role: Role;
  roles: Role[];
}) {
  const [state, action, pending] = useActionState<SettingsActionState, FormData>(changeRoleAction, {});
  const id = `role-${membershipId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <label htmlFor={id} className="sr-only">
        Role of {name}
      </label>
      <select
        id={id}
        name="role"
        defaultValue={role}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {roles.map((option) => (
          <option key={option} value={option}>
            {ROLE_LABELS[option]}
          </option>
        ))}
      </select>
      <Button type="submit" disabled={pending} aria-label={`Save the role of ${name}`}>
        {pending ? "Saving…" : "Save"}
      </Button>
      <span role="status" className="basis-full text-xs">
        {state.error ? <span className="text-rose-700">{state.error}</span> : state.message}
      </span>
    </form>
  );
}
