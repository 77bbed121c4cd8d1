import type { GetStepTools } from "inngest";
import { AGENTS } from "@/lib/agents/catalog";
import { LAUNCH_TASKS, type LaunchTaskId, type LaunchTaskState, nextWave } from "@/lib/agents/launch-plan";
import { indexEventKnowledge } from "@/lib/agents/support/knowledge";
import { db } from "@/lib/db/client";
import { toJson } from "@/lib/db/json";
import { inngest } from "../../client";
import { eventLaunchRequested } from "../../events";
import { dailyCheck } from "../operations/daily-check";

type Step = GetStepTools<typeof inngest>;
type LaunchData = { organizationId: string; eventId: string };

/**
 * What each task runs. A task without a runner belongs to an agent that has not landed yet: it is
 * recorded as unavailable, and picked up by the next launch once its runner is added here.
 */
const RUNNERS: Partial<Record<LaunchTaskId, (step: Step, data: LaunchData) => Promise<unknown>>> = {
  initialize_tracking: (step, { organizationId, eventId }) =>
    step.invoke("initialize-tracking", { function: dailyCheck, data: { organizationId, eventId, reason: "launch" } }),
  // Reports how many articles search can find (and how many got an embedding), stored as the task's result.
  index_event_knowledge: (step, { organizationId, eventId }) =>
    step.run("index-event-knowledge", () => indexEventKnowledge(db, { organizationId, eventId })),
};

type Outcome = { id: LaunchTaskId; state: LaunchTaskState; result?: unknown; error?: string };

function agentName(id: LaunchTaskId) {
  const agent = LAUNCH_TASKS.find((task) => task.id === id)?.agent;
  return agent ? AGENTS[agent].name : id;
}

/**
 * The seed's orchestration for one event, wave by wave: each wave's tasks run in parallel, a failed task
 * only blocks the tasks that depend on it, every wave's outcomes are stored, and a new launch of the same
 * event skips the tasks that already completed.
 */
export const launchEvent = inngest.createFunction(
  {
    id: "orchestrator-launch-event",
    name: "Event launch",
    triggers: [eventLaunchRequested],
    concurrency: { limit: 1, key: "event.data.eventId" },
  },
  async ({ event, step, runId }) => {
    const { organizationId, eventId } = event.data;
    const completed = await step.run("load-completed-tasks", async () => {
      const rows = await db.launchTask.findMany({ where: { eventId, status: "completed" }, select: { taskId: true } });
      return rows.map((row) => row.taskId);
    });
    const settled = new Map<LaunchTaskId, LaunchTaskState>(
      LAUNCH_TASKS.filter((task) => completed.includes(task.id)).map((task) => [task.id, "completed"]),
    );
    const skipped = [...settled.keys()];

    for (let wave = 1; ; wave++) {
      const { ready, blocked } = nextWave(settled);
      if (ready.length === 0 && blocked.length === 0) break;
      const outcomes: Outcome[] = [
        ...blocked.map(({ id, because }) => ({
          id,
          state: "blocked" as const,
          error: `Waits for "${because}", which did not complete`,
        })),
        ...(await Promise.all(
          ready.map(async (id): Promise<Outcome> => {
            const runner = RUNNERS[id];
            if (!runner) return { id, state: "unavailable", error: `The ${agentName(id)} agent is not available yet` };
            try {
              return { id, state: "completed", result: await runner(step, { organizationId, eventId }) };
            } catch (error) {
              return { id, state: "failed", error: error instanceof Error ? error.message : String(error) };
            }
          }),
        )),
      ];
      await step.run(`record-wave-${wave}`, () =>
        db.$transaction(
          outcomes.map((outcome) => {
            const data = {
              status: outcome.state,
              result: outcome.result === undefined ? undefined : toJson(outcome.result),
              error: outcome.error ?? null,
              runId,
            };
            return db.launchTask.upsert({
              where: { eventId_taskId: { eventId, taskId: outcome.id } },
              create: { eventId, taskId: outcome.id, ...data },
              update: data,
            });
          }),
        ),
      );
      for (const outcome of outcomes) settled.set(outcome.id, outcome.state);
    }
    return { skipped, tasks: Object.fromEntries(settled) };
  },
);
