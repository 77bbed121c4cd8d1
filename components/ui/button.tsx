import type { ComponentPropsWithRef } from "react";

const VARIANTS = {
  primary: "bg-brand-600 font-semibold text-white shadow-sm hover:bg-brand-700",
  secondary: "border border-slate-300 bg-white font-medium hover:bg-slate-50",
  approve: "bg-emerald-600 font-semibold text-white hover:bg-emerald-700",
  danger: "border border-rose-300 bg-white font-semibold text-rose-700 hover:bg-rose-50",
} as const;

export type ButtonProps = ComponentPropsWithRef<"button"> & { variant?: keyof typeof VARIANTS };

/** The product's button; `type` defaults to "button" so a button never submits a form by accident. */
export function Button({ variant = "secondary", className = "", type = "button", ...props }: ButtonProps) {
  return (
    <button
      type={type}
      {...props}
      className={`rounded-md px-3 py-1.5 text-sm disabled:opacity-60 ${VARIANTS[variant]} ${className}`}
    />
  );
}
