/**
 * What a prospect's reply means for the campaign, decided by code: the classes the issue names plus red
 * flags, in the order that matters (a red flag, an unsubscribe or a legal question wins over "sounds
 * interesting"), and which classes a person must handle (the seed's human escalation criteria).
 */
export const REPLY_CLASSES = [
  "red_flag",
  "unsubscribe",
  "legal_review",
  "custom_pricing",
  "out_of_office",
  "objection",
  "interested",
  "question",
] as const;
export type ReplyClass = (typeof REPLY_CLASSES)[number];

export const isReplyClass = (value: string): value is ReplyClass =>
  (REPLY_CLASSES as readonly string[]).includes(value);

const PATTERNS: [ReplyClass, RegExp][] = [
  [
    "red_flag",
    /\b(kickback|bribe\w*|under the table|off the books|in cash only|personal (fee|payment|commission)|finder'?s fee for me|keep (this|it) quiet|no paper trail)\b/i,
  ],
  [
    "unsubscribe",
    /\b(unsubscribe|remove me|stop (emailing|contacting|sending)|opt[ -]?out|do not (email|contact)|don't (email|contact))\b/i,
  ],
  [
    "legal_review",
    /\b(legal|lawyer|counsel|contract terms?|terms and conditions|liability|indemnif\w*|nda|gdpr|data processing agreement)\b/i,
  ],
  [
    "custom_pricing",
    /\b(discount|custom (package|pricing|price|deal)|lower (the )?price|cheaper|negotiate|bundle|(can|could) you do \$?\d|budget (is|of) (only )?\$?\d|price match)\b/i,
  ],
  [
    "out_of_office",
    /\b(out of (the )?office|on (annual )?leave|on vacation|away until|auto-?reply|automatic reply|back on)\b/i,
  ],
  [
    "objection",
    /\b(not interested|no budget|not (the )?right (fit|time)|already (committed|sponsoring)|too expensive|pass on this|not a priority|no thanks|no, thank)\b/i,
  ],
  [
    "interested",
    /\b(interested|sounds (good|great)|let'?s (talk|chat|meet)|keen|tell me more|set up a (call|meeting)|happy to (talk|chat)|count us in|yes)\b/i,
  ],
];

/** The class of a reply: the first pattern that matches, or a question when none does. */
export function classifyReply(subject: string, body: string): ReplyClass {
  const text = `${subject}\n${body}`;
  return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? "question";
}

/** Why a reply of this class must go to a person, or null when the agent may answer it. */
export function replyEscalation(kind: ReplyClass): string | null {
  switch (kind) {
    case "custom_pricing":
      return "The prospect asks for pricing outside the packages: a person decides.";
    case "legal_review":
      return "The prospect asks for legal review of the contract terms: a person handles it.";
    case "objection":
      return "The prospect raised an objection the agent cannot answer: a person follows up.";
    case "red_flag":
      return "The reply raises an ethical concern or red flag: a person reviews it before anyone answers.";
    default:
      return null;
  }
}

/** Whether this reply ends the prospect's automatic sequence (no more follow-ups). */
export function stopsSequence(kind: ReplyClass) {
  return kind !== "out_of_office";
}
