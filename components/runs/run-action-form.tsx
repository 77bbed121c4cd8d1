"use client";

import { useActionState, useState } from "react";
import type { RunActionState } from "@/app/(dashboard)/runs/actions";
import { Button, type ButtonProps } from "@/components/ui/button";

/**
 * One button posting hidden fields to a runs action, with its outcome. With `confirm`, the first click
 * turns the same button into the confirmation (focus stays on it) next to a way back.
 */
export function RunActionForm({
  action,
  fields,
  label,
  pendingLabel,
  confirm,
  variant,
}: {
  action: (previous: RunActionState, form: FormData) => Promise<RunActionState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  confirm?: { label: string; dismiss: string };
  variant?: ButtonProps["variant"];
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const [confirming, setConfirming] = useState(false);
  const asksFirst = confirm !== undefined && !confirming;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button
        type={asksFirst ? "button" : "submit"}
        variant={variant}
        disabled={pending}
        onClick={asksFirst ? () => setConfirming(true) : undefined}
      >
        {pending ? pendingLabel : confirming && confirm ? confirm.label : label}
      </Button>
      {confirming && confirm && !pending && <Button onClick={() => setConfirming(false)}>{confirm.dismiss}</Button>}
      <span role="status" className={`text-sm ${state.error ? "text-rose-700" : "text-slate-600"}`}>
        {state.error ?? state.message}
      </span>
    </form>
  );
}
