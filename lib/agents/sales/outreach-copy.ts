/**
 * The outreach campaign's emails: the first one carries the proposal, each follow-up a different value
 * angle (the seed: "follow up 3-5 times with different value angles", "create urgency when appropriate").
 * Plain text; the email layer adds tracking and the unsubscribe link.
 */
/** The facts an email states; the event's date and size come written in the organization's locale. */
export type OutreachFacts = {
  contactName: string;
  company: string;
  event: { name: string; city: string; startsOn: string; capacity: string; audiences: string[] };
  packageName: string;
  proposalUrl: string;
  spotsLeft: number;
};

const firstName = (name: string) => name.split(" ")[0] ?? name;
const audience = (facts: OutreachFacts) => facts.event.audiences.join(" and ") || "attendees";

export function initialEmail(facts: OutreachFacts) {
  return {
    subject: `${facts.event.name}: a ${facts.packageName} sponsorship for ${facts.company}`,
    text: [
      `Hello ${firstName(facts.contactName)},`,
      `${facts.event.name} brings ${facts.event.capacity} ${audience(facts)} to ${facts.event.city} on ${facts.event.startsOn}. We think ${facts.company} belongs in front of them, and put together a ${facts.packageName} proposal for you:`,
      facts.proposalUrl,
      "If it is worth a conversation, reply to this email and we will find a time.",
      `Kind regards,\nThe ${facts.event.name} team`,
    ].join("\n\n"),
  };
}

/** Day 3: who they would reach. Day 7: what is left, honestly stated. */
export function followUpEmail(facts: OutreachFacts, round: 1 | 2) {
  const body =
    round === 1
      ? `A quick follow-up on the ${facts.packageName} proposal: the people at ${facts.event.name} are ${audience(facts)}, the audience ${facts.company} wants to reach, in one place for the day. The proposal shows where your brand appears and what your team gets:`
      : `One last note on ${facts.event.name}: ${facts.spotsLeft === 1 ? "one" : facts.spotsLeft} ${facts.packageName} spot${facts.spotsLeft === 1 ? " is" : "s are"} still open, and we are finalising sponsors for the programme. The proposal is here if the timing works for ${facts.company}:`;
  return {
    subject: `Re: ${facts.event.name}: a ${facts.packageName} sponsorship for ${facts.company}`,
    text: [
      `Hello ${firstName(facts.contactName)},`,
      body,
      facts.proposalUrl,
      round === 1
        ? "Happy to answer any question by reply."
        : "If now is not the right time, no reply is needed; we will not write again about this event.",
      `Kind regards,\nThe ${facts.event.name} team`,
    ].join("\n\n"),
  };
}
