import type { AgentId } from "@/lib/db/generated/enums";

/**
 * The seed's event-launch orchestration: analytics studies the audience first, sales and marketing build
 * on it, operations and support start in parallel. Task ids are the seed's action names.
 */
export const LAUNCH_TASKS = [
  { id: "analyze_target_audience", agent: "analytics", label: "Analyze the target audience", dependsOn: [] },
  {
    id: "run_outreach_campaign",
    agent: "sales",
    label: "Run the sponsor outreach campaign",
    dependsOn: ["analyze_target_audience"],
  },
  {
    id: "run_marketing_campaign",
    agent: "marketing",
    label: "Run the marketing campaign",
    dependsOn: ["analyze_target_audience"],
  },
  {
    id: "initialize_tracking",
    agent: "operations",
    label: "Set up deadline, sales and budget tracking",
    dependsOn: [],
  },
  {
    id: "index_event_knowledge",
    agent: "support",
    label: "Learn the event's details for attendee support",
    dependsOn: [],
  },
] as const satisfies readonly { id: string; agent: AgentId; label: string; dependsOn: readonly string[] }[];

export type LaunchTaskId = (typeof LAUNCH_TASKS)[number]["id"];

/** completed and failed come from a run; unavailable: the agent has not landed; blocked: a dependency did not complete. */
export type LaunchTaskState = "completed" | "failed" | "unavailable" | "blocked";

/**
 * The next wave of the graph: tasks whose dependencies all completed (to run now, in parallel), and
 * tasks that can never run because a dependency ended otherwise. Tasks already settled are skipped, so
 * a re-run only redoes what did not complete.
 */
export function nextWave(settled: ReadonlyMap<LaunchTaskId, LaunchTaskState>) {
  const ready: LaunchTaskId[] = [];
  const blocked: { id: LaunchTaskId; because: LaunchTaskId }[] = [];
  for (const task of LAUNCH_TASKS) {
    if (settled.has(task.id)) continue;
    const deps = task.dependsOn as readonly LaunchTaskId[];
    const failedDep = deps.find((dep) => settled.has(dep) && settled.get(dep) !== "completed");
    if (failedDep) blocked.push({ id: task.id, because: failedDep });
    else if (deps.every((dep) => settled.get(dep) === "completed")) ready.push(task.id);
  }
  return { ready, blocked };
}
