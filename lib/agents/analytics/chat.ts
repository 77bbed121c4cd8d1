/** The Analytics agent in the chat: its tools, the requests that reach them, and their answers. */
import { z } from "zod";
import { runTool } from "@/lib/agents/core/gate";
import type { ChatResult } from "@/lib/copilot/answer";
import { describeOutcome, gateChatTool } from "@/lib/copilot/gate-tools";
import { type ChatContext, type ChatSurface, type ChatTool, chatEvent } from "@/lib/copilot/surface";
import type { AnyTool } from "../core/tool";
import { analyzeRevenue } from "./tools/analyze-revenue";
import { identifyAnomalies } from "./tools/identify-anomalies";
import { predictAttendance } from "./tools/predict-attendance";
import { queryDatabase } from "./tools/query-database";

const eventArgs = z.object({ eventId: z.uuid({ error: "Which event? Give its id." }) });

/** One read through the gate, in the words of its answer (lib/agents/analytics/answers.ts). */
async function read(context: ChatContext, tool: AnyTool, input: { eventId: string }): Promise<ChatResult> {
  const outcome = await runTool(context.db, context.caller, tool, input);
  context.activities?.push(outcome.activityId);
  return describeOutcome(context, tool, input, outcome);
}

/**
 * "Run the analytics agent for X": where the event will land (the forecast with its range), what was
 * unusual in its daily numbers, and its revenue with the projection, each read through the gate.
 */
const analyticsAgent: ChatTool<z.infer<typeof eventArgs>> = {
  name: "analyticsAgent",
  description:
    "Run the Analytics agent for an event: the attendance forecast (P10/P50/P90, chance of reaching the target and selling out), the unusual days in its sales, refunds and cancellations, and revenue by ticket type with its projection.",
  parameters: eventArgs,
  effect: "read",
  phrase: "Run the Analytics agent for {event}",
  async run(context, { eventId }) {
    const event = await chatEvent(context, eventId);
    const input = { eventId: event.id };
    const parts = [
      await read(context, predictAttendance, input),
      await read(context, identifyAnomalies, input),
      await read(context, analyzeRevenue, input),
    ];
    return {
      summary: [`Analytics for ${event.name}:`, ...parts.map((part) => part.summary)].join("\n\n"),
      link: parts[0]?.link,
    };
  },
};

const dcl = { eventId: "dcl" };
const rjf = { eventId: "rjf" };
const nws = { eventId: "nws" };

export const analyticsChat: ChatSurface = {
  owner: "analytics",
  tools: [
    analyticsAgent,
    gateChatTool(predictAttendance, { phrase: "Will {event} sell out?" }),
    gateChatTool(identifyAnomalies, { phrase: "What was unusual in {event}'s sales?" }),
    gateChatTool(analyzeRevenue, { phrase: "Revenue for {event} by ticket type" }),
    // For the model: a metric question as a declared query (the planner has no words for its arguments).
    gateChatTool(queryDatabase, { phrase: "Ask a metric question" }),
  ],
  examples: [
    { say: "run the analytics agent for riverside", tool: "analyticsAgent", args: rjf },
    { say: "give me the analytics for devconf lisbon", tool: "analyticsAgent", args: dcl },
    { say: "analyse the northwind summit", tool: "analyticsAgent", args: nws },
    { say: "how is the jazz festival doing overall, forecast and revenue", tool: "analyticsAgent", args: rjf },
    { say: "will Riverside sell out?", tool: "predict_attendance", args: rjf },
    { say: "how many people will come to devconf", tool: "predict_attendance", args: dcl },
    { say: "forecast attendance for the summit", tool: "predict_attendance", args: nws },
    { say: "where will riverside land on attendance", tool: "predict_attendance", args: rjf },
    { say: "what is the attendance forecast for devconf lisbon", tool: "predict_attendance", args: dcl },
    { say: "how many attendees do we expect at the summit in the end", tool: "predict_attendance", args: nws },
    { say: "final attendance forecast with a range", tool: "predict_attendance" },
    { say: "predict the final attendance", tool: "predict_attendance" },
    { say: "what changed this week?", tool: "identify_anomalies" },
    { say: "anything unusual in the riverside sales?", tool: "identify_anomalies", args: rjf },
    { say: "were there any spikes in refunds for devconf", tool: "identify_anomalies", args: dcl },
    { say: "find anomalies in the summit's ticket sales", tool: "identify_anomalies", args: nws },
    { say: "was there a day with no sales", tool: "identify_anomalies" },
    { say: "show me the anomalies for riverside", tool: "identify_anomalies", args: rjf },
    { say: "any odd days in refunds or cancellations", tool: "identify_anomalies" },
    { say: "revenue by ticket type", tool: "analyze_revenue" },
    { say: "how much money has riverside made", tool: "analyze_revenue", args: rjf },
    { say: "revenue for devconf lisbon", tool: "analyze_revenue", args: dcl },
    { say: "projected revenue for the summit", tool: "analyze_revenue", args: nws },
    { say: "how much have we refunded and what is net revenue", tool: "analyze_revenue" },
  ],
};
