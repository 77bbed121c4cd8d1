"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { removeMemberAction, type SettingsActionState } from "@/app/(dashboard)/settings/actions";
import { Button } from "@/components/ui/button";

/** Remove, then confirm: one stray click or key press never removes anyone. Focus follows the step. */
export function RemoveMemberForm({ membershipId, name }: { membershipId: string; name: string }) {
  const [state, action, pending] = useActionState<SettingsActionState, FormData>(removeMemberAction, {});
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const started = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (started.current) removeRef.current?.focus();
    started.current = true;
  }, [confirming]);
  return (
    <form action={action} className="flex flex-wrap items-center justify-end gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      {confirming ? (
        <>
          <span className="text-xs text-slate-700">Remove {name}?</span>
          <Button ref={confirmRef} type="submit" variant="danger" disabled={pending} aria-label={`Yes, remove ${name}`}>
            {pending ? "Removing…" : "Yes, remove"}
          </Button>
          <Button onClick={() => setConfirming(false)} disabled={pending}>
            Cancel
          </Button>
        </>
      ) : (
        <Button ref={removeRef} variant="danger" onClick={() => setConfirming(true)} aria-label={`Remove ${name}`}>
          Remove
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
