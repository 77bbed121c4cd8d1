/** Small pieces the chat's answers are written with, so every answer counts and lists alike. */
import { formatNumber } from "@/lib/format";

/** Lines a listed answer shows; the rest is "and N more" on the linked page. */
export const LIST_LIMIT = 5;

/** "1 deliverable", "3 deliverables", "1,200 tickets". */
export function count(value: number, one: string, many = `${one}s`) {
  return `${formatNumber(value)} ${value === 1 ? one : many}`;
}

/** "is" for one, "are" for more (or none). */
export function isAre(value: number) {
  return value === 1 ? "is" : "are";
}

/** A sentence, then at most LIST_LIMIT lines under it, then "and N more." */
export function withList(sentence: string, lines: string[]) {
  const shown = lines.slice(0, LIST_LIMIT).map((line) => `- ${line}`);
  const rest = lines.length - shown.length;
  return [sentence, ...shown, ...(rest > 0 ? [`and ${formatNumber(rest)} more.`] : [])].join("\n");
}
