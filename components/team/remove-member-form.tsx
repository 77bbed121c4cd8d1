"use client";

import { removeMemberAction } from "@/app/(dashboard)/settings/actions";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";

/** Remove, then confirm: one stray click or key press never removes anyone. */
export function RemoveMemberForm({ membershipId, name }: { membershipId: string; name: string }) {
  return (
    <ConfirmActionForm
      action={removeMemberAction}
      fields={{ membershipId }}
      verb="Remove"
      pendingVerb="Removing…"
      question={`Remove ${name}?`}
      subject={name}
    />
  );
}
