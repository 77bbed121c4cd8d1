import type { TextareaHTMLAttributes } from "react";
import { Field, type FieldProps } from "./field";

/** A labelled textarea with its hint and error wired for assistive technology. */
export function TextArea({
  id,
  label,
  hint,
  error,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & FieldProps) {
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error}
      control={(wiring) => <textarea id={id} {...props} {...wiring} />}
    />
  );
}
