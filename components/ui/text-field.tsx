import type { InputHTMLAttributes } from "react";
import { Field, type FieldProps } from "./field";

/** A labelled input with its hint and error wired for assistive technology. */
export function TextField({ id, label, hint, error, ...props }: InputHTMLAttributes<HTMLInputElement> & FieldProps) {
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error}
      control={(wiring) => <input id={id} {...props} {...wiring} />}
    />
  );
}
