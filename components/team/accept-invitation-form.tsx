"use client";

import { useActionState } from "react";
import { type AcceptState, acceptAsNewUserAction, acceptAsSignedInAction } from "@/app/(auth)/invite/[token]/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { NewPasswordFields } from "./new-password-fields";

/** A new person creates their account: name and password; the email is the invited one. */
export function AcceptAsNewUserForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState<AcceptState, FormData>(acceptAsNewUserAction.bind(null, token), {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.fields ? undefined : state.error} />
      <TextField id="invite-account-email" label="Email" type="email" value={email} readOnly autoComplete="username" />
      <TextField
        id="invite-name"
        name="name"
        label="Your name"
        autoComplete="name"
        required
        defaultValue={state.name}
        error={state.fields?.name?.[0]}
      />
      <NewPasswordFields
        idPrefix="invite"
        labels={{ password: "Choose a password", confirm: "Repeat the password" }}
        errors={state.fields}
      />
      <Button type="submit" variant="primary" disabled={pending} className="w-full py-2">
        {pending ? "Joining…" : "Create account and join"}
      </Button>
    </form>
  );
}

/** Someone signed in with the invited email joins with one click. */
export function AcceptAsSignedInForm({ token, organization }: { token: string; organization: string }) {
  const [state, action, pending] = useActionState<AcceptState, FormData>(acceptAsSignedInAction.bind(null, token), {});
  return (
    <form action={action} className="space-y-4">
      <FormAlert message={state.error} />
      <Button type="submit" variant="primary" disabled={pending} className="w-full py-2">
        {pending ? "Joining…" : `Join ${organization}`}
      </Button>
    </form>
  );
}
