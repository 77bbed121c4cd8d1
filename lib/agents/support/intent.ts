/**
 * What an attendee wants, read offline by rules: an informational question, a refund (asked about or
 * asked for), a resend, a transfer (with the new holder's name and email), an order lookup, a person,
 * thanks, a "yes, go ahead" to an offer, or a reopen. Order references and email addresses are slots.
 */
import { asksQuestion, normalize } from "./text";

export type IntentKind =
  | "question"
  | "refund"
  | "refund_question"
  | "resend"
  | "transfer"
  | "transfer_question"
  | "lookup"
  | "other_person"
  | "human"
  | "thanks"
  | "confirm"
  | "reopen";

export type NewHolder = { name?: string; email?: string };

export type Intent = {
  kind: IntentKind;
  /** Order references or external ids the message names, as written (upper-cased references). */
  orders: string[];
  emails: string[];
  newHolder?: NewHolder;
};

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;
const REFERENCE = /\b[A-Za-z]{2,6}-\d{3,}\b/g;
const LABELLED_ORDER =
  /\b(?:order|booking|confirmation|purchase)\s*(?:number|no\.?|#|id|ref(?:erence)?|code)?\s*(?:is\s+)?[:#]?\s*([A-Za-z0-9][A-Za-z0-9_-]*\d[A-Za-z0-9_-]*)/gi;
const HASH_ORDER = /#\s?([A-Za-z0-9_-]*\d[A-Za-z0-9_-]*)/g;

/** Order references ("DCL-10482") and labelled external ids ("order ord_7781", "#EB-99812"). */
export function orderRefsIn(message: string): string[] {
  const text = message.replace(EMAIL, " ");
  const found: string[] = [];
  for (const match of text.matchAll(REFERENCE)) found.push(match[0].toUpperCase());
  for (const pattern of [LABELLED_ORDER, HASH_ORDER]) {
    for (const match of text.matchAll(pattern)) if (match[1]) found.push(match[1]);
  }
  const seen = new Set<string>();
  return found.filter((ref) => {
    const key = ref.toUpperCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function emailsIn(message: string): string[] {
  return [...new Set((message.match(EMAIL) ?? []).map((email) => email.toLowerCase().replace(/\.$/, "")))];
}

const NAME = "(\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+(?:de |da |van |von |del |di |le )?\\p{Lu}[\\p{L}'’-]+){0,3})";
const NOT_NAMES = new Set([
  "I",
  "The",
  "My",
  "Me",
  "Please",
  "Thanks",
  "Thank",
  "Hi",
  "Hello",
  "Dear",
  "Order",
  "Ticket",
]);
const NAME_PATTERNS = [
  new RegExp(`\\b(?:name(?:d)?|name is|called|holder(?: is|:)?|attendee(?: is|:)?)\\s*:?\\s+${NAME}`, "u"),
  new RegExp(
    `\\b(?:colleague|friend|buddy|mate|pal|partner|girlfriend|boyfriend|fianc[ée]e?|wife|husband|brother|sister|co-?worker|roommate|flatmate|neighbou?r|son|daughter|niece|nephew|mother|father|mom|mum|dad|aunt|uncle|boss|manager|teammate|cousin)(?:,)?\\s+${NAME}`,
    "u",
  ),
  new RegExp(`\\b(?:to|for|with|transfer(?:ring)?|give|pass)\\s+${NAME}`, "u"),
  new RegExp(`${NAME}\\s*[(<]?\\s*[a-z0-9._%+-]+@`, "u"),
];

/** The new holder a transfer names: a capitalised name after "to", "my colleague", "name is"; an email. */
export function newHolderIn(message: string, sender?: string): NewHolder {
  const email = emailsIn(message).find((address) => address !== sender?.toLowerCase());
  let name: string | undefined;
  for (const pattern of NAME_PATTERNS) {
    const match = pattern.exec(message.replace(REFERENCE, " "));
    const candidate = match?.[1]
      ?.split(/\s+/)
      .filter((word, index) => index > 0 || !NOT_NAMES.has(word))
      .join(" ");
    if (candidate && !NOT_NAMES.has(candidate) && candidate.length > 1) {
      name = candidate;
      break;
    }
  }
  return { name, email };
}

const HUMAN =
  /\b(talk|speak|chat) (to|with) (a |an |some |one of |your )?(human|person|real person|someone|somebody|agent|representative|rep|staff|manager|organi[sz]er|team member|people|supervisor)\b|\b(human|real person|live agent|actual person) please\b|\b(get|want|need) (me )?a (human|real person|manager|supervisor)\b|\bcall me\b|^(human|agent|operator|representative|a person)\W*$/;
const THANKS =
  /^(thanks|thank you|thx|ty|cheers|great|perfect|awesome|brilliant|wonderful|lovely|excellent|appreciated|got it|all good|that'?s (all|it|great|perfect|everything)|bye|goodbye|ok(ay)?,? thanks?)\b/;
const CONFIRM =
  /^(yes|yeah|yep|yup|sure|ok|okay|please do|go ahead|do it|proceed|please proceed|confirm(ed)?|sounds good)\b/;
const REOPEN =
  /\b(still (haven'?t|have not|not|no|didn'?t|can'?t|nothing|waiting)|(didn'?t|doesn'?t|did not|does not) (work|help|arrive|come|go through)|not (solved|fixed|resolved|working|sorted)|haven'?t (received|got|gotten) (it|anything|them)|never (arrived|came|got it)|same problem|(that'?s|that is|this is) (wrong|not right)|not what i asked|wrong (person|name|email|amount))\b/;
const RESEND =
  /\b(re-?send|resent|send (me )?(my |the |our )?(tickets?|confirmation( email)?|e-?tickets?|qr( codes?)?|pdf|badge)( again)?|send (it|them) again|(didn'?t|did not|never|haven'?t|have not|hasn'?t) (get|got|receive|received|gotten|arrive|arrived|come)( (my|the|any|a|our))? ?(tickets?|confirmation|e-?mail|qr|e-?ticket)?|(lost|deleted|can'?t find|cannot find|misplaced) (my |the |our )?(tickets?|confirmation( email)?|e-?tickets?|qr codes?)|where (is|are) (my|our) (tickets?|confirmation|e-?tickets?)|(tickets?|confirmation) (never|didn'?t|did not|hasn'?t) (arrive|arrived|come|came))\b/;
// A ticket changing hands, however it is said: "transfer", "move his ticket to…", "my buddy is taking my ticket".
const TICKET = "(?:\\w+ )?(?:tickets?|pass(?:es)?|badges?|wristbands?|spot|place|seat|registration)";
const TRANSFER = new RegExp(
  [
    "\\b(transfer\\w*|change the (name|holder|attendee) (on|of|for)|(attend|go|come) (in my place|instead of me)|in my place|name change|new (ticket )?holder)\\b",
    `\\b(give|pass|hand|put|switch|move|reassign|assign) (over )?(my|the|our|his|her|their|one|a|this|that|[a-z]+'s) ${TICKET} (on |over )?(to|into|in|under)\\b`,
    `\\b(is|'s|will be|'ll be) (taking|using|getting|going with) (my|his|her|our|their) ${TICKET}\\b`,
    `\\btake over (my|his|her|their) ${TICKET}\\b`,
  ].join("|"),
);
const REFUND =
  /\b(refund\w*|money back|reimburs\w*|cancel (my|the|our|this|these) (\w+ )?(order|tickets?|booking|registration|purchase|place|pass(es)?|wristbands?)|cancell?ation|get back what i paid|(get|got|have) (my |the )?money back|how much (would|will|do|can|could) i get back|if i cancel)\b/;
const ASKS_ABOUT =
  /^(can|could|may) (i|we) (still )?(get|have|ask for|receive|transfer|give|change)\b|\b(am i|are we|is it|are tickets?|is my ticket|is the ticket) (still )?(eligible|refundable|transferable|possible)\b|\bhow (much|do|does|can|would|long)\b|\bwhat('s| is| are| would)? (the|your|my)? ?(refund|transfer|cancell?ation) (policy|rules?|options?|fee|deadline)\b|\bwhat would i get\b|\bdo you (offer|give|do|allow)\b|\b(until|till|by) when\b|\bdeadline\b/;
const POLITE_REQUEST =
  /^(please|pls|kindly)\b|\b(can|could|would|will) you (please )?(refund|transfer|cancel|send|resend|process|issue|move|change)\b|\bi('d| would)? (like|want|need|wish)\b|\bi'm requesting\b|\brequest(ing)? a\b|\bgo ahead\b/;
const LOOKUP =
  /\b(status of (my |the |our )?(order|tickets?|booking|refund)|(order|refund|booking) status|(check|look up|lookup|find|pull up) (my |the |our )?(order|booking|tickets?)|(is|was|has) my (order|payment|booking|refund) (been )?(confirmed|through|successful|processed|gone through)|where('s| is) my refund|when (will|do) i get my (refund|money)|what tickets? (do i have|did i (buy|get|order))|which tickets? (do i have|did i buy)|how many tickets (do i have|did i (buy|get|order))|details (of|on|for) (my |the )?order|(my|the) order details|what('s| is) the (email|name|address|holder|buyer|phone|card)( address)? (on|of|for|behind|attached to)|who('s| is) the (holder|buyer|owner|attendee|ticket holder)|what (email|e-?mail address|name|phone( number)?|address) (is|was) (on|for|attached to|behind|used (on|for))|who (bought|owns|purchased|is the holder|is on)|whose (order|ticket)|(tell|give|show) me (the )?(details|info|information|email|name) (of|on|for|about) (order|the order|ticket))\b/;

// Asking after someone else: whether a named person is registered, or anyone's contact details or ticket.
const NAMED_PERSON = new RegExp(
  `\\b(?:[Ii]s|[Hh]as|[Dd]id|[Ww]as) (?:my |our )?(?:[a-z]+ )?${NAME} (?:registered|signed up|booked|coming|attending|going|on the (?:guest )?list)\\b`,
  "u",
);
const THEIR_DETAILS =
  /\b(what|what's|which|give me|tell me|send me|share|need|want)\b.*\b(his|her|their) (email|e-?mail address|phone( number)?|number|address|contact( details| info)?|details|ticket( type)?|seat|order)\b/;

/**
 * The attendee's intent. `pendingOffer` is true when the agent's last reply offered an action ("reply
 * yes to go ahead"); `resolved` when the conversation was resolved (a complaint is then a reopen).
 */
export function readIntent(
  message: string,
  options: { sender?: string; pendingOffer?: boolean; resolved?: boolean } = {},
): Intent {
  const text = normalize(message);
  const orders = orderRefsIn(message);
  const emails = emailsIn(message);
  const base = { orders, emails };
  const short = text.length <= 60;
  if (HUMAN.test(text)) return { ...base, kind: "human" };
  if (options.pendingOffer && short && CONFIRM.test(text) && !/\b(no|not|don'?t|wait)\b/.test(text))
    return { ...base, kind: "confirm" };
  if (options.resolved && REOPEN.test(text)) return { ...base, kind: "reopen" };
  const question = asksQuestion(message) && !POLITE_REQUEST.test(text);
  if (TRANSFER.test(text)) {
    const newHolder = newHolderIn(message, options.sender);
    const named = Boolean(newHolder.name || newHolder.email);
    const kind = !named && question && ASKS_ABOUT.test(text) ? "transfer_question" : "transfer";
    return { ...base, kind, newHolder };
  }
  if (RESEND.test(text)) return { ...base, kind: "resend" };
  if (orders.length === 0 && (NAMED_PERSON.test(message) || THEIR_DETAILS.test(text)))
    return { ...base, kind: "other_person" };
  if (LOOKUP.test(text)) return { ...base, kind: "lookup" };
  if (REFUND.test(text)) {
    const asking =
      (question && ASKS_ABOUT.test(text)) || (question && orders.length === 0 && !POLITE_REQUEST.test(text));
    return { ...base, kind: asking ? "refund_question" : "refund" };
  }
  if (short && THANKS.test(text) && !text.includes("?")) return { ...base, kind: "thanks" };
  return { ...base, kind: "question" };
}
