"use client";

import Link from "next/link";
import { toolLabel } from "@/lib/agents/labels";
import { CHOICES_TOOL, type ChatResult, parseChatResult } from "@/lib/copilot/answer";
import { ChatApprovalItem } from "./chat-approval";
import { ChatResultChart } from "./chat-chart";
import { ChatChoices } from "./chat-choices";
import { ChatConfirmationCard } from "./chat-confirmation";

/**
 * What a chat result shows beside its words: a small chart where the answer has one, a link to more,
 * the card to confirm outward work, the buttons of a clarifying question, and the inbox items waiting
 * on a person. `showSummary` adds the words too, for a result no chat message carries (a confirmed card).
 */
export function ChatResultView({ result, showSummary = false }: { result: ChatResult; showSummary?: boolean }) {
  return (
    <>
      {showSummary && <p className="whitespace-pre-line text-slate-800">{result.summary}</p>}
      {result.chart && (
        <div className="mt-1 rounded-md bg-white p-1" data-testid="chat-chart">
          <ChatResultChart chart={result.chart} />
        </div>
      )}
      {result.link && (
        <Link href={result.link.href} className="text-xs text-indigo-700 underline">
          {result.link.label}
        </Link>
      )}
      {result.confirmation && <ChatConfirmationCard confirmation={result.confirmation} />}
      {result.choices && result.choices.length > 0 && <ChatChoices choices={result.choices} />}
      {result.approvals && result.approvals.length > 0 && (
        <ul className="mt-1 space-y-1">
          {result.approvals.map((item) => (
            <ChatApprovalItem key={item.id} item={item} />
          ))}
        </ul>
      )}
    </>
  );
}

/** How every tool call shows in the chat: what ran, and its result's chart, link and cards. */
export function ChatToolCall({ name, status, result }: { name: string; status: string; result?: string }) {
  const parsed = parseChatResult(result);
  if (status !== "complete" || !parsed) {
    return (
      <p role="status" className="my-1 text-xs text-slate-500">
        Running {toolLabel(name)}…
      </p>
    );
  }
  return (
    <div className="my-2 rounded-lg bg-slate-50 p-2" data-testid="chat-tool-result">
      {name !== CHOICES_TOOL && <p className="text-xs font-semibold text-slate-600">{toolLabel(name)}</p>}
      <ChatResultView result={parsed} />
    </div>
  );
}
