"use client";

import { useActionState } from "react";
import { revokeInvitationAction, type SettingsActionState } from "@/app/(dashboard)/settings/actions";
import { Button } from "@/components/ui/button";

export function RevokeInvitationForm({ invitationId, email }: { invitationId: string; email: string }) {
  const [state, action, pending] = useActionState<SettingsActionState, FormData>(revokeInvitationAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center justify-end gap-2">
      <input type="hidden" name="invitationId" value={invitationId} />
      <Button type="submit" disabled={pending} aria-label={`Withdraw the invitation to ${email}`}>
        {pending ? "Withdrawing…" : "Withdraw"}
      </Button>
      {state.error && (
        <p role="alert" className="basis-full text-right text-xs text-rose-700">
          {state.error}
        </p>
      )}
    </form>
  );
}
