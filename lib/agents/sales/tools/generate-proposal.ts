import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { DealStage } from "@/lib/db/generated/enums";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { configuredTextModel } from "@/lib/llm/text-model";
import { organizationLocale } from "@/lib/organization/format";
import { defineTool, type ToolDeps } from "../../core/tool";
import { eventFormatter, requireEvent } from "../../event";
import { spotsLeft } from "../packages";
import { type ProposalFacts, type ProposalModel, writeProposal } from "../proposal-writer";
import { waitingReplyEscalation } from "../reply-holds";
import { dealValueEscalation } from "../rules";

/** A proposal moves these deals to proposal_sent; deals further along keep their stage. */
const BEFORE_PROPOSAL: DealStage[] = ["prospect", "contacted", "engaged"];

const input = z.object({
  eventId: z.uuid({ error: "Pick an event (an event id)." }),
  dealId: z.uuid({ error: "Pick a deal (a deal id)." }),
  packageTier: z.string().trim().min(1, { error: "Name the package tier, e.g. gold." }).max(40),
});

type Args = z.infer<typeof input>;

async function load(deps: ToolDeps, args: Args) {
  const event = await requireEvent(deps, args.eventId);
  const deal = await deps.db.sponsorDeal.findFirst({
    where: { id: args.dealId, organizationId: deps.organizationId, eventId: event.id },
    include: { company: { include: { pastSponsorships: { orderBy: { year: "desc" } } } }, contact: true },
  });
  if (!deal) throw new AppError("not_found", `That deal is not in the pipeline of ${event.name}.`);
  const pkg = await deps.db.sponsorshipPackage.findUnique({
    where: { eventId_tier: { eventId: event.id, tier: args.packageTier } },
  });
  if (!pkg) {
    throw new AppError(
      "validation",
      `${event.name} has no "${args.packageTier}" package. Custom packages need a person.`,
    );
  }
  const left = await spotsLeft(deps.db, pkg, deal.id);
  if (left <= 0) {
    throw new AppError("conflict", `The ${pkg.name} package of ${event.name} is sold out. Offer another package.`);
  }
  return { event, deal, pkg, spotsLeft: left };
}

function factsOf({ event, deal, pkg, spotsLeft }: Awaited<ReturnType<typeof load>>, locale: string): ProposalFacts {
  return {
    locale,
    contactName: deal.contact?.name ?? null,
    company: deal.company,
    event,
    pkg: { ...pkg, spotsLeft },
  };
}

/**
 * The seed's generate_proposal ("Create personalized sponsorship proposal"): a model-written letter
 * when a model is configured (the template otherwise), shared as a page at /p/<token>.
 */
export function proposalTool(model: ProposalModel | null) {
  return defineTool({
    name: "generate_proposal",
    agent: "sales",
    description:
      "Create personalized sponsorship proposal for one deal and one of the event's packages; returns the link to share.",
    input,
    kind: "write",
    risk: "low",
    activityType: "proposal_generation",
    async escalation(deps, args) {
      const { deal, pkg } = await load(deps, args);
      return (
        (await waitingReplyEscalation(deps, deal, deal.contact?.name ?? deal.company.name)) ??
        dealValueEscalation(pkg.priceCents, pkg.currency)
      );
    },
    async preview(deps, args) {
      const { event, deal, pkg } = await load(deps, args);
      const format = await eventFormatter(deps, event);
      return {
        summary: `Proposal of the ${pkg.name} package (${format.money(pkg.priceCents, pkg.currency)}) to ${deal.company.name} for ${event.name}`,
        eventId: event.id,
        amountCents: pkg.priceCents,
        currency: pkg.currency,
      };
    },
    async run(deps, args) {
      const loaded = await load(deps, args);
      const { deal, pkg } = loaded;
      // Updating the deal first locks its row: a concurrent call for the same deal waits, then finds this proposal.
      await deps.db.sponsorDeal.update({
        where: { id: deal.id },
        data: {
          packageId: pkg.id,
          valueCents: pkg.priceCents,
          stage: BEFORE_PROPOSAL.includes(deal.stage) ? "proposal_sent" : undefined,
        },
      });
      const existing = await deps.db.proposal.findFirst({
        where: { dealId: deal.id, packageId: pkg.id },
        orderBy: { createdAt: "asc" },
      });
      const proposal =
        existing ??
        (await deps.db.proposal.create({
          data: {
            dealId: deal.id,
            packageId: pkg.id,
            token: randomBytes(18).toString("base64url"),
            ...(await writeProposal(factsOf(loaded, await organizationLocale(deps.db, deps.organizationId)), model)),
          },
        }));
      return { proposalId: proposal.id, url: `${env.APP_URL}/p/${proposal.token}`, writtenBy: proposal.writtenBy };
    },
  });
}

export const generateProposal = proposalTool(configuredTextModel());
