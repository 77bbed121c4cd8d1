"use client";

import Link from "next/link";
import { toolLabel } from "@/lib/agents/labels";
import { parseChatResult } from "@/lib/copilot/answer";
import { ChatApprovalItem } from "./chat-approval";
import { ChatResultChart } from "./chat-chart";

/**
 * How every tool call shows in the chat: what ran, a small chart where the answer has one, a link to
 * more, and cards for what waits on a person.
 */
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
      <p className="text-xs font-semibold text-slate-600">{toolLabel(name)}</p>
      {parsed.chart && (
        <div className="mt-1 rounded-md bg-white p-1" data-testid="chat-chart">
          <ChatResultChart chart={parsed.chart} />
        </div>
      )}
      {parsed.link && (
        <Link href={parsed.link.href} className="text-xs text-indigo-700 underline">
          {parsed.link.label}
        </Link>
      )}
      {parsed.approvals && parsed.approvals.length > 0 && (
        <ul className="mt-1 space-y-1">
          {parsed.approvals.map((item) => (
            <ChatApprovalItem key={item.id} item={item} />
          ))}
        </ul>
      )}
    </div>
  );
}
