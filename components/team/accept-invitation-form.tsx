"use client";

import { useActionState } from "react";
import { type AcceptState, acceptAsNewUserAction, acceptAsSignedInAction } from "@/app/(auth)/invite/[token]/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/team/schemas";

function Alert({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800 ring-1 ring-rose-200">
      {message}
    </p>
  );
}

/** A new person creates their account: name and password; the email is the invited one. */
export function AcceptAsNewUserForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState<AcceptState, FormData>(acceptAsNewUserAction.bind(null, token), {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <Alert message={state.fields ? undefined : state.error} />
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
      <TextField
        id="invite-password"
        name="password"
        type="password"
        label="Choose a password"
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
        error={state.fields?.password?.[0]}
      />
      <TextField
        id="invite-confirm"
        name="confirm"
        type="password"
        label="Repeat the password"
        autoComplete="new-password"
        required
        error={state.fields?.confirm?.[0]}
      />
      <p className="text-xs text-slate-500">At least {MIN_PASSWORD_LENGTH} characters.</p>
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
      <Alert message={state.error} />
      <Button type="submit" variant="primary" disabled={pending} className="w-full py-2">
        {pending ? "Joining…" : `Join ${organization}`}
      </Button>
    </form>
  );
}
