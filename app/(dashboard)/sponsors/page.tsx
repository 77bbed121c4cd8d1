import { Handshake } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { z } from "zod";
import { ScreenChatContext } from "@/components/copilot/screen-context";
import { DealUpdateForm } from "@/components/sponsors/deal-update-form";
import { RecordReplyForm } from "@/components/sponsors/record-reply-form";
import { StartCampaignForm } from "@/components/sponsors/start-campaign-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { MODES } from "@/lib/agents/catalog";
import { resolveMode } from "@/lib/agents/core/modes";
import { enrichmentProvider } from "@/lib/agents/sales/enrichment";
import { pipelineBoard } from "@/lib/agents/sales/pipeline";
import { isQualified } from "@/lib/agents/sales/rules";
import { type OrgContext, requirePageContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { getFormatter } from "@/lib/format-context";

export const metadata: Metadata = { title: "Sponsors" };

const eventParam = z.object({ event: z.uuid().optional().catch(undefined) });

export default async function SponsorsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const context = await requirePageContext();
  const { event } = eventParam.parse(await searchParams);
  return (
    <>
      <PageHeader
        title="Sponsors"
        description="Each event's sponsor pipeline, from prospect to won or lost. The Sales agent keeps it current; you can move deals too."
        actions={
          can(context.role, "agents:configure") ? (
            <Link
              href="/sponsors/import"
              className="text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-600"
            >
              Import companies and contacts (CSV)
            </Link>
          ) : undefined
        }
      />
      <Suspense fallback={<PageSkeleton />}>
        <Board context={context} eventId={event} />
      </Suspense>
    </>
  );
}

async function Board({ context, eventId }: { context: OrgContext; eventId?: string }) {
  const format = await getFormatter();
  const organizationId = context.organization.id;
  const events = await db.event.findMany({
    where: { organizationId, status: { in: ["on_sale", "draft"] }, endsAt: { gt: new Date() } },
    orderBy: { startsAt: "asc" },
    select: { id: true, name: true, timezone: true },
  });
  const event = events.find((candidate) => candidate.id === eventId) ?? events[0];
  if (!event) {
    return (
      <EmptyState icon={Handshake} title="No upcoming events">
        Sponsor pipelines belong to upcoming events. Create or open an event first.
      </EmptyState>
    );
  }
  const [columns, companies, campaigns, mode] = await Promise.all([
    pipelineBoard(db, organizationId, event.id),
    db.sponsorCompany.count({ where: { organizationId } }),
    db.outreachCampaign.findMany({ where: { eventId: event.id }, orderBy: { createdAt: "desc" }, take: 5 }),
    resolveMode(db, organizationId, "sales", event.id),
  ]);
  const canMove = can(context.role, "agents:run");
  return (
    <>
      <ScreenChatContext
        screen={{ page: `The sponsor board of ${event.name}`, eventId: event.id }}
        suggestions={["How is the sponsor campaign going?", "Who are the best sponsor prospects?"]}
      />
      <nav aria-label="Events" className="mb-4 flex flex-wrap gap-2 text-sm">
        {events.map((candidate) => (
          <Link
            key={candidate.id}
            href={`/sponsors?event=${candidate.id}`}
            aria-current={candidate.id === event.id ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${candidate.id === event.id ? "border-brand-600 bg-brand-50 font-medium text-brand-700" : "border-slate-300 bg-white hover:bg-slate-50"}`}
          >
            {candidate.name}
          </Link>
        ))}
      </nav>
      <div className="mb-4 space-y-2">
        {canMove && <StartCampaignForm eventId={event.id} modeLabel={MODES[mode].label} />}
        {campaigns.length > 0 && (
          <ul className="flex flex-wrap gap-3 text-sm" aria-label="Outreach campaigns">
            {campaigns.map((campaign) => (
              <li key={campaign.id}>
                <Link
                  href={`/sponsors/campaigns/${campaign.id}`}
                  className="text-brand-700 underline underline-offset-2 hover:text-brand-600"
                >
                  Campaign of {format.dateTime(campaign.createdAt, event.timezone)}
                </Link>{" "}
                <span className="text-slate-500">({campaign.status.replaceAll("_", " ")})</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="mb-4 text-sm text-slate-600">
        {companies} companies in the CRM. Ask the copilot to “find sponsors for {event.name}” to rank them for this
        event. Decision makers come from: {enrichmentProvider().label}.
      </p>
      {/* On a phone the stages scroll sideways, one readable column at a time. */}
      <div className="grid snap-x auto-cols-[80%] grid-flow-col gap-3 overflow-x-auto pb-2 sm:auto-cols-[45%] md:auto-cols-auto md:grid-flow-row md:grid-cols-4 xl:grid-cols-7">
        {columns.map((column) => (
          <section
            key={column.stage}
            aria-label={`${column.label} (${column.deals.length})`}
            className="min-w-44 snap-start"
          >
            <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">
              {column.label} <span className="text-slate-400">{column.deals.length}</span>
            </h2>
            <ul className="space-y-2">
              {column.deals.map((deal) => (
                <li
                  key={deal.id}
                  id={`deal-${deal.id}`}
                  className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm"
                >
                  <p className="font-medium">{deal.company.name}</p>
                  <p className="text-xs text-slate-500">{deal.company.industry}</p>
                  <div className="mt-1 flex flex-wrap gap-1">
                    {deal.score !== null && (
                      <Badge tone={isQualified(deal.score) ? "good" : "neutral"}>score {deal.score}</Badge>
                    )}
                    {deal.package && (
                      <Badge tone="info">
                        {deal.package.name}
                        {deal.valueCents !== null
                          ? ` · ${format.money(deal.valueCents, deal.package.currency, { compact: true })}`
                          : ""}
                      </Badge>
                    )}
                  </div>
                  {deal.contact && (
                    <p className="mt-1 text-xs text-slate-600">
                      {deal.contact.name}, {deal.contact.title}
                    </p>
                  )}
                  {deal.nextAction && (
                    <p className="mt-1 text-xs">
                      Next: {deal.nextAction}
                      {deal.nextActionAt ? ` (${format.dateTime(deal.nextActionAt, event.timezone)})` : ""}
                    </p>
                  )}
                  {deal.notes[0] && <p className="mt-1 line-clamp-2 text-xs text-slate-500">{deal.notes[0].body}</p>}
                  {canMove && <DealUpdateForm dealId={deal.id} stage={deal.stage} company={deal.company.name} />}
                  {canMove && deal.contact && <RecordReplyForm dealId={deal.id} contactEmail={deal.contact.email} />}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
