import { type AbstractAgent, type BaseEvent, compactEvents, EventType, type RunAgentInput } from "@ag-ui/client";
import {
  AgentRunner,
  type AgentRunnerConnectRequest,
  type AgentRunnerIsRunningRequest,
  type AgentRunnerRunRequest,
  type AgentRunnerStopRequest,
  finalizeRunEvents,
} from "@copilotkit/runtime/v2";
import { type Observable, ReplaySubject } from "rxjs";
import type { Db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { ownThreadRuns, saveThreadRun, type ThreadOwner, threadAccess, threadTitle } from "./thread-store";

/** Said when a thread id is not the caller's: the same words whether it exists or not. */
export const THREAD_REFUSED = "This conversation is not available here. Start a new chat.";
const THREAD_BUSY = "The agent is still answering in this chat. Wait for it, or start a new chat.";
const RUN_FAILED = "The agent stopped because of an error. Try again.";

type ActiveRun = {
  owner: ThreadOwner;
  runId: string;
  agent: AbstractAgent;
  events: ReplaySubject<BaseEvent>;
  stopped: boolean;
};

/**
 * Runs under way in this process, by thread id. A runner lives for one request, so this is what a later
 * request's stop, isRunning or connect (a reload mid-answer) finds.
 */
const activeRuns = new Map<string, ActiveRun>();

function ownedBy(run: ActiveRun | undefined, owner: ThreadOwner | null): run is ActiveRun {
  return !!run && !!owner && run.owner.userId === owner.userId && run.owner.organizationId === owner.organizationId;
}

function runError(message: string): BaseEvent {
  return { type: EventType.RUN_ERROR, message } as BaseEvent;
}

/** Message ids a thread's stored runs already hold, so a run stores only what it adds. */
function storedMessageIds(runs: { events: BaseEvent[] }[]) {
  const ids = new Set<string>();
  for (const event of runs.flatMap((run) => run.events)) {
    const { messageId, parentMessageId, input } = event as {
      messageId?: unknown;
      parentMessageId?: unknown;
      input?: RunAgentInput;
    };
    if (typeof messageId === "string") ids.add(messageId);
    if (typeof parentMessageId === "string") ids.add(parentMessageId);
    for (const message of input?.messages ?? []) ids.add(message.id);
  }
  return ids;
}

/**
 * CopilotKit's AgentRunner over the database, for one caller: a run streams the agent's events and,
 * once it ends (or fails), stores them compacted under the caller's thread; connect replays the caller's
 * own thread. The client sends the whole conversation with every run; the stored RUN_STARTED keeps only
 * the messages the thread did not hold yet, which is what the replay adds back (as CopilotKit's in-memory
 * runner does).
 */
export class ThreadRunner extends AgentRunner {
  constructor(
    private readonly db: Db,
    private readonly owner: ThreadOwner | null,
    /** Called with a finished run's events, before they are stored (the model's token count). */
    private readonly onRunEnd?: (events: readonly BaseEvent[]) => Promise<void>,
  ) {
    super();
  }

  run({ threadId, agent, input }: AgentRunnerRunRequest): Observable<BaseEvent> {
    const events = new ReplaySubject<BaseEvent>(Infinity);
    this.execute(threadId, agent, input, events).catch((error: unknown) => {
      logger.error("copilot thread run failed", { threadId, error: String(error) });
      events.next(runError(RUN_FAILED));
      events.complete();
    });
    return events.asObservable();
  }

  private async execute(threadId: string, agent: AbstractAgent, input: RunAgentInput, out: ReplaySubject<BaseEvent>) {
    const owner = this.owner;
    const access = owner ? await threadAccess(this.db, owner, threadId) : ({ status: "foreign" } as const);
    if (!owner || access.status === "foreign") {
      out.next(runError(THREAD_REFUSED));
      out.complete();
      return;
    }
    if (activeRuns.has(threadId)) {
      out.next(runError(THREAD_BUSY));
      out.complete();
      return;
    }
    const stored = storedMessageIds(access.status === "own" ? access.runs : []);
    const newMessages = input.messages.filter((message) => !stored.has(message.id));
    const active: ActiveRun = { owner, runId: input.runId, agent, events: out, stopped: false };
    activeRuns.set(threadId, active);
    const runEvents: BaseEvent[] = [];
    let failure: string | undefined;
    try {
      await agent.runAgent(input, {
        onEvent: ({ event }) => {
          const kept =
            event.type === EventType.RUN_STARTED ? { ...event, input: { ...input, messages: newMessages } } : event;
          runEvents.push(kept);
          out.next(kept);
        },
      });
    } catch (error) {
      if (!active.stopped) logger.error("copilot agent run failed", { threadId, error: String(error) });
      failure = RUN_FAILED;
    }
    const agentEvents = runEvents.length;
    for (const closer of finalizeRunEvents(runEvents, {
      stopRequested: active.stopped,
      ...(failure ? { interruptionMessage: failure } : {}),
    })) {
      out.next(closer);
    }
    try {
      await this.onRunEnd?.(runEvents);
      // Stored before the stream ends, so a reload right after the answer finds it.
      if (!failure || agentEvents > 0) {
        const title = threadTitle(newMessages.length > 0 ? newMessages : input.messages);
        const saved = await saveThreadRun(this.db, owner, {
          threadId,
          runId: input.runId,
          title,
          events: compactEvents(runEvents),
        });
        if (!saved) logger.warn("copilot thread was claimed by someone else during a run; not stored", { threadId });
      }
    } finally {
      activeRuns.delete(threadId);
      out.complete();
    }
  }

  connect({ threadId }: AgentRunnerConnectRequest): Observable<BaseEvent> {
    const events = new ReplaySubject<BaseEvent>(Infinity);
    const owner = this.owner;
    if (!owner) {
      events.complete();
      return events.asObservable();
    }
    ownThreadRuns(this.db, owner, threadId)
      .then((runs) => {
        const replayed = compactEvents(runs.flatMap((run) => run.events));
        const seen = new Set<string>();
        for (const event of replayed) {
          events.next(event);
          const { messageId } = event as { messageId?: unknown };
          if (typeof messageId === "string") seen.add(messageId);
        }
        const live = activeRuns.get(threadId);
        if (!ownedBy(live, owner) || runs.some((run) => run.runId === live.runId)) {
          events.complete();
          return;
        }
        // A reload while the agent is still answering: follow the run under way after the history.
        live.events.subscribe({
          next: (event) => {
            const { messageId } = event as { messageId?: unknown };
            if (typeof messageId !== "string" || !seen.has(messageId)) events.next(event);
          },
          complete: () => events.complete(),
          error: (error) => events.error(error),
        });
      })
      .catch((error: unknown) => {
        logger.error("copilot thread replay failed", { threadId, error: String(error) });
        events.complete();
      });
    return events.asObservable();
  }

  isRunning({ threadId }: AgentRunnerIsRunningRequest): Promise<boolean> {
    return Promise.resolve(ownedBy(activeRuns.get(threadId), this.owner));
  }

  stop({ threadId, runId }: AgentRunnerStopRequest): Promise<boolean> {
    const active = activeRuns.get(threadId);
    if (!ownedBy(active, this.owner) || active.stopped) return Promise.resolve(false);
    if (runId !== undefined && runId !== active.runId) return Promise.resolve(false);
    active.stopped = true;
    active.agent.abortRun();
    return Promise.resolve(true);
  }
}
