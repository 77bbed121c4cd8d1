/**
 * The planner's language layer: which request a message is (an intent classifier trained on the chat
 * surfaces' example requests with NLP.js), whether it asks or tells, whether it says no, and the slots
 * it fills (event, agent, mode). No model is downloaded: training on the examples takes milliseconds.
 */
import { containerBootstrap } from "@nlpjs/core";
import { LangEn } from "@nlpjs/lang-en-min";
import { type Classification, Nlp } from "@nlpjs/nlp";
import * as chrono from "chrono-node";
import type { AgentId, AgentMode } from "@/lib/db/generated/enums";
import { localDate } from "@/lib/domain/calendar-days";
import { type ChatExample, EXAMPLE_NAMES } from "./surface";

/** NLP.js's label for a message like none of the examples. */
export const NO_INTENT = "None";

export type Intent = { intent: string; score: number; ranked: Classification[] };

/**
 * Classifies a message. Names are slots, not intents: the events' and people's names given are taken out
 * first, so "Riverside" or "Ana" never sways the intent.
 */
export type IntentClassifier = (text: string, names?: readonly string[]) => Promise<Intent>;

/**
 * Words organizers use for the same thing, as one concept word each, so a request phrased with words
 * no example uses ("are we behind?", "what did the caterer say?") still reaches the right tool.
 */
