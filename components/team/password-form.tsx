"use client";

import { useActionState } from "react";
import { type AccountState, changePasswordAction } from "@/app/(dashboard)/account/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/team/schemas";

export function PasswordForm() {
  const [state, action, pending] = useActionState<AccountState, FormData>(changePasswordAction, {});
  return (
    <form action={action} className="space-y-3" noValidate>
      {state.error && !state.fields && (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800 ring-1 ring-rose-200">
          {state.error}
        </p>
      )}
      <TextField
        id="current-password"
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        error={state.fields?.currentPassword?.[0]}
      />
      <TextField
        id="new-password"
        name="password"
        type="password"
        label="New password"
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
        error={state.fields?.password?.[0]}
      />
      <TextField
        id="confirm-password"
        name="confirm"
        type="password"
        label="Repeat the new password"
        autoComplete="new-password"
        required
        error={state.fields?.confirm?.[0]}
      />
      <p className="text-xs text-slate-500">At least {MIN_PASSWORD_LENGTH} characters.</p>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </Button>
        <p role="status" className="text-sm text-emerald-700">
          {state.message}
        </p>
      </div>
    </form>
  );
}
