/** Words too common to mark in a passage (a question's "can I", "the", "my"). */
const STOP = new Set(
  "a an and are as at be but by can could do does for from have how i if in is it me my no not of on or our so that the their there this to was we what when where which who will with would you your".split(
    " ",
  ),
);

/** The start a word shares with its other forms ("refunds", "refunded" → "refun", "bags" → "bag"). */
function stem(word: string) {
  const base = word.replace(/(ing|ed|es|s)$/, "");
  const root = base.length >= 3 ? base : word;
  return root.length <= 5 ? root : root.slice(0, -1);
}

/** A run of the passage, starting `at` characters in. */
export type Segment = { text: string; match: boolean; at: number };

/**
 * A passage cut into plain and matching runs for the query's words (a word matches when it starts with
 * a query word's stem), so the result list can mark what the search found.
 */
export function highlightSegments(passage: string, query: string): Segment[] {
  const stems = [
    ...new Set(
      (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 1 && !STOP.has(word)),
    ),
  ].map(stem);
  if (stems.length === 0) return [{ text: passage, match: false, at: 0 }];
  const segments: Segment[] = [];
  let at = 0;
  for (const part of passage.split(/([\p{L}\p{N}]+)/u)) {
    if (!part) continue;
    const start = at;
    at += part.length;
    const lower = part.toLowerCase();
    const match = /[\p{L}\p{N}]/u.test(part) && stems.some((prefix) => lower.startsWith(prefix));
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match, at: start });
  }
  return segments;
}
