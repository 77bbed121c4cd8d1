"use client";

import Link from "next/link";
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from "react";
import type { HelpTurn } from "@/app/help/[slug]/chat/help-chat";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";

type Entry = { id: number; from: "visitor" | "agent"; text: string; turn?: HelpTurn };

const OFFLINE = "The help desk could not be reached. Check your connection and send it again.";

/** The error sentence of a failed request (the first field's problem, else the message). */
async function errorOf(response: Response) {
  try {
    const body = (await response.json()) as { error?: { message?: string; fields?: Record<string, string[]> } };
    return Object.values(body.error?.fields ?? {}).flat()[0] ?? body.error?.message ?? OFFLINE;
  } catch {
    return OFFLINE;
  }
}

/**
 * The help page's chat: the visitor gives their email once, then writes; replies come with the
 * articles they rest on and what was done. When a one-time code was emailed, a code field appears.
 */
export function SupportChat({ slug }: { slug: string }) {
  const ids = useId();
  const [email, setEmail] = useState<string | null>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [message, setMessage] = useState("");
  const [code, setCode] = useState("");
  const [needsCode, setNeedsCode] = useState(false);
  const [pending, setPending] = useState<null | "message" | "code">(null);
  const [error, setError] = useState<string | null>(null);
  const next = useRef(0);
  const messageBox = useRef<HTMLTextAreaElement>(null);

  const add = (entry: Omit<Entry, "id">) => {
    const id = next.current++;
    setEntries((all) => [...all, { ...entry, id }]);
    return id;
  };

  async function post(path: string, body: object, kind: "message" | "code") {
    setPending(kind);
    setError(null);
    try {
      const response = await fetch(`/help/${slug}/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if (!response.ok) {
        setError(await errorOf(response));
        return false;
      }
      const turn = (await response.json()) as HelpTurn;
      add({ from: "agent", text: turn.reply, turn });
      setNeedsCode(turn.needsVerification);
      // Where the visitor types next: the code when one was emailed, else the next message.
      requestAnimationFrame(() =>
        (turn.needsVerification ? document.getElementById(`${ids}-code`) : messageBox.current)?.focus(),
      );
      return true;
    } catch {
      setError(OFFLINE);
      return false;
    } finally {
      setPending(null);
    }
  }

  function start(form: FormEvent<HTMLFormElement>) {
    form.preventDefault();
    const typed = String(new FormData(form.currentTarget).get("email") ?? "").trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(typed)) {
      setError("Give the email address you bought your ticket with.");
      return;
    }
    setError(null);
    setEmail(typed);
    requestAnimationFrame(() => messageBox.current?.focus());
  }

  async function send(form?: FormEvent<HTMLFormElement>) {
    form?.preventDefault();
    const text = message.trim();
    if (!email || !text || pending) return;
    const id = add({ from: "visitor", text });
    setMessage("");
    if (!(await post("chat", { email, message: text }, "message"))) {
      // Not sent: the words go back into the box to send again, and out of the conversation.
      setEntries((all) => all.filter((entry) => entry.id !== id));
      setMessage(text);
    }
  }

  async function confirm(form: FormEvent<HTMLFormElement>) {
    form.preventDefault();
    if (!code.trim() || pending) return;
    if (await post("chat/verify", { code: code.trim() }, "code")) setCode("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Enter sends, Shift+Enter starts a new line.
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  }

  return (
    <section aria-labelledby={`${ids}-title`} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={`${ids}-title`} className="text-lg font-semibold">
        Ask us
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Questions about tickets, refunds, transfers or the day itself. Answers come at once, day and night; what needs a
        person goes to the team.
      </p>
      <div role="log" aria-live="polite" aria-label="Conversation">
        <ol className="mt-4 space-y-3 empty:hidden">
          {entries.map((entry) => (
            <li
              key={entry.id}
              className={
                entry.from === "visitor"
                  ? "ml-8 rounded-lg bg-brand-50 px-3 py-2 text-sm"
                  : "mr-4 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm"
              }
            >
              <p className="sr-only">{entry.from === "visitor" ? "You wrote:" : "Reply:"}</p>
              <p className="whitespace-pre-wrap">{entry.text}</p>
              {entry.turn && entry.turn.actions.length > 0 && (
                <ul className="mt-2 space-y-1" aria-label="What was done">
                  {entry.turn.actions.map((action) => (
                    <li key={action} className="font-medium text-emerald-800">
                      {action}
                    </li>
                  ))}
                </ul>
              )}
              {entry.turn && entry.turn.citations.length > 0 && (
                <p className="mt-2 text-xs text-slate-600">
                  From:{" "}
                  {entry.turn.citations.map((citation, i) => (
                    <span key={citation.href}>
                      {i > 0 && ", "}
                      <Link href={citation.href} className="text-brand-700 underline underline-offset-2">
                        {citation.title}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ol>
      </div>
      <p role="status" className="mt-3 text-sm text-slate-600 empty:hidden">
        {pending === "message" ? "Answering…" : pending === "code" ? "Checking the code…" : ""}
      </p>
      <div className="mt-3">
        <FormAlert message={error} />
      </div>
      {needsCode && (
        <form onSubmit={confirm} className="mt-4 flex flex-wrap items-end gap-2" aria-label="Confirm your email">
          <div className="min-w-0 flex-1">
            <TextField
              id={`${ids}-code`}
              name="code"
              label="Code from our email"
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              required
            />
          </div>
          <Button type="submit" variant="primary" disabled={pending !== null}>
            Confirm code
          </Button>
        </form>
      )}
      {email === null ? (
        <form onSubmit={start} className="mt-4 space-y-3" noValidate>
          <TextField id={`${ids}-email`} name="email" type="email" label="Your email" autoComplete="email" required />
          <p className="text-xs text-slate-500">
            The one you bought your ticket with: we only talk about an order with its own email, and may send you a code
            to confirm it is yours.
          </p>
          <Button type="submit" variant="primary">
            Start
          </Button>
        </form>
      ) : (
        <form onSubmit={send} className="mt-4 space-y-2">
          <p className="text-xs text-slate-500">
            Writing as <span className="font-medium text-slate-700">{email}</span>
          </p>
          <label htmlFor={`${ids}-message`} className="block text-sm font-medium text-slate-700">
            Your message
          </label>
          <textarea
            id={`${ids}-message`}
            ref={messageBox}
            rows={3}
            maxLength={2000}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            onKeyDown={onKeyDown}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm"
            aria-describedby={`${ids}-message-hint`}
          />
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span id={`${ids}-message-hint`} className="text-xs text-slate-500">
              Enter sends, Shift+Enter starts a new line.
            </span>
            <Button type="submit" variant="primary" disabled={pending !== null || !message.trim()}>
              Send
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
