import { can } from "@/lib/auth/roles";
import type { RiskLevel, Role } from "@/lib/db/generated/enums";
import type { PolicyContext, ToolDeps, ToolPreview, WriteTool } from "./tool";

/**
 * The gate's policy, shared by every path that can make a write happen: the agent's request
 * (`runTool`) and a person's approval of an inbox item (`decideApproval`, from the Inbox, the chat's
 * approval cards and bulk approve). No path evaluates its own copy.
 */

/** What a person sees for a write, and why the policy sends it to a person (null: it does not). */
export type WriteVerdict = { preview: ToolPreview; escalation: string | null };

/**
 * Evaluates a write on the arguments that will execute: the tool's preview, its escalation rule and,
 * when a person edited the agent's arguments, the edit rule below. The first reason wins.
 */
export async function evaluateWrite<Input, Output>(
  deps: ToolDeps,
  tool: WriteTool<Input, Output>,
  input: Input,
  context: PolicyContext<Input> & { requestedRecipients?: string[] },
): Promise<WriteVerdict> {
  const preview = await tool.preview(deps, input);
  const { requestedRecipients, ...policyContext } = context;
  const own = tool.escalation ? await tool.escalation(deps, input, policyContext) : null;
  const edit =
    context.requested !== undefined
      ? editEscalation({
          requested: context.requested,
          requestedRecipients: requestedRecipients ?? [],
          final: input,
          finalRecipients: preview.recipients ?? [],
        })
      : null;
  return { preview, escalation: own ?? edit };
}

/** Record references in arguments are named `…Id` or `…Ids` (eventId, dealId, companyId, prospects[].companyId). */
const ID_KEY = /Ids?$/;
/** A whole string value that is an email address (not an address mentioned inside a text). */
const EMAIL_VALUE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function walk(value: unknown, visit: (key: string | null, leaf: string) => void, key: string | null = null) {
  if (typeof value === "string") visit(key, value);
  else if (Array.isArray(value)) for (const item of value) walk(item, visit, key);
  else if (value && typeof value === "object") {
    for (const [child, item] of Object.entries(value)) walk(item, visit, child);
  }
}

function references(args: unknown) {
  const ids = new Set<string>();
  const addresses = new Set<string>();
  walk(args, (key, leaf) => {
    if (key !== null && ID_KEY.test(key)) ids.add(`${key}=${leaf}`);
    if (EMAIL_VALUE.test(leaf.trim())) addresses.add(leaf.trim().toLowerCase());
  });
  return { ids, addresses };
}

/**
 * Why an edit made by a person needs an admin or owner, or null. An edit may narrow what the agent
 * asked for (fewer prospects, another wording, a smaller package), but it may not point the action at
 * a record the agent did not name (another deal, company, event, deliverable…) or write to someone the
 * agent did not (a new recipient in the preview, a new address in the arguments). Thresholds on the
 * edited values are the tool's own rule, evaluated beside this one.
 */
export function editEscalation(edit: {
  requested: unknown;
  requestedRecipients: string[];
  final: unknown;
  finalRecipients: string[];
}): string | null {
  const before = references(edit.requested);
  const after = references(edit.final);
  for (const address of edit.requestedRecipients) before.addresses.add(address.toLowerCase());
  const retargeted = [...after.ids].filter((id) => !before.ids.has(id)).map((id) => id.split("=")[0]);
  if (retargeted.length > 0) {
    return `The edited arguments point the action at another record than the agent asked about (${[...new Set(retargeted)].join(", ")} changed), so an admin or owner decides it.`;
  }
  const added = [
    ...new Set([...edit.finalRecipients.map((address) => address.toLowerCase()), ...after.addresses]),
  ].filter((address) => !before.addresses.has(address));
  if (added.length > 0) {
    return `The edit writes to ${added.length === 1 ? "a recipient" : "recipients"} the agent did not ask to write to (${added.join(", ")}), so an admin or owner decides it.`;
  }
  return null;
}

/** Whether a person edited the arguments: compared as data, whatever the order of the keys. */
export function sameArguments(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * Why this person may not take this decision on this inbox item, or null when they may. Members and
 * above decide ordinary items; a policy escalation (risk `critical`) is decided by an admin or owner
 * only, and never approved by the person whose request raised it. The role is the membership's, read
 * on the server.
 */
export function decisionRefusal(
  item: { risk: RiskLevel; requestedById: string | null },
  person: { userId: string; role: Role | null },
  decision: "approve" | "reject",
): string | null {
  if (person.role === null || !can(person.role, "approvals:decide")) {
    return "Your role can see the inbox but not decide. A member, admin or owner decides.";
  }
  if (item.risk !== "critical") return null;
  if (!can(person.role, "approvals:decide-critical")) {
    return "This is a policy escalation: only an admin or owner of your organization can decide it.";
  }
  if (decision === "approve" && item.requestedById === person.userId) {
    return "You asked for this action yourself, and it is a policy escalation: another admin or owner approves it.";
  }
  return null;
}
