/**
 * The Support page's policy editor: the form's fields read into the structured policy (amounts typed
 * in the event's currency, stored in its minor units), checked by policy.ts's `supportPolicyInput`,
 * and saved with an audit row in one transaction. Owners and admins edit (the action asks for
 * `agents:configure`); everyone else reads.
 */
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { toJson } from "@/lib/db/json";
import { AppError } from "@/lib/errors";
import { currencyDigits } from "@/lib/format";
import { requireEvent } from "../event";
import type { Actor } from "./articles";
import { splitTags } from "./articles";
import { type SupportPolicyInput, supportPolicyFor, supportPolicyInput } from "./policy";

/** Field name → its first problem; tiers are `refundTiers.<index>.<field>`. */
export type PolicyFieldErrors = Record<string, string>;

const WHOLE = /^\d+$/;

/** An amount typed in whole units of the currency ("500", "12.50") as minor units, or a problem. */
export function minorUnits(text: string, currency: string): number | string {
  const digits = currencyDigits(currency);
  const value = text.trim().replace(/,/g, "");
  if (value === "") return "Give an amount (0 for none).";
  const pattern = digits === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`);
  if (!pattern.test(value)) {
    return digits === 0
      ? `Give a whole amount in ${currency}.`
      : `Give an amount in ${currency} with at most ${digits} decimals, e.g. 500 or 12.50.`;
  }
  const [whole = "0", fraction = ""] = value.split(".");
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

function wholeNumber(text: string, missing: string): number | string {
  const value = text.trim();
  if (value === "") return missing;
  return WHOLE.test(value) ? Number(value) : "Give a whole number.";
}

/**
 * Reads the editor's form. Tier rows left fully empty are dropped (the form shows spare rows); every
 * other problem is named on its field, and the policy's own rules (ordering, ranges) follow.
 */
export function policyFromForm(
  form: FormData,
  currency: string,
): { ok: true; policy: SupportPolicyInput } | { ok: false; fields: PolicyFieldErrors } {
  const fields: PolicyFieldErrors = {};
  const text = (name: string) => String(form.get(name) ?? "");
  const days = form.getAll("tierDays").map(String);
  const percents = form.getAll("tierPercent").map(String);
  const refundTiers: { minDaysBefore: number; percent: number }[] = [];
  /** The form row of each kept tier, so a problem is named on the row the person typed it in. */
  const rows: number[] = [];
  for (let i = 0; i < Math.max(days.length, percents.length); i++) {
    const day = days[i] ?? "";
    const percent = percents[i] ?? "";
    if (day.trim() === "" && percent.trim() === "") continue;
    const index = i;
    rows.push(i);
    const minDaysBefore = wholeNumber(day, "Give the days before the event.");
    const share = percent.trim() === "" ? "Give the refund percent." : Number(percent);
    if (typeof minDaysBefore === "string") fields[`refundTiers.${index}.minDaysBefore`] = minDaysBefore;
    if (typeof share === "string") fields[`refundTiers.${index}.percent`] = share;
    else if (Number.isNaN(share)) fields[`refundTiers.${index}.percent`] = "Give the percent as a number.";
    refundTiers.push({
      minDaysBefore: typeof minDaysBefore === "number" ? minDaysBefore : 0,
      percent: typeof share === "number" && !Number.isNaN(share) ? share : 0,
    });
  }
  const transferMinDaysBefore = wholeNumber(text("transferMinDaysBefore"), "Give the days before the event.");
  if (typeof transferMinDaysBefore === "string") fields.transferMinDaysBefore = transferMinDaysBefore;
  const transferFeeCents = minorUnits(text("transferFee"), currency);
  if (typeof transferFeeCents === "string") fields.transferFee = transferFeeCents;
  const refundLimitCents = minorUnits(text("refundLimit"), currency);
  if (typeof refundLimitCents === "string") fields.refundLimit = refundLimitCents;

  const parsed = supportPolicyInput.safeParse({
    refundTiers,
    refundProcessing: text("refundProcessing"),
    transferAllowed: form.get("transferAllowed") === "on",
    transferMinDaysBefore: typeof transferMinDaysBefore === "number" ? transferMinDaysBefore : 0,
    transferFeeCents: typeof transferFeeCents === "number" ? transferFeeCents : 0,
    refundLimitCents: typeof refundLimitCents === "number" ? refundLimitCents : 0,
    needsPerson: text("needsPerson")
      .split(/\r?\n/)
      .flatMap((line) => splitTags(line)),
  });
  if (!parsed.success) {
    const names: Record<string, string> = { transferFeeCents: "transferFee", refundLimitCents: "refundLimit" };
    for (const issue of parsed.error.issues) {
      const [head = "form", tier, ...rest] = issue.path.map(String);
      // A tier's problem names its form row; any other field's problem is the field's own.
      const key =
        head === "refundTiers" && tier !== undefined
          ? [head, String(rows[Number(tier)] ?? tier), ...rest].join(".")
          : (names[head] ?? head);
      fields[key] ??= issue.message;
    }
  }
  if (Object.keys(fields).length > 0 || !parsed.success) return { ok: false, fields };
  return { ok: true, policy: parsed.data };
}

/** Saves the event's policy (the first save replaces the defaults), audited with what it was and is. */
export async function saveSupportPolicy(db: Db, actor: Actor, eventId: string, input: unknown) {
  const policy = supportPolicyInput.safeParse(input);
  if (!policy.success) throw new AppError("validation", policy.error.issues[0]?.message ?? "Check the policy.");
  const event = await requireEvent({ db, organizationId: actor.organizationId }, eventId);
  return db.$transaction(async (tx) => {
    const { isDefault, ...before } = await supportPolicyFor(tx, event.id);
    const data = { ...policy.data, refundTiers: toJson(policy.data.refundTiers) };
    await tx.supportPolicy.upsert({
      where: { eventId: event.id },
      create: { eventId: event.id, ...data },
      update: data,
    });
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actorType: "user",
      actorId: actor.userId,
      action: "support.policy_changed",
      targetType: "event",
      targetId: event.id,
      outcome: "success",
      ipAddress: actor.ipAddress,
      userAgent: actor.userAgent,
      metadata: toJson({ from: isDefault ? "defaults" : before, to: policy.data }),
    });
    return policy.data;
  });
}

/** The policy as the editor's fields show it: amounts back in whole units of the currency. */
export function policyFormValues(policy: SupportPolicyInput, currency: string) {
  const digits = currencyDigits(currency);
  const major = (cents: number) => (cents / 10 ** digits).toFixed(digits);
  return {
    refundTiers: policy.refundTiers.map((tier) => ({
      minDaysBefore: String(tier.minDaysBefore),
      percent: String(tier.percent),
    })),
    refundProcessing: policy.refundProcessing,
    transferAllowed: policy.transferAllowed,
    transferMinDaysBefore: String(policy.transferMinDaysBefore),
    transferFee: major(policy.transferFeeCents),
    refundLimit: major(policy.refundLimitCents),
    needsPerson: policy.needsPerson.join("\n"),
  };
}

export type PolicyFormValues = ReturnType<typeof policyFormValues>;

/** What the person typed, to show again beside the problems (nothing was saved). */
export function typedPolicy(form: FormData): PolicyFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  const days = form.getAll("tierDays").map(String);
  const percents = form.getAll("tierPercent").map(String);
  return {
    refundTiers: days.map((day, i) => ({ minDaysBefore: day, percent: percents[i] ?? "" })),
    refundProcessing: text("refundProcessing"),
    transferAllowed: form.get("transferAllowed") === "on",
    transferMinDaysBefore: text("transferMinDaysBefore"),
    transferFee: text("transferFee"),
    refundLimit: text("refundLimit"),
    needsPerson: text("needsPerson"),
  };
}
