"use client";

import { useRef } from "react";
import { switchOrganizationAction } from "@/app/(dashboard)/actions";

export function OrgSwitcher({
  current,
  organizations,
}: {
  current: string;
  organizations: { id: string; name: string }[];
}) {
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={switchOrganizationAction}>
      <label htmlFor="organization-switcher" className="block text-xs font-medium text-slate-500">
        Organization
      </label>
      <select
        id="organization-switcher"
        name="organizationId"
        defaultValue={current}
        onChange={() => form.current?.requestSubmit()}
        disabled={organizations.length < 2}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm font-semibold"
      >
        {organizations.map((org) => (
          <option key={org.id} value={org.id}>
            {org.name}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="mt-1 text-xs underline">
          Switch
        </button>
      </noscript>
    </form>
  );
}
