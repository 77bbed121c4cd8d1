import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

/** A form's submit button with what the save said: the message beside it, a problem under it. */
export function SaveRow({
  label,
  pending,
  message,
  error,
}: {
  label: string;
  pending: boolean;
  message?: string;
  error?: string;
}) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : label}
        </Button>
        {message && (
          <p role="status" className="text-sm text-emerald-700">
            {message}
          </p>
        )}
      </div>
      <FormAlert message={error} />
    </>
  );
}
