/**
 * What a person reads instead of an id: activity types ("vendor_follow_up" → "Vendor follow-up") and
 * tool or chat-action names ("follow_up_vendor" → "Follow up vendor", "salesAgent" → "Sales agent").
 */

/** Words that a plain "underscores to spaces" gets wrong. */
const WORDS: Record<string, string> = { crm: "CRM", ab: "A/B", linkedin: "LinkedIn" };

function sentence(words: string[]) {
  const text = words.map((word) => WORDS[word] ?? word).join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An activity type as a past event: "Vendor follow-up", "CRM update", "A/B test started". */
export function activityLabel(type: string): string {
  return sentence(type.replace(/follow_up/g, "follow-up").split("_"));
}

/** A tool or chat action as a command: "Follow up vendor", "Update CRM", "Sales agent" (from salesAgent). */
export function toolLabel(name: string): string {
  return sentence(
    name
      .replace(/([a-z])([A-Z])/g, "$1_$2")
      .toLowerCase()
      .split("_"),
  );
}
