"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { type ApiKeyActionState, revokeApiKeyAction } from "@/app/(dashboard)/settings/api-key-actions";
import { Button } from "@/components/ui/button";

/** Revoke, then confirm: one stray click never cuts an integration off. Focus follows the step. */
export function ApiKeyRevokeForm({ apiKeyId, name }: { apiKeyId: string; name: string }) {
  const [state, action, pending] = useActionState<ApiKeyActionState, FormData>(revokeApiKeyAction, {});
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const revokeRef = useRef<HTMLButtonElement>(null);
  const started = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (started.current) revokeRef.current?.focus();
    started.current = true;
  }, [confirming]);
  return (
    <form action={action} className="flex flex-wrap items-center justify-end gap-2">
      <input type="hidden" name="apiKeyId" value={apiKeyId} />
      {confirming ? (
        <>
          <span className="text-xs text-slate-700">Revoke {name}? Systems using it stop working.</span>
          <Button ref={confirmRef} type="submit" variant="danger" disabled={pending} aria-label={`Yes, revoke ${name}`}>
            {pending ? "Revoking…" : "Yes, revoke"}
          </Button>
          <Button onClick={() => setConfirming(false)} disabled={pending}>
            Cancel
          </Button>
        </>
      ) : (
        <Button ref={revokeRef} variant="danger" onClick={() => setConfirming(true)} aria-label={`Revoke ${name}`}>
          Revoke
        </Button>
      )}
      {state.error && (
        <p role="alert" className="basis-full text-right text-xs text-rose-700">
          {state.error}
        </p>
      )}
    </form>
  );
}
