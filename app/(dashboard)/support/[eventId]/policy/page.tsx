import type { Metadata } from "next";
import Link from "next/link";
import { PolicyForm } from "@/components/support/policy-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { supportPolicyFor } from "@/lib/agents/support/policy";
import { policyFormValues } from "@/lib/agents/support/policy-edit";
import { db } from "@/lib/db/client";
import { supportEvent } from "../event";

type Props = { params: Promise<{ eventId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { event } = await supportEvent((await params).eventId);
  return { title: `Support policy: ${event.name}` };
}

export default async function PolicyPage({ params }: Props) {
  const { event, canEdit } = await supportEvent((await params).eventId);
  const { isDefault, ...rules } = await supportPolicyFor(db, event.id);
  return (
    <>
      <PageHeader
        title={`Support policy: ${event.name}`}
        description="What the Support agent may do without a person. Code applies it: the refund amount, the date a window closes and when a person must decide are computed from these fields, never by a model."
        actions={
          <div className="flex gap-4 text-sm">
            <Link href={`/support/${event.id}/articles`} className="text-brand-700 underline underline-offset-2">
              Knowledge base
            </Link>
            <Link href={`/support?event=${event.id}`} className="text-brand-700 underline underline-offset-2">
              Conversations
            </Link>
          </div>
        }
      />
      <Card title={isDefault ? "The default policy applies (not saved for this event yet)" : "This event's policy"}>
        {!canEdit && (
          <p className="mb-4 text-sm text-slate-600">Owners and admins change the policy; you can read it.</p>
        )}
        <PolicyForm
          eventId={event.id}
          currency={event.currency}
          initial={policyFormValues(rules, event.currency)}
          canEdit={canEdit}
        />
      </Card>
    </>
  );
}
