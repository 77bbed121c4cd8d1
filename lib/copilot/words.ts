/** Small pieces the chat's answers are written with, so every answer counts and lists alike. */
import { type Formatter, formatNumber } from "@/lib/format";

/** Lines a listed answer shows; the rest is "and N more" on the linked page. */
export const LIST_LIMIT = 5;

/** What a count needs: numbers in the reader's locale (the request's or the organization's formatter). */
export type Numbers = Pick<Formatter, "number">;

/** Numbers in en-US, for the texts that have no organization's locale at hand yet (the run pages' words). */
export const EN_US_NUMBERS: Numbers = { number: (value) => formatNumber(value) };

/** "1 deliverable", "3 deliverables", "1,200 tickets" (en-US) or "1.200 tickets" (de-DE). */
export function count(format: Numbers, value: number, one: string, many = `${one}s`) {
  return `${format.number(value)} ${value === 1 ? one : many}`;
}

/** "is" for one, "are" for more (or none). */
export function isAre(value: number) {
  return value === 1 ? "is" : "are";
}

/** A sentence, then at most LIST_LIMIT lines under it, then "and N more." */
export function withList(format: Numbers, sentence: string, lines: string[]) {
  const shown = lines.slice(0, LIST_LIMIT).map((line) => `- ${line}`);
  const rest = lines.length - shown.length;
  return [sentence, ...shown, ...(rest > 0 ? [`and ${format.number(rest)} more.`] : [])].join("\n");
}
