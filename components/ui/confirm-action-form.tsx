"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

type ActionState = { error?: string };

/**
 * A destructive button that asks once more: one stray click or key press never removes or revokes
 * anything. Focus follows the step (to "Yes, …" when asked, back to the button when cancelled).
 */
export function ConfirmActionForm({
  action,
  fields,
  verb,
  pendingVerb,
  question,
  subject,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  /** Hidden inputs naming what is acted on. */
  fields: Record<string, string>;
  /** "Remove", "Revoke". */
  verb: string;
  /** "Removing…". */
  pendingVerb: string;
  /** "Remove Ana?": the sentence beside the confirmation. */
  question: string;
  /** The name in the buttons' accessible labels ("Remove Ana", "Yes, remove Ana"). */
  subject: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const started = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (started.current) startRef.current?.focus();
    started.current = true;
  }, [confirming]);
  const lower = verb.toLowerCase();
  return (
    <form action={formAction} className="flex flex-wrap items-center justify-end gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirming ? (
        <>
          <span className="text-xs text-slate-700">{question}</span>
          <Button
            ref={confirmRef}
            type="submit"
            variant="danger"
            disabled={pending}
            aria-label={`Yes, ${lower} ${subject}`}
          >
            {pending ? pendingVerb : `Yes, ${lower}`}
          </Button>
          <Button onClick={() => setConfirming(false)} disabled={pending}>
            Cancel
          </Button>
        </>
      ) : (
        <Button ref={startRef} variant="danger" onClick={() => setConfirming(true)} aria-label={`${verb} ${subject}`}>
          {verb}
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
