import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { askCopilot, connectCopilot, type SseEvent } from "@/tests/copilot-client";
import { testDb } from "@/tests/db";
import { operationsFixture } from "@/tests/operations-fixture";
import { THREAD_REFUSED } from "./thread-runner";
import { recentThreads } from "./thread-store";

const db = testDb();

/** What the person sees after a replay: their messages (from RUN_STARTED) and the agent's words. */
function conversation(events: SseEvent[]) {
  const lines: string[] = [];
  for (const event of events) {
    if (event.type === "RUN_STARTED") {
      const input = event.input as { messages?: { role: string; content: string }[] } | undefined;
      for (const message of input?.messages ?? []) lines.push(`${message.role}: ${message.content}`);
    }
    if (event.type === "TEXT_MESSAGE_CONTENT") lines.push(`assistant: ${String(event.delta)}`);
  }
  return lines;
}

const runsOf = (threadId: string) => db.chatThreadRun.count({ where: { threadId } });

describe("the copilot's stored threads, over the runtime's HTTP protocol", () => {
  it("replays a conversation to a later connect (a fresh runtime, as after a reload or a restart)", async () => {
    const { org, people, caller } = await operationsFixture(db);
    const threadId = randomUUID();
    const first = await askCopilot(db, caller("member"), "  What is waiting for my approval?  ", { threadId });
    expect(first.text).toBe("Nothing is waiting for your approval.");
    const question = first.events.find((event) => event.type === "RUN_STARTED")?.input as {
      messages: { id: string; role: string; content: string }[];
    };
    const answer = first.events.find((event) => event.type === "TEXT_MESSAGE_START");
    await askCopilot(db, caller("member"), "Book me a table for two", {
      threadId,
      history: [...question.messages, { id: String(answer?.messageId), role: "assistant", content: first.text }],
    });

    const replay = await connectCopilot(db, caller("member"), threadId);
    expect(replay.status).toBe(200);
    const lines = conversation(replay.events);
    expect(lines[0]).toBe("user:   What is waiting for my approval?  ");
    expect(lines[1]).toBe("assistant: Nothing is waiting for your approval.");
    // The second run stored only the new question, not the whole history the browser sent again.
    expect(lines[2]).toBe("user: Book me a table for two");
    expect(lines[3]).toContain("assistant: I did not understand that.");
    expect(lines).toHaveLength(4);

    const thread = await db.chatThread.findUniqueOrThrow({ where: { id: threadId } });
    expect(thread).toMatchObject({
      organizationId: org.id,
      userId: people.member.id,
      title: "What is waiting for my approval?",
    });
    expect(await runsOf(threadId)).toBe(2);
    const history = await recentThreads(db, { organizationId: org.id, userId: people.member.id });
    expect(history.map((item) => item.title)).toEqual(["What is waiting for my approval?"]);
  });

  it("keeps a thread from anyone else: their connect gets nothing, their run is refused and writes nothing", async () => {
    const { org, people, caller } = await operationsFixture(db);
    const stranger = await operationsFixture(db);
    const threadId = randomUUID();
    await askCopilot(db, caller("member"), "What is waiting for my approval?", { threadId });

    for (const intruder of [caller("admin"), stranger.caller("owner")]) {
      expect((await connectCopilot(db, intruder, threadId)).events).toEqual([]);
      const run = await askCopilot(db, intruder, "Run the operations check for Lakeside Blues Weekend", { threadId });
      expect(run.events).toEqual([{ type: "RUN_ERROR", message: THREAD_REFUSED }]);
    }
    // An unknown id reads exactly like someone else's thread: nothing tells them it exists.
    expect((await connectCopilot(db, caller("admin"), randomUUID())).events).toEqual([]);

    expect(await runsOf(threadId)).toBe(1);
    expect(await db.approval.count({ where: { organizationId: { in: [org.id, stranger.org.id] } } })).toBe(0);
    expect(await db.chatThread.findUniqueOrThrow({ where: { id: threadId } })).toMatchObject({
      userId: people.member.id,
      title: "What is waiting for my approval?",
    });
    expect(await recentThreads(db, { organizationId: org.id, userId: people.admin.id })).toEqual([]);
  });

  it("lists a person's threads newest first, only in the organization they are in", async () => {
    const { org, people, caller } = await operationsFixture(db);
    const older = randomUUID();
    const newer = randomUUID();
    await askCopilot(db, caller("member"), "What is overdue?", { threadId: older });
    await askCopilot(db, caller("member"), "What is waiting for my approval?", { threadId: newer });
    const owner = { organizationId: org.id, userId: people.member.id };
    expect((await recentThreads(db, owner)).map((thread) => thread.id)).toEqual([newer, older]);
    expect(await recentThreads(db, { ...owner, organizationId: randomUUID() })).toEqual([]);
  });

  it("goes with the person: deleting the user deletes their threads and runs", async () => {
    const { people, caller } = await operationsFixture(db);
    const threadId = randomUUID();
    await askCopilot(db, caller("member"), "What is overdue?", { threadId });
    await db.user.delete({ where: { id: people.member.id } });
    expect(await db.chatThread.count({ where: { id: threadId } })).toBe(0);
    expect(await runsOf(threadId)).toBe(0);
  });
});
