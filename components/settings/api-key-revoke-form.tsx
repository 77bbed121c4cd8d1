"use client";

import { revokeApiKeyAction } from "@/app/(dashboard)/settings/api-key-actions";
import { ConfirmActionForm } from "@/components/ui/confirm-action-form";

/** Revoke, then confirm: one stray click never cuts an integration off. */
export function ApiKeyRevokeForm({ apiKeyId, name }: { apiKeyId: string; name: string }) {
  return (
    <ConfirmActionForm
      action={revokeApiKeyAction}
      fields={{ apiKeyId }}
      verb="Revoke"
      pendingVerb="Revoking…"
      question={`Revoke ${name}? Systems using it stop working.`}
      subject={name}
    />
  );
}
