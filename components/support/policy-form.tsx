"use client";

import { useActionState } from "react";
import { type PolicyFormState, savePolicyAction } from "@/app/(dashboard)/support/actions";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import type { PolicyFormValues } from "@/lib/agents/support/policy-edit";
import { SaveRow } from "./save-row";

/** Spare tier rows under the policy's own, up to the policy's 10. */
const SPARE_ROWS = 2;
const MAX_TIERS = 10;

/**
 * The event's support policy. Owners and admins save it (the server checks the role, the ranges and the
 * tiers' order); everyone else sees the same fields read-only.
 */
export function PolicyForm({
  eventId,
  currency,
  initial,
  canEdit,
}: {
  eventId: string;
  currency: string;
  initial: PolicyFormValues;
  canEdit: boolean;
}) {
  const [state, action, pending] = useActionState<PolicyFormState, FormData>(savePolicyAction, {});
  const values = state.values ?? initial;
  const tiers = [
    ...values.refundTiers,
    ...Array.from({ length: SPARE_ROWS }, () => ({ minDaysBefore: "", percent: "" })),
  ].slice(0, Math.max(MAX_TIERS, values.refundTiers.length));
  const error = (name: string) => state.fields?.[name];
  return (
    <form action={action} className="space-y-6">
      <input type="hidden" name="eventId" value={eventId} />
      <fieldset disabled={!canEdit || pending} className="space-y-6">
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-700">Refund tiers</legend>
          <p id="tiers-hint" className="text-xs text-slate-500">
            Most days first. The first tier whose days the whole days before the event (in its time zone) reach gives
            the refund percent; after the last one, no refund. Leave a row empty to drop it.
          </p>
          <table className="text-sm">
            <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="py-1 pr-3">
                  At least … days before
                </th>
                <th scope="col" className="py-1 pr-3">
                  Refund %
                </th>
              </tr>
            </thead>
            <tbody>
              {tiers.map((tier, i) => {
                const daysError = error(`refundTiers.${i}.minDaysBefore`);
                const percentError = error(`refundTiers.${i}.percent`);
                return (
                  // Rows are positions in the form, not records: the index is their identity.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                  <tr key={i} className="align-top">
                    <td className="py-1 pr-3">
                      <input
                        name="tierDays"
                        inputMode="numeric"
                        defaultValue={tier.minDaysBefore}
                        aria-label={`Tier ${i + 1}: days before the event`}
                        aria-invalid={Boolean(daysError)}
                        aria-describedby={daysError ? `tier-${i}-days-error` : "tiers-hint"}
                        className="w-28 rounded-md border border-slate-300 px-2 py-1.5 aria-invalid:border-rose-400"
                      />
                      {daysError && (
                        <p id={`tier-${i}-days-error`} className="mt-1 text-xs text-rose-700">
                          {daysError}
                        </p>
                      )}
                    </td>
                    <td className="py-1 pr-3">
                      <input
                        name="tierPercent"
                        inputMode="decimal"
                        defaultValue={tier.percent}
                        aria-label={`Tier ${i + 1}: refund percent`}
                        aria-invalid={Boolean(percentError)}
                        aria-describedby={percentError ? `tier-${i}-percent-error` : undefined}
                        className="w-24 rounded-md border border-slate-300 px-2 py-1.5 aria-invalid:border-rose-400"
                      />
                      {percentError && (
                        <p id={`tier-${i}-percent-error`} className="mt-1 text-xs text-rose-700">
                          {percentError}
                        </p>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {error("refundTiers") && (
            <p role="alert" className="text-xs text-rose-700">
              {error("refundTiers")}
            </p>
          )}
        </fieldset>

        <TextArea
          id="policy-processing"
          name="refundProcessing"
          label="How refunds reach the attendee"
          rows={2}
          defaultValue={values.refundProcessing}
          error={error("refundProcessing")}
        />

        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="policy-limit"
            name="refundLimit"
            label={`Refunds above this wait for a person (${currency})`}
            inputMode="decimal"
            defaultValue={values.refundLimit}
            error={error("refundLimit")}
          />
        </div>

        <fieldset className="space-y-3">
          <legend className="text-sm font-semibold text-slate-700">Transfers</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="transferAllowed" defaultChecked={values.transferAllowed} className="h-4 w-4" />
            Tickets may be transferred to another person
          </label>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              id="policy-transfer-days"
              name="transferMinDaysBefore"
              label="Until … days before the event"
              inputMode="numeric"
              defaultValue={values.transferMinDaysBefore}
              error={error("transferMinDaysBefore")}
            />
            <TextField
              id="policy-transfer-fee"
              name="transferFee"
              label={`Transfer fee (${currency})`}
              inputMode="decimal"
              defaultValue={values.transferFee}
              error={error("transferFee")}
            />
          </div>
        </fieldset>

        <TextArea
          id="policy-needs-person"
          name="needsPerson"
          label="Topics that always go to a person"
          rows={3}
          defaultValue={values.needsPerson}
          hint="One per line (or separated by commas), e.g. accessibility, group bookings. Safety, legal matters, upset attendees and exception requests always do."
          error={error("needsPerson")}
        />
      </fieldset>
      {canEdit ? <SaveRow label="Save policy" pending={pending} message={state.message} error={state.error} /> : null}
    </form>
  );
}
