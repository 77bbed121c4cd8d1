/**
 * The Support agent's reply in words. The offline reply is composed by code from the passages and the
 * policy outcome and is always the reference: when a model is configured it may rephrase it, grounded
 * on the same facts, and its text is kept only if every figure, date and order detail in it is one the
 * offline reply (or a cited passage) already had. Otherwise the offline reply goes out.
 */

import type { TextModel } from "@/lib/llm/text-model";
import { logger } from "@/lib/logger";
import type { Passage } from "./knowledge";

/** An OpenAI-compatible model as (system prompt, brief) → text: the same helper the proposals use. */
export type ReplyModel = TextModel;

export type ReplyFacts = {
  /** The reply code composed: what is true, in the agent's words. */
  offline: string;
  /** The knowledge-base passages the reply is grounded on (may be none). */
  passages: Pick<Passage, "title" | "passage">[];
};

export const SUPPORT_REPLY_PROMPT = [
  "You are the support assistant of an event, writing to an attendee.",
  "Rewrite the draft reply so it reads friendly, specific and short (at most 120 words).",
  "Use only the facts in the draft and in the passages. Keep every amount, percentage, date and order",
  "reference exactly as written in the draft; add no other number, date, name, email address or order",
  "detail, and never promise anything the draft does not say. If the draft says a person will follow",
  "up or that an action waits for approval, say so. Reply with the message text only.",
].join(" ");

/** The model's brief: the draft and the passages it may draw on. */
export function replyBrief(facts: ReplyFacts) {
  const passages = facts.passages.map((passage) => `[${passage.title}] ${passage.passage}`);
  return [
    `Draft reply:\n${facts.offline}`,
    passages.length > 0 ? `Passages from the event's knowledge base:\n${passages.join("\n")}` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/gi;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;
const REFERENCE = /\b[A-Za-z]{2,6}-\d{3,}\b/g;
// Words that say something happened: the model may use one only where the offline reply does.
const DONE_WORDS =
  /\b(refunded|refunding|processed|transferred|re-?sent|sent|emailed|cancell?ed|issued|approved|confirmed|done)\b/gi;
// A figure: digits with thousands or decimal separators ("€1,234.50", "1.234,50 €", "30", "2027").
const FIGURE = /\d+(?:[.,\u00a0\u202f ]\d+)*/g;

/**
 * A figure in one canonical form, so "€300.00", "€300" and "300,00 €" are the same amount: the
 * separators dropped, and a zero fraction ("…00" after the last separator) dropped first.
 */
export function canonicalFigure(figure: string) {
  return figure
    .replace(/[.,]0{1,2}$/, "")
    .replace(/[^\d]/g, "")
    .replace(/^0+(?=\d)/, "");
}

function figures(text: string) {
  return new Set((text.match(FIGURE) ?? []).map(canonicalFigure));
}

function months(text: string) {
  return new Set((text.match(MONTH) ?? []).map((month) => month.slice(0, 3).toLowerCase()));
}

function tokens(text: string, pattern: RegExp) {
  return new Set((text.match(pattern) ?? []).map((token) => token.toLowerCase()));
}

/**
 * What is wrong with a model's reply, by the facts it was given: a figure (amount, percent, day,
 * year, time) or a month the offline reply and the passages do not have; an email address or order
 * reference the offline reply does not have (order details come from the offline reply only); a word
 * saying something was done ("refunded", "sent", "approved") that the offline reply does not use, so a
 * refund waiting for approval is never phrased as made. Empty: the reply may go out.
 */
export function checkModelReply(text: string, facts: ReplyFacts): string[] {
  const grounded = [facts.offline, ...facts.passages.map((passage) => `${passage.title} ${passage.passage}`)].join(
    "\n",
  );
  const problems: string[] = [];
  if (!text.trim()) problems.push("empty reply");
  const allowedFigures = figures(grounded);
  for (const figure of figures(text)) {
    if (!allowedFigures.has(figure)) problems.push(`figure ${figure} is not in the facts`);
  }
  const allowedMonths = months(grounded);
  for (const month of months(text)) {
    if (!allowedMonths.has(month) && MONTHS.includes(month)) problems.push(`month ${month} is not in the facts`);
  }
  const allowedDetails = new Set([...tokens(facts.offline, EMAIL), ...tokens(facts.offline, REFERENCE)]);
  for (const detail of [...tokens(text, EMAIL), ...tokens(text, REFERENCE)]) {
    if (!allowedDetails.has(detail)) problems.push(`order detail ${detail} is not in the offline reply`);
  }
  const allowedClaims = tokens(facts.offline, DONE_WORDS);
  for (const claim of tokens(text, DONE_WORDS)) {
    if (!allowedClaims.has(claim)) problems.push(`"${claim}" says more happened than the offline reply`);
  }
  return problems;
}

/** The reply that goes out: the model's, when one is configured, answers and passes the check; else the offline one. */
export async function phraseReply(facts: ReplyFacts, model: ReplyModel | null): Promise<string> {
  if (!model) return facts.offline;
  try {
    const text = (await model(SUPPORT_REPLY_PROMPT, replyBrief(facts))).trim();
    const problems = checkModelReply(text, facts);
    if (problems.length === 0) return text;
    logger.warn("the model's support reply failed the check; using the offline reply", { problems });
  } catch (error) {
    logger.warn("the model could not phrase the support reply; using the offline reply", {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  return facts.offline;
}

/** "a***@example.com": enough for the visitor to recognise the address, not to read it off a screen. */
export function maskEmail(email: string) {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}***@${domain}`;
}

/** "(from “Bags and what to bring”)" / "(from “A” and “B”)". */
export function citedTitles(titles: string[]) {
  const quoted = titles.map((title) => `“${title}”`);
  if (quoted.length === 0) return "";
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
  return `(from ${list})`;
}
