import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { db } from "@/lib/db/client";
import { unsubscribeTarget } from "@/lib/email/tracking";
import { unsubscribeAction } from "./actions";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false, follow: false } };

/**
 * The unsubscribe link of a tracked email. Public (no session). Opening it changes nothing, so link
 * scanners that follow it do not unsubscribe anyone; the button does.
 */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const target = await unsubscribeTarget(db, token);
  if (!target) notFound();
  const emails = target.emails.join(", ");
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        {target.unsubscribed ? (
          <>
            <h1 className="text-lg font-semibold">You are unsubscribed</h1>
            <p className="mt-2 text-sm text-slate-600">
              {emails} will not receive {target.organization}'s emails again.
            </p>
          </>
        ) : (
          <form action={unsubscribeAction.bind(null, token)}>
            <h1 className="text-lg font-semibold">
              Unsubscribe {emails} from {target.organization}'s emails?
            </h1>
            <p className="mt-2 text-sm text-slate-600">You will not receive their emails again.</p>
            <Button type="submit" variant="primary" className="mt-5">
              Unsubscribe
            </Button>
          </form>
        )}
      </div>
    </main>
  );
}
