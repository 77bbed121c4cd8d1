"use client";

// Not crypto.randomUUID: browsers only offer it on https or localhost.
import { randomUUID } from "@ag-ui/client";
import { useAgent, useCopilotKit } from "@copilotkit/react-core/v2";
import { useState } from "react";
import type { ChatChoice } from "@/lib/copilot/answer";

/** The buttons under a clarifying question: pressing one sends its request as the person's next message. */
export function ChatChoices({ choices }: { choices: ChatChoice[] }) {
  const { agent } = useAgent({ agentId: "default" });
  const { copilotkit } = useCopilotKit();
  const [sent, setSent] = useState<string | null>(null);
  const send = async (choice: ChatChoice) => {
    setSent(choice.message);
    agent.addMessage({ id: randomUUID(), role: "user", content: choice.message });
    await copilotkit.runAgent({ agent });
  };
  return (
    <ul className="mt-1 flex flex-wrap gap-1" aria-label="Suggested requests">
      {choices.map((choice) => (
        <li key={choice.message}>
          <button
            type="button"
            disabled={sent !== null}
            onClick={() => send(choice)}
            className="rounded-full border border-indigo-300 bg-white px-2 py-1 text-xs text-indigo-800 hover:bg-indigo-50 disabled:opacity-60"
          >
            {choice.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
