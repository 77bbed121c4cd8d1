import { describe, expect, it } from "vitest";
import { isShouting, policyTopicIn, triageMessage } from "./triage";

const reasonOf = (message: string, history: string[] = [], needsPerson: string[] = []) =>
  triageMessage(message, { history, needsPerson }).reason;

describe("safety", () => {
  it.each([
    "There's a man with a gun near gate B",
    "Someone collapsed by the main stage, where is first aid?",
    "My son is missing, he is 6 and wearing a red shirt",
    "I lost my daughter near the food trucks please help",
    "I can't find my child!!",
    "A guy keeps following me and touching me, I'm being harassed",
    "I think my drink was spiked",
    "someone is bleeding badly at the entrance",
    "My friend is unconscious, we need an ambulance",
    "I feel unsafe, is there security nearby?",
    "There is a suspicious bag left at the registration desk",
    "My account was hacked and someone used my ticket",
    "I got a phishing email pretending to be you asking for my card",
    "a fight broke out, people are fighting in hall 2",
    "There's a fire in the parking lot",
    "he threatened to hurt me",
    "My ex keeps texting me and says he bought a ticket too",
    "there's a guy who won't leave me alone at the campsite",
    "Someone pretending to be security asked my son to meet him behind stage 3",
    "A person claiming to be from your team told my daughter to send pictures",
    "There are two charges on my card that I didn't make, right after I bought tickets",
    "I typed my card into a site that looked like yours and now I see an unauthorized payment",
    "I'm terrified of him, he said he'd find me at the event",
  ])("escalates %s", (message) => expect(reasonOf(message)).toBe("safety"));

  it.each([
    "Is there a first aid tent?",
    "Where is the medical tent?",
    "Are knives allowed on the campsite?",
    "What happens if my child gets lost at the festival?",
    "What is your harassment policy?",
    "Are guns allowed? I'm asking for the security check",
    "Is there security at the entrance?",
    "What's the procedure in case of a fire alarm?",
    "Can I bring a pocket knife for camping?",
    "Do you have lockers for valuables?",
    "I'm afraid I can't make it on Saturday",
    "Your newsletter keeps emailing me, how do I unsubscribe?",
    "Can I pay by card at the bar?",
  ])("answers %s", (message) => expect(reasonOf(message)).not.toBe("safety"));
});

describe("legal", () => {
  it.each([
    "If I don't get my money back I'll sue you",
    "I'm going to sue",
    "My lawyer will be in touch",
    "I will file a chargeback with my bank",
    "I'm reporting you to consumer protection",
    "See you in court",
    "Under GDPR I want you to delete my personal data",
    "This is a subject access request for all my data",
    "I've asked my attorney to look at your terms",
    "I'll dispute the charge with my credit card company",
  ])("escalates %s", (message) => expect(reasonOf(message)).toBe("legal"));

  it.each([
    "Please transfer my ticket to Sue Parker",
    "Sue will attend instead of me",
    "Where is the food court?",
    "Is there a track for legal tech?",
    "I'm not going to sue anyone, I just want my ticket",
  ])("does not escalate %s as legal", (message) => expect(reasonOf(message)).not.toBe("legal"));
});

describe("exception requests", () => {
  it.each([
    "My father passed away, can I get a full refund?",
    "I had surgery and can't attend, I have a doctor's note",
    "My visa was denied so I cannot attend. Refund please?",
    "Can you make an exception? I know the policy says no refunds now",
    "I missed the refund deadline by one day, can you refund me anyway?",
    "I'm sick with covid and won't be able to attend",
    "There was a death in the family and I need to cancel",
    "Could you waive the transfer fee just this once?",
  ])("escalates %s", (message) => expect(reasonOf(message)).toBe("exception_request"));

  it.each([
    "Can I get a refund?",
    "What is the refund deadline?",
    "I'm sick of waiting for my ticket email",
    "Is there a quiet room if I feel ill during the day?",
  ])("does not treat %s as an exception", (message) => expect(reasonOf(message)).not.toBe("exception_request"));

  it("sends the policy's own topics to a person", () => {
    expect(reasonOf("Do you offer group bookings for 20 people?", [], ["group bookings"])).toBe("exception_request");
    expect(policyTopicIn("I need wheelchair accessible seating", ["accessibility", "wheelchair"])).toBe(
      "accessibility",
    );
    expect(reasonOf("What time do the doors open?", [], ["group bookings"])).toBeNull();
  });
});

describe("upset attendees", () => {
  it.each([
    "This is unacceptable, I paid 300 euros",
    "I'm frustrated I can't find the schedule",
    "Worst organised event ever",
    "What the hell is going on with my tickets",
    "this is a joke, nobody answers",
    "I'm really disappointed with how this was handled",
    "WHERE ARE MY TICKETS I PAID WEEKS AGO",
    "I already asked this twice and nobody replied",
    "This is the third time I'm writing about this",
    "fucking ridiculous",
    "I'm fed up with this",
  ])("escalates %s", (message) => expect(reasonOf(message)).toBe("upset_attendee"));

  it.each([
    "I'm not unhappy, just curious about parking",
    "No problem, thanks!",
    "Not frustrated at all, just checking the schedule",
    "In the worst case, can I arrive late?",
    "My VIP ticket for DCL-10482 — what time is the GDPR talk?",
    "Where is the schedule?",
    "Thanks, that helps a lot",
  ])("does not escalate %s", (message) => expect(reasonOf(message)).toBeNull());

  it("counts a third message about the same problem as a repeated complaint", () => {
    const history = ["I didn't get my ticket", "Still nothing in my inbox"];
    expect(reasonOf("I still haven't got it", history)).toBe("upset_attendee");
    expect(reasonOf("I still haven't got it", history.slice(0, 1))).not.toBe("upset_attendee");
  });

  it("tells shouting from acronyms", () => {
    expect(isShouting("I WANT MY MONEY BACK NOW")).toBe(true);
    expect(isShouting("Is the VIP area near the FAQ desk? Order DCL-10482")).toBe(false);
  });

  it("puts safety before legal before upset", () => {
    expect(reasonOf("This is unacceptable, my lawyer will call you")).toBe("legal");
    expect(reasonOf("I'm furious, a man just assaulted my friend at the bar")).toBe("safety");
  });
});
