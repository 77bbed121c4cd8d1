"use client";

import { useActionState } from "react";
import { type AccountState, changePasswordAction } from "@/app/(dashboard)/account/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { NewPasswordFields } from "./new-password-fields";

export function PasswordForm() {
  const [state, action, pending] = useActionState<AccountState, FormData>(changePasswordAction, {});
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormAlert message={state.error && !state.fields ? state.error : undefined} />
      <TextField
        id="current-password"
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        error={state.fields?.currentPassword?.[0]}
      />
      <NewPasswordFields
        idPrefix="new"
        labels={{ password: "New password", confirm: "Repeat the new password" }}
        errors={state.fields}
      />
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
