import type { SupportPolicyInput } from "@/lib/agents/support/policy";
import type { EventKey } from "./types";

export type Person = { name: string; email: string };

/** An order as the fixture writes it: its reference, the buyer, and one ticket per holder. */
export type OrderSpec = {
  reference: string;
  externalId: string;
  buyer: Person;
  tickets: { type: string; holder: Person }[];
};

export type ArticleSpec = { title: string; body: string; tags: string[] };

/** One invented event: what the organizer would have set up before attendees start writing. */
export type EventWorld = {
  key: EventKey;
  name: string;
  slug: string;
  timezone: string;
  currency: string;
  /** Days from the day the evaluation runs to the event's first day, and its local start time. */
  daysOut: number;
  startTime: string;
  durationDays: number;
  venue: string;
  city: string;
  country: string;
  category: string;
  capacity: number;
  ticketTypes: { name: string; priceCents: number; quantity: number }[];
  policy: SupportPolicyInput;
  articles: ArticleSpec[];
  orders: OrderSpec[];
};

/** An order of tickets of one type, the first for the buyer and one for each of `others`. */
export function orderOf(
  reference: string,
  externalId: string,
  type: string,
  buyer: Person,
  others: Person[] = [],
): OrderSpec {
  return { reference, externalId, buyer, tickets: [buyer, ...others].map((holder) => ({ type, holder })) };
}
