/**
 * Stored JSON (a durable step's output, a run's result, an action without its own answer) as short
 * words a person reads: counts and names, never ids. "Prospects found: 20; qualified: 4 (Acme, Globex,
 * Initech, Umbrella)". Null when nothing in it is worth reading; the JSON itself stays available to
 * operators behind "Technical details".
 */
import { toolLabel } from "@/lib/agents/labels";
import { count, EN_US_NUMBERS, LIST_LIMIT, type Numbers } from "@/lib/copilot/words";
import { formatDateTime } from "@/lib/format";

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const NAME_KEYS = ["name", "title", "summary", "company"] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** What a list item is called: its name, title or summary, if it has one. */
function itemName(item: unknown): string | null {
  if (typeof item === "string") return ID.test(item) ? null : item;
  if (!isRecord(item)) return null;
  const key = NAME_KEYS.find((candidate) => typeof item[candidate] === "string");
  return key ? String(item[key]) : null;
}

function listInWords(items: unknown[], numbers: Numbers) {
  if (items.length === 0) return "none";
  const names = items.map(itemName).filter((name): name is string => name !== null);
  const head = count(numbers, items.length, "item");
  if (names.length === 0) return head;
  const shown = names.slice(0, LIST_LIMIT).join(", ");
  const rest = names.length - Math.min(names.length, LIST_LIMIT);
  return `${head} (${shown}${rest > 0 ? `, and ${numbers.number(rest)} more` : ""})`;
}

/**
 * Moments are said in this zone (an event's), else the server's; either way the zone is named. Numbers
 * in the given locale (a bound formatter), else en-US.
 */
type Options = { timeZone?: string; numbers?: Numbers };

/** One value in words, or null for what a person has nothing to read in (ids, nulls, empty objects). */
function valueInWords(value: unknown, options: Options): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return (options.numbers ?? EN_US_NUMBERS).number(value);
  if (typeof value === "string") {
    if (ID.test(value)) return null;
    if (/^[a-z]+(_[a-z]+)+$/.test(value)) return value.replaceAll("_", " ");
    return MOMENT.test(value) && !Number.isNaN(Date.parse(value))
      ? formatDateTime(new Date(value), options.timeZone)
      : value;
  }
  if (Array.isArray(value)) return listInWords(value, options.numbers ?? EN_US_NUMBERS);
  if (isRecord(value)) {
    const fields = fieldsInWords(value, options);
    return fields && `(${fields.join(", ")})`;
  }
  return null;
}

/** Each field as "Label: words" ("prospectsFound" → "Prospects found: 20"), leaving out ids. */
function fieldsInWords(record: Record<string, unknown>, options: Options): string[] | null {
  const parts = Object.entries(record).flatMap(([key, value]) => {
    if (/Ids?$/.test(key) || key === "id") return [];
    const words = valueInWords(value, options);
    return words === null ? [] : [`${toolLabel(key)}: ${words}`];
  });
  return parts.length > 0 ? parts : null;
}

/** Stored data in words, or null when nothing in it is worth reading. */
export function summarizeData(data: unknown, options: Options = {}): string | null {
  if (isRecord(data)) return fieldsInWords(data, options)?.join("; ") ?? null;
  return valueInWords(data, options);
}
