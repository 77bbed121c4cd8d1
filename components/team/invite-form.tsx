"use client";

import { useActionState } from "react";
import { inviteMemberAction, type SettingsActionState } from "@/app/(dashboard)/settings/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Role } from "@/lib/db/generated/enums";
import { ROLE_DESCRIPTIONS } from "@/lib/team/role-descriptions";

/** Invites someone by email with one of the roles the signed-in person may give. */
export function InviteForm({ roles }: { roles: Role[] }) {
  const [state, action, pending] = useActionState<SettingsActionState, FormData>(inviteMemberAction, {});
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormAlert message={state.error && !state.fields ? state.error : undefined} />
      <TextField
        id="invite-email"
        name="email"
        type="email"
        label="Email address"
        autoComplete="off"
        required
        defaultValue={state.email}
        error={state.fields?.email?.[0]}
      />
      <div>
        <label htmlFor="invite-role" className="block text-sm font-medium text-slate-700">
          Role
        </label>
        <select
          id="invite-role"
          name="role"
          defaultValue="member"
          aria-describedby={state.fields?.role ? "invite-role-error" : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}: {ROLE_DESCRIPTIONS[role]}
            </option>
          ))}
        </select>
        {state.fields?.role && (
          <p id="invite-role-error" className="mt-1 text-xs text-rose-700">
            {state.fields.role[0]}
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Sending…" : "Send invitation"}
        </Button>
        <p role="status" className="text-sm text-emerald-700">
          {state.message}
        </p>
      </div>
    </form>
  );
}
