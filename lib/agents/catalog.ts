import { z } from "zod";
import type { AgentId, AgentMode } from "@/lib/db/generated/enums";

export const agentIdSchema = z.enum(["sales", "marketing", "operations", "support", "analytics"], {
  error: "Choose one of the five agents.",
}) satisfies z.ZodType<AgentId>;
export const AGENT_IDS: readonly AgentId[] = agentIdSchema.options;

export const agentModeSchema = z.enum(["full_auto", "assisted", "review_only"], {
  error: "Choose full auto, assisted or review only.",
}) satisfies z.ZodType<AgentMode>;

export const AGENTS: Record<AgentId, { name: string; summary: string }> = {
  sales: {
    name: "Sales",
    summary:
      "Finds and scores sponsor prospects, writes proposals, runs outreach with day-3 and day-7 follow-ups, books meetings and keeps the CRM current. Escalates deals over $50k, custom pricing and legal review.",
  },
  marketing: {
    name: "Marketing",
    summary:
      "Creates multi-channel content, optimizes send times, runs A/B tests and segments, and tunes campaigns every 4 hours. Budget changes always need approval.",
  },
  operations: {
    name: "Operations",
    summary:
      "Tracks deliverables and deadlines, sends reminders, escalates items 3+ days overdue, watches ticket-sales velocity, budget burn and vendor confirmations, and writes the weekly status report.",
  },
  support: {
    name: "Support",
    summary:
      "Answers attendees from the event's knowledge base around the clock, looks up, resends and transfers tickets and refunds by policy. Escalates refunds over $500, safety and legal matters and upset attendees.",
  },
  analytics: {
    name: "Analytics",
    summary: "Forecasts attendance and revenue, detects anomalies, recommends actions and writes executive reports.",
  },
};

/** The mode an agent runs in until an admin chooses another (the product's defaults). */
export const DEFAULT_MODES: Record<AgentId, AgentMode> = {
  sales: "assisted",
  marketing: "assisted",
  operations: "full_auto",
  support: "full_auto",
  analytics: "full_auto",
};

export const MODES: Record<AgentMode, { label: string; summary: string }> = {
  full_auto: { label: "Full auto", summary: "Acts on its own and escalates by policy." },
  assisted: { label: "Assisted", summary: "Proposes; a person approves each write." },
  review_only: { label: "Review only", summary: "Analyses and drafts; never acts." },
};

/** The specification's success target: share of actions completed without human review. */
export const AUTONOMY_TARGETS: Record<AgentId, number> = {
  sales: 0.7,
  marketing: 0.8,
  operations: 0.9,
  support: 0.85,
  analytics: 0.6,
};
