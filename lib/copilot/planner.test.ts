import { beforeAll, describe, expect, it } from "vitest";
import { amountIn, dateIn, findEvent, nameIn, trainClassifier } from "./language";
import { createPlanner, type Planner } from "./planner";
import { EXAMPLE_COMPANIES, EXAMPLE_EVENTS, EXAMPLE_NAMES, EXAMPLE_NOW, EXAMPLE_PEOPLE } from "./surface";
import { CHAT_EXAMPLES, findChatTool, SURFACES } from "./surfaces";

const events = EXAMPLE_EVENTS;
/** The table's requests that name no event are asked from this event's page. */
const screen = { eventId: "nws" };
const knowledge = { events, people: EXAMPLE_PEOPLE, companies: EXAMPLE_COMPANIES, now: EXAMPLE_NOW };

let plan: Planner;
beforeAll(async () => {
  plan = createPlanner(await trainClassifier(CHAT_EXAMPLES));
});

function needsEvent(tool: string) {
  const parameters = findChatTool(tool)?.parameters as { shape?: object } | undefined;
  return Object.hasOwn(parameters?.shape ?? {}, "eventId");
}

describe("the example table", () => {
  it("has at least 15 examples per agent and 20 that must not act", () => {
    for (const surface of SURFACES.filter((candidate) => candidate.owner !== "platform")) {
      expect(surface.examples.length, surface.owner).toBeGreaterThanOrEqual(15);
    }
    const mustNotAct = CHAT_EXAMPLES.filter((example) => example.acts === false || example.tool === "none");
    expect(mustNotAct.length).toBeGreaterThanOrEqual(20);
  });

  it("names only tools the chat has", () => {
    for (const example of CHAT_EXAMPLES) {
      if (example.tool !== "none") expect(findChatTool(example.tool), example.say).toBeDefined();
    }
  });

  it.each(CHAT_EXAMPLES.map((example) => [example.say, example] as const))("%s", async (_say, example) => {
    const decision = await plan(example.say, { ...knowledge, screen });
    if (example.tool === "none" || example.acts === false) {
      expect(decision.kind).toBe("text");
      return;
    }
    const expected = example.args ?? (needsEvent(example.tool) ? { eventId: screen.eventId } : {});
    expect(decision).toEqual({ kind: "tool", tool: example.tool, args: expect.objectContaining(expected) });
  });
});

describe("the planner's accuracy on requests it was not trained on", () => {
  it("classifies at least 80% of a held-out quarter of the table correctly", async () => {
    const heldOut = CHAT_EXAMPLES.filter((_, index) => index % 4 === 3);
    const classify = await trainClassifier(CHAT_EXAMPLES.filter((_, index) => index % 4 !== 3));
    let correct = 0;
    for (const example of heldOut) {
      const { intent } = await classify(example.say, EXAMPLE_NAMES);
      if (intent === (example.tool === "none" ? "None" : example.tool)) correct += 1;
    }
    const accuracy = correct / heldOut.length;
    console.info(`planner held-out accuracy: ${correct}/${heldOut.length} = ${(accuracy * 100).toFixed(1)}%`);
    expect(accuracy).toBeGreaterThanOrEqual(0.8);
  });
});

describe("asking never acts", () => {
  it.each([
    "how do I get more sponsors?",
    "should I find sponsors for devconf?",
    "don't send the reminders",
    "please don't email the sponsors for riverside",
    "hold off on the outreach for the summit",
    "should we switch sales to full auto?",
  ])("%s: words, no tool call", async (message) => {
    expect(await plan(message, { events, screen })).toMatchObject({ kind: "text" });
  });

  it("offers the request as a button after a question about an action", async () => {
    expect(await plan("should I send the reminders for devconf?", { events })).toMatchObject({
      kind: "text",
      choices: [{ message: "Send the reminders for DevConf Lisbon" }],
    });
  });

  it("takes a polite request as a request", async () => {
    expect(await plan("could you send the reminders for riverside?", { events })).toMatchObject({
      kind: "tool",
      tool: "send_due_reminders",
      args: { eventId: "rjf" },
    });
  });
});

describe("slots and clarifying questions", () => {
  it("asks which event, with a button per event, when it cannot tell", async () => {
    const reply = await plan("what is overdue?", { events });
    expect(reply).toMatchObject({ kind: "text", text: "Which event?" });
    expect(reply.kind === "text" && reply.choices?.map((choice) => choice.message)).toEqual([
      "What is overdue for DevConf Lisbon?",
      "What is overdue for Riverside Jazz Fest?",
      "What is overdue for Northwind Summit?",
    ]);
  });

  it("says what it can do, with buttons, when nothing fits", async () => {
    const reply = await plan("order me a pizza", { events });
    expect(reply).toMatchObject({ kind: "text", text: expect.stringContaining("I did not understand") });
    expect(reply.kind === "text" && reply.choices?.length).toBeGreaterThanOrEqual(3);
  });

  it("fills a person, a company and a day from the words", async () => {
    expect(await plan("what does tom have due by next friday at devconf?", knowledge)).toEqual({
      kind: "tool",
      tool: "check_deliverables",
      args: { eventId: "dcl", owner: "Tom Becker", dueBy: "2026-12-11" },
    });
    expect(await plan("score acme for riverside", knowledge)).toMatchObject({
      tool: "qualify_lead",
      args: { eventId: "rjf", companyId: "acme" },
    });
  });

  it("reads amounts of money, not other numbers", () => {
    expect(amountIn("lines over $10,000")).toBe(10_000);
    expect(amountIn("more than €46k")).toBe(46_000);
    expect(amountIn("above 5,000 euros")).toBe(5_000);
    expect(amountIn("over 2.5 million")).toBe(2_500_000);
    expect(amountIn("overdue by 3 days")).toBeUndefined();
    expect(amountIn("the top 5 prospects")).toBeUndefined();
  });

  it("reads people's names and days", () => {
    expect(nameIn("what does Ana owe", ["Ana Souza", "Tom Becker"])).toBe("Ana Souza");
    expect(nameIn("what does sam owe", ["Sam Park", "Sam Okafor"])).toBeUndefined();
    expect(dateIn("due before December 20", EXAMPLE_NOW, "UTC")).toBe("2026-12-20");
    expect(dateIn("due this week", EXAMPLE_NOW, "UTC")).toBe("2026-12-06");
    expect(dateIn("what is overdue", EXAMPLE_NOW, "UTC")).toBeUndefined();
  });

  it("matches events by their distinctive words", () => {
    expect(findEvent("lisbon numbers please", events)).toBe("dcl");
    expect(findEvent("the jazz festival", events)).toBe("rjf");
    expect(findEvent("nothing here", events, "unknown")).toBeUndefined();
  });
});
