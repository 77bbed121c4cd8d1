"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { type ApiKeyActionState, createApiKeyAction } from "@/app/(dashboard)/settings/api-key-actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import { API_SCOPES, SCOPE_LABELS } from "@/lib/api/scopes";

/** The new key, once: selectable, with a copy button that says when it worked. */
function NewKey({ value }: { value: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      ref.current?.select();
      setCopied("failed");
    }
  };
  return (
    <div className="space-y-2 rounded-md bg-amber-50 p-3 ring-1 ring-amber-200">
      <label htmlFor="new-api-key" className="block text-sm font-medium text-amber-900">
        Your new key (shown only now)
      </label>
      <div className="flex gap-2">
        <input
          ref={ref}
          id="new-api-key"
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="block w-full rounded-md border border-amber-300 bg-white px-3 py-2 font-mono text-xs"
        />
        <Button onClick={copy} aria-describedby="new-api-key-copied">
          Copy
        </Button>
      </div>
      <p id="new-api-key-copied" role="status" className="text-xs text-amber-900">
        {copied === "yes"
          ? "Copied to the clipboard."
          : copied === "failed"
            ? "Selected: press Ctrl+C or ⌘C to copy."
            : ""}
      </p>
    </div>
  );
}

/** Name and scopes of a new key for the public API; the server checks both again. */
export function ApiKeyCreateForm() {
  const [state, action, pending] = useActionState<ApiKeyActionState, FormData>(createApiKeyAction, {});
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormAlert message={state.error && !state.fields ? state.error : undefined} />
      <TextField
        id="api-key-name"
        name="name"
        label="Name"
        placeholder="e.g. Pretix sync"
        autoComplete="off"
        required
        defaultValue={state.key ? "" : state.name}
        error={state.fields?.name?.[0]}
      />
      <fieldset aria-describedby={state.fields?.scopes ? "api-key-scopes-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">Scopes</legend>
        {API_SCOPES.map((scope) => (
          <label key={scope} className="mt-1 flex items-start gap-2 text-sm">
            <input type="checkbox" name="scopes" value={scope} defaultChecked={scope !== "import"} className="mt-1" />
            <span>
              <code className="text-xs">{scope}</code> · {SCOPE_LABELS[scope]}
            </span>
          </label>
        ))}
        {state.fields?.scopes && (
          <p id="api-key-scopes-error" className="mt-1 text-xs text-rose-700">
            {state.fields.scopes[0]}
          </p>
        )}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Creating…" : "Create key"}
        </Button>
        <p role="status" className="text-sm">
          {state.message}
        </p>
      </div>
      {state.key && <NewKey key={state.key} value={state.key} />}
    </form>
  );
}
