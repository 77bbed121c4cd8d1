"use client";

import { useActionState, useState } from "react";
import { type SettingsActionState, setLocaleAction } from "@/app/(dashboard)/settings/actions";
import { Button } from "@/components/ui/button";
import { formatDate, formatMoney, formatNumber } from "@/lib/format";
import { LOCALE_TAGS, LOCALES, type Locale } from "@/lib/locales";

const SAMPLE_DATE = new Date("2026-12-04T12:00:00Z");

/** What a locale looks like, so the choice is made by eye: "1,234.5 · €42,000 · Dec 4, 2026". */
function sample(locale: Locale) {
  return [
    formatNumber(1234.5, locale),
    formatMoney(4_200_000, "EUR", { locale }),
    formatDate(SAMPLE_DATE, "UTC", locale),
  ].join(" · ");
}

/** The organization's locale, chosen by owners and admins; the server checks it against the same list. */
export function LocaleForm({ locale }: { locale: Locale }) {
  const [state, action, pending] = useActionState<SettingsActionState, FormData>(setLocaleAction, {});
  const [chosen, setChosen] = useState(locale);
  return (
    <form action={action} className="space-y-3">
      <div>
        <label htmlFor="organization-locale" className="block text-sm font-medium text-slate-700">
          Language and region for numbers, money and dates
        </label>
        <select
          id="organization-locale"
          name="locale"
          value={chosen}
          onChange={(event) => setChosen(event.target.value as Locale)}
          aria-describedby="organization-locale-sample"
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          {LOCALE_TAGS.map((tag) => (
            <option key={tag} value={tag}>
              {LOCALES[tag]}
            </option>
          ))}
        </select>
        <p id="organization-locale-sample" className="mt-1 text-xs text-slate-500">
          For example {sample(chosen)}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
        <p role="status" className="text-sm">
          {state.error ? <span className="text-rose-700">{state.error}</span> : state.message}
        </p>
      </div>
    </form>
  );
}
