import { TextField } from "@/components/ui/text-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/team/schemas";

/** A new password and its repeat (fields `password` and `confirm`), with the length rule stated. */
export function NewPasswordFields({
  idPrefix,
  labels,
  errors,
}: {
  idPrefix: string;
  labels: { password: string; confirm: string };
  errors?: { password?: string[]; confirm?: string[] };
}) {
  return (
    <>
      <TextField
        id={`${idPrefix}-password`}
        name="password"
        type="password"
        label={labels.password}
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
        error={errors?.password?.[0]}
      />
      <TextField
        id={`${idPrefix}-confirm`}
        name="confirm"
        type="password"
        label={labels.confirm}
        autoComplete="new-password"
        required
        error={errors?.confirm?.[0]}
      />
      <p className="text-xs text-slate-500">At least {MIN_PASSWORD_LENGTH} characters.</p>
    </>
  );
}
