/**
 * The copilot's conversations in the database: one thread per CopilotKit threadId, owned by one person
 * in one organization, and the compacted AG-UI events of each of its finished runs, appended in order.
 * Every read names the owner: someone else's thread reads exactly like one that does not exist.
 */
import type { BaseEvent, Message } from "@ag-ui/core";
import type { Db, DbOrTx } from "@/lib/db/client";
import { toJson } from "@/lib/db/json";
import { textOf } from "./message-text";

export type ThreadOwner = { organizationId: string; userId: string };

export type ThreadSummary = { id: string; title: string; updatedAt: Date };

const TITLE_LENGTH = 80;
const UNTITLED = "New chat";

/** The first thing the person asked, on one line and cut to a length a history list can show. */
export function threadTitle(messages: Message[]): string {
  const first = messages.find((message) => message.role === "user");
  const text = textOf(first).replace(/\s+/g, " ").trim();
  if (text === "") return UNTITLED;
  return text.length > TITLE_LENGTH ? `${text.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : text;
}

/**
 * What a run may do with a thread id: start it (unknown id), continue it (the owner's, with its stored
 * runs), or nothing (another person's or organization's).
 */
export async function threadAccess(
  db: DbOrTx,
  owner: ThreadOwner,
  threadId: string,
): Promise<
  { status: "new" } | { status: "foreign" } | { status: "own"; runs: { runId: string; events: BaseEvent[] }[] }
> {
  const thread = await db.chatThread.findUnique({
    where: { id: threadId },
    select: { organizationId: true, userId: true },
  });
  if (!thread) return { status: "new" };
  if (thread.organizationId !== owner.organizationId || thread.userId !== owner.userId) return { status: "foreign" };
  return { status: "own", runs: await storedRuns(db, threadId) };
}

/** The owner's thread's runs, oldest first; none for anyone else's thread or an unknown id. */
export async function ownThreadRuns(db: DbOrTx, owner: ThreadOwner, threadId: string) {
  const thread = await db.chatThread.findFirst({ where: { id: threadId, ...owner }, select: { id: true } });
  return thread ? storedRuns(db, thread.id) : [];
}

async function storedRuns(db: DbOrTx, threadId: string) {
  const runs = await db.chatThreadRun.findMany({
    where: { threadId },
    orderBy: { createdAt: "asc" },
    select: { runId: true, events: true },
  });
  return runs.map((run) => ({ runId: run.runId, events: run.events as unknown as BaseEvent[] }));
}

/**
 * Appends a finished run and touches its thread, creating it (with its title) on the first run. In one
 * transaction that re-checks the owner: a thread someone else created meanwhile is left untouched.
 */
export async function saveThreadRun(
  db: Db,
  owner: ThreadOwner,
  run: { threadId: string; runId: string; title: string; events: BaseEvent[] },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const thread = await tx.chatThread.findUnique({
      where: { id: run.threadId },
      select: { userId: true, organizationId: true },
    });
    if (!thread) {
      await tx.chatThread.create({ data: { id: run.threadId, ...owner, title: run.title } });
    } else if (thread.userId !== owner.userId || thread.organizationId !== owner.organizationId) {
      return false;
    } else {
      await tx.chatThread.update({ where: { id: run.threadId }, data: { updatedAt: new Date() } });
    }
    await tx.chatThreadRun.create({
      data: { threadId: run.threadId, runId: run.runId, events: toJson(run.events) },
    });
    return true;
  });
}

/** The owner's most recent threads, newest first: the chat's history list. */
export function recentThreads(db: DbOrTx, owner: ThreadOwner, take = 10): Promise<ThreadSummary[]> {
  return db.chatThread.findMany({
    where: owner,
    orderBy: { updatedAt: "desc" },
    take,
    select: { id: true, title: true, updatedAt: true },
  });
}
