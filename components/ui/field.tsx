import type { ReactNode } from "react";

export type FieldProps = { id: string; label: string; hint?: string; error?: string };

const CONTROL =
  "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm aria-invalid:border-rose-400";

/**
 * A form control's label, hint and error, wired for assistive technology: the control gets the
 * attributes that tie them to it (and the shared look) from `control`.
 */
export function Field({
  id,
  label,
  hint,
  error,
  control,
}: FieldProps & {
  control: (wiring: { "aria-invalid": boolean; "aria-describedby"?: string; className: string }) => ReactNode;
}) {
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {control({ "aria-invalid": Boolean(error), "aria-describedby": described || undefined, className: CONTROL })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}