const CONCEPTS: [RegExp, string][] = [
  [
    /\b(never ?mind|forget (it|about it|that)|scrap (that|it)|cancel (that|it|the request)|call it off)\b|^cancel\b/g,
    "cancelrequest",
  ],
  // Changing how an agent works: a verb of change with an agent named after it.
  [
    /\b(set|switch|put|change|turn|make)\b(?=.*\b(agent|sales|marketing|operations|ops|support|analytics)\b)/g,
    "setmode",
  ],
  [/\b(reach out( to)?|pitch|send proposals?( to)?|email)\b/g, "outreach"],
  [/\b(decision[- ]makers?|directors?|head of \w+|who should we contact|contacts? at)\b/g, "decisionmaker"],
  [/\b(sales agent|sales agent's)\b/g, "salesagent"],
  // Support: an order's reference is a slot; refunds, support requests and what attendees ask are concepts.
  [/\b[a-z]{2,6}-\d{3,}\b/g, "orderref"],
  [/\b(refund(s|ed|ing)?|money back|reimburse\w*)\b/g, "refund"],
  [
    /\b(support (requests?|tickets?|conversations?|questions?|cases?|queue)|help ?desk|help requests?|conversations? with attendees)\b/g,
    "supportrequest",
  ],
  [
    /\b(ask(ing|ed)? (us )?about|questions? (do |are )?(attendees|people) (ask|have)|common questions|faqs?|topics?)\b/g,
    "askabout",
  ],
  [/\b(operations|ops) (agent|agent's|check|checklist)\b|\bdaily check\b|\btoday's check\b/g, "opsagent"],
  [/\b(doing|performing|autonomy|autonomous|done lately)\b/g, "performance"],
  [/\b(overdue|late|behind|delayed|past due|past (their|the|its) deadlines?|slipping)\b/g, "overdue"],
  [/\b(deliverables?|tasks?|to-?dos?|action items?|checklist items?)\b/g, "deliverable"],
  [/\b(deadlines?|due dates?|due)\b/g, "due"],
  [/\b(remind(ers?|ed)?|nudges?|chase|ping)\b/g, "remind"],
  [/\b(tickets?|registrations?|attendees?|attendance|seats?|sell(ing)? out|sold out|sold|sell)\b/g, "ticket"],
  [/\b(budget|spend(ing)?|spent|costs?|expenses?|money|burn)\b/g, "budget"],
  [/\b(vendors?|suppliers?|caterers?|catering|contractors?|venues?)\b/g, "vendor"],
  [/\b(sponsors?|sponsorships?|partners?)\b/g, "sponsor"],
  [/\b(outreach|campaigns?)\b/g, "outreach"],
  [/\b(approv(e|al|als)|waiting (for|on) me|inbox|decisions?|sign[- ]off)\b/g, "approval"],
  [/\b(events?|conferences?|festivals?|shows?)\b/g, "event"],
  [/\b(status report|weekly report|weekly summary|status update|report)\b/g, "report"],
  // A mode is a slot, not an intent: naming one says nothing about what to do.
  [/\b(in )?(review[\s-]?only|dry[\s-]?run|assisted|full[\s-]?auto(nomous)?)( mode)?\b/g, ""],
];

/** The text a classifier reads: lower case, the names taken out, synonyms as concept words. */
function classifierText(text: string, names: readonly string[]) {
  const nameWords = new Set(names.flatMap(distinctiveWords));
  const words = (normalized(text).match(/[a-z0-9'-]+|[?]/g) ?? []).filter((word) => !nameWords.has(word)).join(" ");
  return CONCEPTS.reduce((current, [pattern, concept]) => current.replace(pattern, concept), words);
}

/** Trains a classifier on the examples ("none" examples teach what is no tool's). */
export async function trainClassifier(
  examples: readonly ChatExample[],
  exampleNames: readonly string[] = EXAMPLE_NAMES,
): Promise<IntentClassifier> {
  const container = await containerBootstrap();
  container.use(LangEn);
  const nlp = new Nlp({
    container,
    languages: ["en"],
    autoSave: false,
    autoLoad: false,
    calculateSentiment: false,
    nlu: { log: false },
  });
  for (const example of examples) {
    const intent = example.tool === "none" ? NO_INTENT : example.tool;
    nlp.addDocument("en", classifierText(example.say, exampleNames), intent);
  }
  await nlp.train();
  return async (text, names = []) => {
    const result = await nlp.process("en", classifierText(text, names));
    return { intent: result.intent, score: result.score, ranked: result.classifications };
  };
}

function normalized(text: string) {
  return text.toLowerCase().replace(/[’‘]/g, "'").trim();
}

/**
 * A question rather than a request: "how is…", "what…", "should I…", "is anything late?". A polite
 * request ("can you send the reminders?", "could you run the check") is a request.
 */
export function isQuestion(text: string): boolean {
  const words = normalized(text);
  if (/^(please\b|(can|could|would|will) you\b)/.test(words)) return false;
  if (/^(how|what|what's|which|who|whom|whose|when|where|why|should|shall|is|are|was|were)\b/.test(words)) return true;
  // "Do the daily check" and "have the agent check…" tell; "do we…" and "have they…" ask.
  if (/^(do|does|did|has|have|had) (i|we|you|they|it|he|she|all|any|anyone|everyone)\b/.test(words)) return true;
  return words.endsWith("?");
}

/** The message says not to do it: "don't send…", "do not remind anyone", "hold off on the outreach". */
export function isNegated(text: string): boolean {
  return /\b(don'?t|do not|never|no need to|not now|not yet|hold off|stop|skip|without (sending|emailing|contacting))\b/.test(
    normalized(text),
  );
}

const AGENT_WORDS: [RegExp, AgentId][] = [
  [/\bsales\b/, "sales"],
  [/\bmarketing\b/, "marketing"],
  [/\b(operations|ops)\b/, "operations"],
  [/\bsupport\b/, "support"],
  [/\banalytics\b/, "analytics"],
];

export function agentIn(text: string): AgentId | undefined {
  const words = normalized(text);
  return AGENT_WORDS.find(([pattern]) => pattern.test(words))?.[1];
}

export function modeIn(text: string): AgentMode | undefined {
  const words = normalized(text);
  if (/\breview[\s-]?only\b|\bdry[\s-]?run\b|\bdraft only\b|\bjust drafts?\b/.test(words)) return "review_only";
  if (/\bassisted\b|\bask me first\b|\bwith approvals?\b|\bcheck with me\b/.test(words)) return "assisted";
  if (/\bfull[\s-]?auto(nomous)?\b|\bon (its|their) own\b/.test(words)) return "full_auto";
  return undefined;
}

export type KnownEvent = { id: string; name: string; timezone?: string };

const EVENT_STOP_WORDS = new Set(["the", "for", "and", "fest", "festival", "event", "events", "conference"]);

function distinctiveWords(text: string) {
  return (normalized(text).match(/[a-z0-9]+/g) ?? []).filter((word) => word.length >= 3 && !EVENT_STOP_WORDS.has(word));
}

/** The event named in the text (most shared distinctive words wins), else the one on screen. */
export function findEvent(text: string, events: readonly KnownEvent[], onScreen?: string): string | undefined {
  const words = new Set(distinctiveWords(text));
  let best: { id: string; score: number } | undefined;
  for (const event of events) {
    const score = distinctiveWords(event.name).filter((word) => words.has(word)).length;
    if (score > 0 && (!best || score > best.score)) best = { id: event.id, score };
  }
  return best?.id ?? (onScreen && events.some((event) => event.id === onScreen) ? onScreen : undefined);
}

/**
 * The known name the text mentions: a full name, or a first or last name only one of them has
 * ("Ana" for "Ana Souza"). The longest match wins, so "Ana Souza" beats "Ana".
 */
export function nameIn(text: string, names: readonly string[]): string | undefined {
  const words = ` ${(
    normalized(text)
      .replace(/'s\b/g, "")
      .match(/[a-z0-9'-]+/g) ?? []
  ).join(" ")} `;
  const mentions = (phrase: string) => words.includes(` ${phrase.toLowerCase()} `);
  const full = names.filter(mentions).sort((a, b) => b.length - a.length)[0];
  if (full) return full;
  const byPart = names.filter((name) =>
    name
      .split(/\s+/)
      .filter((part) => part.length >= 3)
      .some(mentions),
  );
  return byPart.length === 1 ? byPart[0] : undefined;
}

/**
 * The day a request looks ahead to ("by Friday", "before December 20", "this week"), as the calendar
 * date it names (YYYY-MM-DD, in `timeZone` for "this week"); undefined when it names none. Parsed with
 * chrono-node, forward from `now`.
 */
export function dateIn(text: string, now: Date, timeZone: string): string | undefined {
  const words = normalized(text);
  if (/\bthis week\b/.test(words)) return endOfWeek(now, timeZone);
  if (/\bnext week\b/.test(words)) return endOfWeek(new Date(now.getTime() + 7 * 86_400_000), timeZone);
  const start = chrono.parse(words, now, { forwardDate: true })[0]?.start;
  if (!start) return undefined;
  const two = (value: number | null) => String(value ?? 0).padStart(2, "0");
  return `${start.get("year")}-${two(start.get("month"))}-${two(start.get("day"))}`;
}

/** The Sunday that ends `at`'s week, in `timeZone`. */
function endOfWeek(at: Date, timeZone: string) {
  const weekday = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short" }).format(at);
  const daysLeft = (7 - ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(weekday)) % 7;
  return localDate(new Date(at.getTime() + daysLeft * 86_400_000), timeZone);
}

const MULTIPLIERS: Record<string, number> = { k: 1_000, thousand: 1_000, m: 1_000_000, million: 1_000_000 };

/**
 * An amount of money the text names ("$10,000", "€46k", "5,000 euros", "2.5 million"), in whole units
 * of whatever currency it is in; undefined when it names none. A bare small number ("3 days") is not an
 * amount: it needs a currency sign or word, a multiplier, or thousands.
 */
export function amountIn(text: string): number | undefined {
  const words = normalized(text);
  const found =
    /(?:[$€£]\s?)(\d[\d,]*(?:\.\d+)?)\s?(k|m|thousand|million)?\b/.exec(words) ??
    /\b(\d[\d,]*(?:\.\d+)?)\s?(k|m|thousand|million)?\s?(?:dollars|euros|pounds|usd|eur|gbp)\b/.exec(words) ??
    /\b(\d[\d,]*(?:\.\d+)?)\s?(k|thousand|million)\b/.exec(words) ??
    /\b(\d{1,3}(?:,\d{3})+)\b/.exec(words);
  if (!found?.[1]) return undefined;
  const value = Number(found[1].replaceAll(",", ""));
  return value * (MULTIPLIERS[found[2] ?? ""] ?? 1);
}
