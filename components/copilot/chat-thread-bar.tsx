"use client";

import { History, SquarePen } from "lucide-react";
import { type ReactElement, useId, useRef, useState } from "react";
import { recentChatThreadsAction } from "@/app/(dashboard)/chat-actions";
import { useFormatter } from "@/components/shell/format-provider";
import type { ThreadSummary } from "@/lib/copilot/thread-store";

type Props = {
  titleContent: ReactElement;
  closeButton: ReactElement;
  threadId: string;
  onSelect: (threadId: string) => void;
  onNewChat: () => void;
};

const BUTTON =
  "inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600";

/**
 * The chat popup's header: its title, "New chat", and the person's recent conversations. The list is
 * read when it opens, so a conversation started a moment ago is in it.
 */
export function ChatThreadBar({ titleContent, closeButton, threadId, onSelect, onNewChat }: Props) {
  const listId = useId();
  const format = useFormatter();
  const toggle = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [history, setHistory] = useState<{ threads?: ThreadSummary[]; error?: string }>({});

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const show = async () => {
    if (open) return close();
    setHistory({});
    setOpen(true);
    setHistory(await recentChatThreadsAction());
  };
  const choose = (id: string) => {
    close();
    if (id !== threadId) onSelect(id);
  };

  return (
    <header data-testid="copilot-modal-header" className="relative border-b border-slate-200 bg-white px-3 py-2">
      <div className="flex items-center gap-2">
        <div className="min-w-0 flex-1">{titleContent}</div>
        <button type="button" onClick={onNewChat} className={BUTTON}>
          <SquarePen aria-hidden className="h-3.5 w-3.5" /> New chat
        </button>
        <button
          ref={toggle}
          type="button"
          onClick={show}
          aria-expanded={open}
          aria-controls={listId}
          className={BUTTON}
        >
          <History aria-hidden className="h-3.5 w-3.5" /> History
        </button>
        {closeButton}
      </div>
      {open && (
        <nav
          id={listId}
          aria-label="Recent chats"
          onKeyDown={(event) => event.key === "Escape" && close()}
          className="absolute inset-x-2 top-full z-10 mt-1 max-h-72 overflow-y-auto rounded-md border border-slate-200 bg-white p-1 shadow-lg"
        >
          {history.error ? (
            <p role="alert" className="p-2 text-xs text-rose-700">
              {history.error}
            </p>
          ) : !history.threads ? (
            <p role="status" className="p-2 text-xs text-slate-500">
              Loading your chats…
            </p>
          ) : history.threads.length === 0 ? (
            <p className="p-2 text-xs text-slate-500">No earlier chats yet. What you ask is kept here.</p>
          ) : (
            <ul>
              {history.threads.map((thread) => (
                <li key={thread.id}>
                  <button
                    type="button"
                    onClick={() => choose(thread.id)}
                    aria-current={thread.id === threadId ? "true" : undefined}
                    className="flex w-full items-baseline justify-between gap-2 rounded px-2 py-1.5 text-left text-xs hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 aria-[current]:bg-sky-50"
                  >
                    <span className="truncate font-medium text-slate-800">{thread.title}</span>
                    <span className="shrink-0 text-slate-500">{format.relative(new Date(thread.updatedAt))}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </nav>
      )}
    </header>
  );
}
