/**
 * Text in an attendee's message that claims to change the rules: a "system notice", "ignore previous
 * instructions", "the policy was updated", "I'm a VIP / an admin", developer mode, a script for the
 * assistant, a pasted tool result. It is flagged (`prompt_injection` on the message) and changes nothing:
 * amounts, limits and identity come from the policy functions and the channel, never from the text.
 */
import { normalize } from "./text";

export const PROMPT_INJECTION_FLAG = "prompt_injection";

const PATTERNS: [string, RegExp][] = [
  [
    "instruction override",
    /\b(ignore|disregard|forget|override|bypass|skip) (all |any |the |your |these |those |my )?(previous|prior|above|earlier|preceding|existing|original|usual|standard|normal)? ?(instructions?|rules?|prompts?|polic(y|ies)|guidelines?|restrictions?|limits?|checks?|verification|programming|training)\b/,
  ],
  [
    "new instructions",
    /\b(new|updated|revised) (instructions?|system prompt|directives?|orders) (for|to) (you|the (assistant|agent|bot|ai))\b/,
  ],
  [
    "system message",
    /(^|\n)\s*[[(<{#*]*\s*(system|sys|admin|assistant|tool|function)( (notice|message|prompt|override|update|alert|note|output|result))?\s*[\])>}:*]|[[(<{]\s*(system|sys|admin|developer|assistant|tool|function)\b[^\])>}]{0,24}[\])>}]|\bsystem (notice|message|prompt|override|update|alert|instruction)s?\b|<\/?(system|assistant|tool|im_start|im_end)\b|\[\/?inst\]/,
  ],
  [
    "policy change",
    /\b(policy|policies|rules?|refund limit|limit|terms) (has|have|was|were|is|are) (been )?(updated|changed|amended|revised|lifted|removed|waived|suspended|increased|raised|now)\b|\b(new|updated) (refund |transfer )?policy (says|states|allows|is)\b|\b(refund )?limit is now\b|\b(policy|polic(y|ies)|rules?|terms|limits?) (update|updated|change|changed|amended|override)\s*[:!-]/,
  ],
  [
    "claimed authority",
    /\b(i'?m|i am|as|speaking as|this is) (a|an|the|your) (vip|admin|administrator|organi[sz]er|staff member|employee|manager|owner|ceo|founder|supervisor|moderator|system|operator)\b|\bas (an? )?(admin|administrator|organi[sz]er|developer|staff)\b|\b(admin|developer|god|debug|maintenance|jailbreak|dan) mode\b|\bsudo\b/,
  ],
  [
    "claimed approval",
    /\b(approved|authori[sz]ed|pre-?approved|signed off|cleared) by (the |your )?(organi[sz]ers?|manager|management|admin|administrator|team|support|staff|ceo|owner|finance)\b|\b(manager|organi[sz]er|admin|support|your colleague) (said|told me|approved|promised|confirmed) (i|that i|me|a|the)\b/,
  ],
  [
    "role play",
    /\b(you are now|from now on,? you|pretend (to be|you are|you're)|act as (if|an?|the|my)|roleplay|role-play|play the role|simulate (being|a)|you must (now )?(obey|comply|follow my))\b/,
  ],
  [
    "scripted reply",
    /(^|\n)\s*(assistant|agent|support|ai|bot)\s*:\s*\S|\b(respond|reply|answer|say) (only with|with exactly|exactly)\b|\brepeat after me\b/,
  ],
  [
    "fake tool output",
    /"(status|approved|amount(_?cents)?|refund(_?amount)?|verified|role|tool|function_call|tool_calls?)"\s*:|\b(tool|function) (output|result|call)\s*[:=]|\b(status|approval|verification)\s*[:=]\s*(approved|verified|done|ok|true|executed)\b/,
  ],
];

export type InjectionCheck = { flagged: boolean; cues: string[] };

/** Which rule-changing claims the message makes (none: not flagged). */
export function detectInjection(message: string): InjectionCheck {
  const text = normalize(message.replace(/\r/g, ""));
  const raw = message.toLowerCase();
  const cues = PATTERNS.filter(([, pattern]) => pattern.test(text) || pattern.test(raw)).map(([name]) => name);
  return { flagged: cues.length > 0, cues };
}
