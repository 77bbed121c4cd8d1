"use client";

import { useActionState } from "react";
import { type AccountState, updateNameAction } from "@/app/(dashboard)/account/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function NameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState<AccountState, FormData>(updateNameAction, {});
  return (
    <form action={action} className="space-y-3" noValidate>
      <TextField
        id="account-name"
        name="name"
        label="Name"
        autoComplete="name"
        required
        defaultValue={name}
        error={state.fields?.name?.[0]}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : "Save name"}
        </Button>
        <p role="status" className="text-sm text-emerald-700">
          {state.message}
        </p>
      </div>
    </form>
  );
}
