import { z } from "zod";
import { DealStage } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { defineTool, type ToolDeps } from "../../core/tool";
import { eventFormatter, requireEvent } from "../../event";
import { isReplyClass, replyEscalation } from "../replies";
import { waitingReplyEscalation } from "../reply-holds";
import { type DealValue, dealChangeEscalation } from "../rules";

const STAGE_LABEL: Record<DealStage, string> = {
  prospect: "prospect",
  contacted: "contacted",
  engaged: "engaged",
  proposal_sent: "proposal sent",
  negotiating: "negotiating",
  won: "won",
  lost: "lost",
};

const input = z
  .object({
    eventId: z.uuid({ error: "Pick an event (an event id)." }),
    companyId: z.uuid({ error: "Pick a sponsor company (a company id)." }),
    stage: z.enum(DealStage, { error: `The stage is one of ${Object.keys(STAGE_LABEL).join(", ")}.` }).optional(),
    packageTier: z.string().trim().min(1).max(40).optional(),
    note: z.string().trim().min(1).max(2000).optional(),
    nextAction: z.string().trim().min(1).max(300).optional(),
    nextActionAt: z.iso.datetime({ error: "nextActionAt is a date and time like 2026-12-01T09:00:00Z." }).optional(),
    /** The prospect's reply this update answers: its class decides whether a person must handle it. */
    replyId: z.uuid({ error: "replyId is a reply id." }).optional(),
  })
  .refine((args) => Object.keys(args).length > 2, {
    error: "Say what to change: a stage, a package, a note or a next action.",
  });

type Args = z.infer<typeof input>;

async function load(deps: ToolDeps, args: Args) {
  const event = await requireEvent(deps, args.eventId);
  const company = await deps.db.sponsorCompany.findFirst({
    where: { id: args.companyId, organizationId: deps.organizationId },
    include: { contacts: true },
  });
  if (!company) throw new AppError("not_found", "That company is not in this organization's CRM.");
  const deal = await deps.db.sponsorDeal.findUnique({
    where: { eventId_companyId: { eventId: event.id, companyId: company.id } },
    include: { package: { select: { priceCents: true, currency: true } } },
  });
  const pkg = args.packageTier
    ? await deps.db.sponsorshipPackage.findUnique({
        where: { eventId_tier: { eventId: event.id, tier: args.packageTier } },
      })
    : null;
  if (args.packageTier && !pkg) {
    throw new AppError(
      "validation",
      `${event.name} has no "${args.packageTier}" package. Custom packages need a person.`,
    );
  }
  const reply =
    args.replyId && deal
      ? await deps.db.sponsorReply.findFirst({ where: { id: args.replyId, dealId: deal.id } })
      : null;
  if (args.replyId && !reply) throw new AppError("not_found", "That reply does not belong to this deal.");
  if (deal && (deal.stage === "won" || deal.stage === "lost") && args.stage && args.stage !== deal.stage) {
    throw new AppError("conflict", `The deal with ${company.name} is closed (${deal.stage}); a person reopens it.`);
  }
  return { event, company, deal, pkg, reply };
}

type Loaded = Awaited<ReturnType<typeof load>>;

/** The deal's value before the change: its own value, else its package's price, in the package's currency. */
function currentValue({ event, deal }: Loaded): DealValue {
  return {
    amountCents: deal?.valueCents ?? deal?.package?.priceCents ?? null,
    currency: deal?.package?.currency ?? event.currency,
  };
}

function valueAfter(loaded: Loaded): DealValue {
  return loaded.pkg ? { amountCents: loaded.pkg.priceCents, currency: loaded.pkg.currency } : currentValue(loaded);
}

/** What the call changes about the deal itself (a note or a next action does not count). */
function dealChange(args: Args, { deal, pkg }: Loaded) {
  return { stage: args.stage !== undefined && args.stage !== deal?.stage, pkg: pkg ?? undefined };
}

/** The seed's update_crm: stage, package, note and next action of one company's deal for one event. */
export const updateCrm = defineTool({
  name: "update_crm",
  agent: "sales",
  description:
    "Update sponsor record in CRM with notes, status, and next actions (stage, package tier, note, next action).",
  input,
  kind: "write",
  risk: "low",
  activityType: "crm_update",
  /**
   * A reply a person must answer (this one, or one already waiting in the inbox), then the $50,000 rule
   * on the deal as the database holds it, after this call's change (see dealChangeEscalation).
   */
  async escalation(deps, args) {
    const loaded = await load(deps, args);
    const { company, deal, reply } = loaded;
    const fromReply = reply && isReplyClass(reply.classification) ? replyEscalation(reply.classification) : null;
    if (fromReply) return fromReply;
    const waiting = deal ? await waitingReplyEscalation(deps, deal, company.name) : null;
    return waiting ?? dealChangeEscalation(currentValue(loaded), dealChange(args, loaded));
  },
  async preview(deps, args) {
    const loaded = await load(deps, args);
    const { event, company, deal, pkg, reply } = loaded;
    const format = await eventFormatter(deps, event);
    const change = dealChange(args, loaded);
    // The inbox card shows what the deal is worth after a change of stage or package.
    const after: DealValue = change.stage || change.pkg ? valueAfter(loaded) : { amountCents: null, currency: null };
    const changes = [
      reply && `answer their ${reply.classification.replace("_", " ")} reply`,
      args.stage && `stage ${STAGE_LABEL[deal?.stage ?? "prospect"]} → ${STAGE_LABEL[args.stage]}`,
      pkg && `package ${pkg.name}`,
      args.nextAction &&
        `next: ${args.nextAction}${args.nextActionAt ? ` (${format.dateTime(new Date(args.nextActionAt), event.timezone)})` : ""}`,
      args.note && "a note",
    ].filter(Boolean);
    return {
      summary: `${company.name} for ${event.name}: ${changes.join(", ")}`,
      eventId: event.id,
      amountCents: after.amountCents ?? undefined,
      currency: after.amountCents === null ? undefined : (after.currency ?? undefined),
    };
  },
  async run(deps, args) {
    const { event, company, deal, pkg } = await load(deps, args);
    const contact =
      company.contacts.find(
        (person) => !person.unsubscribedAt && !person.suppressedAt && person.seniority !== "individual",
      ) ?? company.contacts.find((person) => !person.unsubscribedAt && !person.suppressedAt);
    const fields = {
      stage: args.stage,
      packageId: pkg?.id,
      valueCents: pkg?.priceCents,
      nextAction: args.nextAction,
      nextActionAt: args.nextActionAt ? new Date(args.nextActionAt) : undefined,
    };
    const saved = deal
      ? await deps.db.sponsorDeal.update({ where: { id: deal.id }, data: fields })
      : await deps.db.sponsorDeal.create({
          data: {
            ...fields,
            organizationId: deps.organizationId,
            eventId: event.id,
            companyId: company.id,
            contactId: contact?.id,
          },
        });
    if (args.note) await deps.db.dealNote.create({ data: { dealId: saved.id, body: args.note } });
    return {
      dealId: saved.id,
      company: company.name,
      stage: saved.stage,
      valueCents: saved.valueCents,
      created: !deal,
    };
  },
});
