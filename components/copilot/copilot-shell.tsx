"use client";

import "@copilotkit/react-core/v2/styles.css";
// Not crypto.randomUUID: browsers only offer it on https or localhost, and the app may be served on a LAN.
import { randomUUID } from "@ag-ui/client";
import { CopilotKitProvider, CopilotPopup, useRenderTool } from "@copilotkit/react-core/v2";
import { type ReactNode, useState } from "react";
import { ChatToolCall } from "./chat-result";
import { ChatThreadBar } from "./chat-thread-bar";

function ToolCallRenderer() {
  useRenderTool(
    {
      name: "*",
      render: ({ name, status, result }: { name: string; status: string; result?: string }) => (
        <ChatToolCall name={name} status={status} result={result} />
      ),
    },
    [],
  );
  return null;
}

/**
 * The copilot chat on every dashboard page; the runtime reads the session, never the browser's claims.
 * It opens on the person's latest conversation (chosen by the server); switching the popup's threadId
 * makes CopilotKit connect to that thread, which replays it from the database.
 */
export function CopilotShell({ children, threadId: initialThreadId }: { children: ReactNode; threadId: string }) {
  const [threadId, setThreadId] = useState(initialThreadId);
  return (
    <CopilotKitProvider runtimeUrl="/api/copilotkit" enableInspector={false}>
      {children}
      <ToolCallRenderer />
      <CopilotPopup
        agentId="default"
        threadId={threadId}
        header={{
          children: ({ titleContent, closeButton }) => (
            <ChatThreadBar
              titleContent={titleContent}
              closeButton={closeButton}
              threadId={threadId}
              onSelect={setThreadId}
              onNewChat={() => setThreadId(randomUUID())}
            />
          ),
        }}
        defaultOpen={false}
        clickOutsideToClose={false}
        // CopilotKit's icon buttons carry no name of their own; screen readers need one.
        input={{
          sendButton: { "aria-label": "Send message" },
          addMenuButton: { "aria-label": "Add to message" },
        }}
        labels={{
          modalHeaderTitle: "EventOS copilot",
          welcomeMessageText:
            "Ask the Operations agent what is overdue or to run its check, the Sales agent to find sponsors, or what waits for you.",
          chatInputPlaceholder: "Ask the agents, e.g. “what is overdue?”",
          chatDisclaimerText: "Agents act within the mode your organization set. Writes may need your approval.",
        }}
      />
    </CopilotKitProvider>
  );
}
