/**
 * What goes to a person, decided by code before anything else happens (docs/support.md, "Conversations"):
 * safety and security, legal threats, requests for an exception to the policy, the policy's own
 * "needs a person" topics, and upset attendees. Informational questions about the same topics ("is there
 * a first aid tent?", "what is your harassment policy?", "are umbrellas allowed?") are not escalations.
 */

import { StemmerEn } from "@nlpjs/lang-en-min";
import { liveCues, normalize } from "./text";
import type { EscalationReason } from "./tools/escalate-to-human";

/** The reasons triage itself decides (the other two come from the refund policy and the knowledge base). */
export type TriageReason = Extract<EscalationReason, "safety" | "legal" | "upset_attendee" | "exception_request">;

// Something is happening to someone: these stay escalations even when phrased as a question.
const INCIDENT = [
  /\b(stabb(ed|ing)|shooting|shooter|shot at|assault(ed|ing)?|attack(ed|ing)|punched|beaten up|beat (me|him|her|them) up|got into a fight|fighting|brawl|hostage)\b/,
  /\b(harass(ed|ing|ment)|stalk(ed|ing|er)|grop(ed|ing)|touched me|following me|spiked|drugged|threaten(ed|ing) (me|us|my|to))\b/,
  /\b(ambulance|paramedics?|unconscious|passed out|collapsed|not breathing|can'?t breathe|heart attack|seizure|overdos\w*|bleeding|badly (hurt|injured)|choking|anaphyla\w*|allergic reaction|fainted|suicid\w*|self[- ]harm|kill myself)\b/,
  /\b(lost|missing|can'?t find|cannot find|separated from) (my |our |a )?(little )?(child|kid|son|daughter|toddler|baby|boy|girl)\b/,
  /\b(child|kid|son|daughter|toddler|boy|girl) (is |has gone |went |has been )?(missing|lost)\b/,
  /\b(hacked|phishing|identity theft|data breach|account (was |has been )?compromised|someone (stole|used) my (card|account|identity|ticket)|stolen (credit )?card|fake (ticket|tickets|website|site|email) (site|seller|from)?)\b/,
  // Someone not letting go of a person: stalking without the word.
  /\b(keeps?|kept) (messaging|texting|calling|following|dm'?ing|showing up|turning up|watching|touching) (me|us|her|him|them|my \w+)\b|\bwon'?t (leave (me|us|her|him|them) alone|stop (messaging|texting|calling|contacting|following))\b/,
  // Impersonation of staff, and someone luring a person to meet or to send pictures or money.
  /\b(claim(s|ed|ing)?|pretend(s|ed|ing)?|posing|impersonat\w*) (to be |as )(\w+ )?(staff|security|crew|organi[sz]ers?|from (the|your))|\b(ask(ed|ing|s)?|told|tell(ing|s)?|want(ed|s)?) (her|him|them|me|us|my \w+) to (meet (up )?(with )?(him|her|them|someone)?|come alone|send (photos|pictures|pics|nudes|money))\b/,
  // Money taken from someone: a card charge nobody made, card details typed into someone else's page.
  /\b((charges?|transactions?|payments?)\b[^.?!]{0,30}\b(i|we) (don'?t|do not|didn'?t|did not) (recogni[sz]e|make|authori[sz]e)|unauthori[sz]ed (charges?|transactions?|payments?|purchases?)|unrecogni[sz]ed (charges?|transactions?|payments?)|fraud(ulent)? (charges?|transactions?|payments?|emails?|sites?|texts?)|scam (emails?|texts?|messages?|calls?|sites?|links?)|(entered|re-?entered|typed( in)?|gave (them|him|her)) my (credit |debit )?(card|bank|password|login))\b/,
  // Fear for one's safety, said outright ("afraid" alone is too often "I'm afraid I can't make it").
  /\b(scared|frightened|terrified) (to (go|come|attend|leave|be there)|of (him|her|them|someone|a man|a guy|this person))|\bafraid (of (him|her|them|someone|a man|a guy)|for (my|our|her|his) (safety|life))\b|\bfear for (my|our|her|his) (safety|life)\b/,
  /\b(on fire|a fire (at|in|near|by)|fire alarm|gas leak|evacuat\w+|suspicious (package|bag|item|person|man|woman)|bomb threat|death threats?|medical emergency)\b/,
];

// A dangerous thing named: an escalation unless the message only asks about rules or facilities.
const DANGER_TOPIC = [
  /\b(guns?|firearms?|pistol|rifle|weapons?|bombs?|explosives?|knife|knives|machete)\b/,
  /\b(unsafe|not safe|in danger|violence|violent|terroris\w+)\b/,
];

// A condition, a rule, a facility: "what happens if…", "is there…", "are knives allowed?".
const CONDITIONAL =
  /\b(what (happens|should i do|do i do|do we do|to do)|in case|if (someone|anyone|a|an|i|my|there|we|you|one)|policy|procedures?|protocol)\b/;
const INFORMATIONAL =
  /\b(is there|are there|do you have|where (is|are|can i find)|allowed|permitted|prohibited|banned|can (i|we) bring|may (i|we) bring|is it (ok|okay|safe)|rules?|security (check|checks|screening|bag))\b/;
const URGENT =
  /\b(help me|help us|please help|urgent(ly)?|right now|asap|immediately|hurry|happening now|just happened|call (the )?(police|ambulance|security)|i feel (unsafe|scared|threatened|in danger)|(i'm|i am|we're|we are) (scared|afraid|in danger|being))\b|!{2,}/;

const LEGAL = [
  /\b(lawyers?|attorneys?|solicitors?|legal (action|proceedings|advice|team|counsel)|lawsuit|law suit|litigation|class action|small claims|take (you|this|it|them|the organi[sz]ers?) to court|see you in court|court case)\b/,
  /\b(charge ?backs?|dispute (the|this|my) (charge|payment|transaction)|(call|contact|tell|ask) my (bank|credit card company|card issuer) to|reverse the (charge|payment))\b/,
  /\b(consumer (protection|rights|law|agency|authority|council|ombudsman)|trading standards|better business bureau|ombudsman|attorney general|report (you|this|them) to (the )?\w+)\b/,
  // Data-protection requests (access, erasure) need a person who can act on every system: legal.
  /\b(under (the )?gdpr|gdpr (request|rights|article|art\.?|complaint)|my (gdpr|data protection) rights|data protection (request|law|officer|authority)|right to be forgotten|subject access request|delete (all )?(of )?my (personal )?(data|information)|erase my (personal )?(data|information)|ccpa)\b/,
  // "sue" the verb, not Sue the colleague: a threat's words around it.
  /\b(i'?ll|i will|gonna|going to|will|would|could|might|plan to|planning to|threaten(ing)? to|i'm|not afraid to) (sue|be suing)\b|\b(sue|suing) (you|u|your|the organi[sz]ers?|them|this company|eventos|for|over)\b/,
];

const CIRCUMSTANCE =
  /\b(passed away|died|death in (the|my|our) family|funeral|bereave\w*|in (the )?hospital|hospitali[sz]ed|surgery|an operation|diagnos\w*|cancer|covid|sick|ill|illness|injur(y|ed)|broke my (leg|arm|ankle|wrist|foot)|pregnan\w*|doctor'?s note|medical (reasons?|condition|grounds|certificate|note|issue|problem)|visa (was |got |has been |application was )?(denied|rejected|refused|not approved)|(denied|refused|rejected) (a |my |the )?visa|jury duty|deployed|deployment|family emergency)\b/;
const ATTENDANCE =
  /\b(refund\w*|money back|cancel\w*|transfer\w*|can'?t (make it|attend|come|go)|cannot (attend|come|go|make it)|won'?t be able to|unable to (attend|come|go|make it)|not (be )?able to (attend|come|go|make it)|miss (the )?(event|conference|festival|day)|credit|reschedul\w*|next year|deferr?\w*)\b/;
const EXCEPTION = [
  /\b(make an exception|an exception (for|to)|exception to (the|your)|bend the rules?|just this once|special (case|circumstances|consideration)|extenuating|compassion\w*|waive (the )?(fee|deadline|rules?|policy)|outside (of )?(the|your) (refund |transfer )?(policy|window|deadline|period)|(past|after|missed) the (refund |transfer )?(deadline|window|cut-?off)|i know (the|your) (policy|rules?|terms)|despite the (policy|deadline|rules?)|full refund (anyway|instead|regardless))\b/,
];

const UPSET = [
  /\b(furious|angry|livid|outraged|fuming|pissed( off)?|irate|enraged|so mad|mad at|frustrat\w*|annoy(ed|ing)|irritat(ed|ing)|upset|disappoint(ed|ing)|disgust(ed|ing)|fed up|sick (and tired )?of|had enough|ridiculous|unacceptable|outrageous|disgrace(ful)?|appalling|atrocious|horrible|awful|shameful|pathetic|useless|incompetent|not happy|unhappy|dissatisfied|devastated)\b/,
  /\bworst\b(?![- ]case)|\bterrible (service|experience|support|organi[sz]ation|communication|event)\b/,
  /\b(this is a joke|what a joke|is this a joke|rip[- ]?off|this is a scam|what a scam|scammed|scammers|daylight robbery|waste of (my )?(time|money)|never again|(make|file|lodge) a (formal )?complaint|i want to complain|fix this now)\b/,
  /\b(fuck\w*|f\*+k\w*|wtf|shit\w*|bullshit|crap|damn\w*|goddamn|what the hell|screw (you|this)|asshole|bloody hell)\b/,
];
const REPEATED =
  /\b(already (asked|told|wrote|written|emailed|contacted|explained|sent)|(second|third|fourth|fifth|\d+(st|nd|rd|th)) time|keep (asking|telling|writing)|(asked|wrote|emailed|written|called) (you )?(twice|three times|\d+ times|several times|multiple times|many times|again and again)|nobody (has )?(replied|answered|responded|got back|helped)|no one (has )?(replied|answered|responded|got back|helped)|still (no answer|no reply|no response|waiting for (an answer|a reply|a response|someone)))\b/;
const PROBLEM =
  /\b(didn'?t (get|receive|work|arrive)|haven'?t (got|gotten|received)|never (got|received|arrived)|not (working|received|arrived)|doesn'?t work|still|again|wrong|broken|problem|issue)\b/;

const ACRONYM = /^(VIP|GDPR|FAQ|ID|USD|EUR|GBP|CHF|PDF|QR|OK|ASAP|UK|US|USA|EU|AM|PM|CEO|RSVP|BBB|FTC|CCPA)$/;

/** Shouting: three or more all-caps words, most of the message's words. Acronyms and order refs aside. */
export function isShouting(message: string): boolean {
  const words = (message.match(/[A-Za-z][A-Za-z'-]{2,}/g) ?? []).filter((word) => !ACRONYM.test(word));
  const loud = words.filter((word) => word === word.toUpperCase() && /[A-Z]{3}/.test(word));
  return loud.length >= 3 && loud.length >= words.length * 0.6;
}

const stemmer = new StemmerEn();
const stems = (text: string) =>
  stemmer.stem((normalize(text).match(/[a-z0-9]+/g) ?? []).filter((word) => word.length > 2)) as string[];

/** The policy's "needs a person" topic the message is about: every content word of the topic, stemmed. */
export function policyTopicIn(message: string, topics: readonly string[]): string | undefined {
  const words = new Set(stems(message));
  return topics.find((topic) => {
    const wanted = stems(topic);
    return wanted.length > 0 && wanted.every((stem) => words.has(stem));
  });
}

export type TriageSignals = {
  safety: string[];
  legal: string[];
  exception: string[];
  upset: string[];
  topic?: string;
};

export type Triage = { reason: TriageReason | null; signals: TriageSignals };

function safetyCues(text: string): string[] {
  const urgent = URGENT.test(text);
  const incidents = liveCues(text, INCIDENT);
  const conditional = CONDITIONAL.test(text) && !urgent;
  const topics = liveCues(text, DANGER_TOPIC);
  const informational = (CONDITIONAL.test(text) || INFORMATIONAL.test(text)) && !urgent;
  return [...(conditional ? [] : incidents), ...(informational ? [] : topics)];
}

/**
 * Whether this message goes to a person, and why. `history` is the attendee's earlier messages in the
 * conversation: a third message about a problem counts as a repeated complaint. Order of precedence:
 * safety, legal, exception, the policy's topics, upset.
 */
export function triageMessage(
  message: string,
  context: { history?: readonly string[]; needsPerson?: readonly string[] } = {},
): Triage {
  const text = normalize(message);
  const circumstance = CIRCUMSTANCE.test(text) && ATTENDANCE.test(text) ? liveCues(text, [CIRCUMSTANCE]) : [];
  const signals: TriageSignals = {
    safety: safetyCues(text),
    legal: liveCues(text, LEGAL),
    exception: [...liveCues(text, EXCEPTION), ...circumstance],
    upset: liveCues(text, UPSET),
    topic: policyTopicIn(message, context.needsPerson ?? []),
  };
  if (isShouting(message)) signals.upset.push("all caps");
  if (REPEATED.test(text)) signals.upset.push("repeated complaint");
  const earlierProblems = (context.history ?? []).filter((earlier) => PROBLEM.test(normalize(earlier))).length;
  if (earlierProblems >= 2 && PROBLEM.test(text)) signals.upset.push("third message about the problem");
  const reason: TriageReason | null =
    signals.safety.length > 0
      ? "safety"
      : signals.legal.length > 0
        ? "legal"
        : signals.exception.length > 0 || signals.topic
          ? "exception_request"
          : signals.upset.length > 0
            ? "upset_attendee"
            : null;
  return { reason, signals };
}
