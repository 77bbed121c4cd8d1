/**
 * The small text layer the Support agent's rules share: one normal form of a message, and cue matching
 * that skips a cue someone negated ("not unhappy", "no problem", "I won't sue").
 */

/** Lower case, straight quotes, single spaces. */
export function normalize(text: string): string {
  return text.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').toLowerCase().replace(/\s+/g, " ").trim();
}

const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "nor",
  "without",
  "hardly",
  "don't",
  "dont",
  "doesn't",
  "didn't",
  "isn't",
  "wasn't",
  "aren't",
  "won't",
  "wouldn't",
  "im not",
  "i'm not",
  "nothing",
  "zero",
]);

/** Words that end a negation's reach ("not sure, but this is unacceptable"). */
const CLAUSE_BREAK = /[.,;:!?]|\b(but|although|though|however|yet)\b/g;

/** True when one of the (up to) three words before `index` in the same clause negates what follows. */
export function negatedAt(text: string, index: number): boolean {
  const before = text.slice(0, index);
  let clauseStart = 0;
  for (const match of before.matchAll(CLAUSE_BREAK)) clauseStart = (match.index ?? 0) + match[0].length;
  const words = before.slice(clauseStart).trim().split(/\s+/).filter(Boolean).slice(-3);
  return words.some((word) => NEGATORS.has(word.replace(/[^a-z']/g, "")));
}

/** The cues that match `text` (already normalized) and are not negated, as the matched phrases. */
export function liveCues(text: string, patterns: readonly RegExp[]): string[] {
  const found: string[] = [];
  for (const pattern of patterns) {
    const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      if (!negatedAt(text, match.index ?? 0)) found.push(match[0]);
    }
  }
  return found;
}

/** The message reads as a question ("is there…?", "what happens if…", "where is…"). */
export function asksQuestion(text: string): boolean {
  const words = normalize(text);
  return (
    words.endsWith("?") ||
    /^(how|what|what's|which|who|when|where|why|is|are|do|does|can|could|may|will|would|should|am)\b/.test(words)
  );
}
