import type { runTool } from "@/lib/agents/core/gate";
import type { EventSpec } from "@/prisma/seed/factories";
import { createEvent, createMember } from "@/prisma/seed/factories";
import { type testDb, uniqueOrganization } from "./db";
import { testEventSpec } from "./event-spec";

/**
 * An organization whose Sales agent runs in full auto, its owner as the gate's caller, and one event
 * (optionally with a €65,000 title and a €15,000 gold package).
 */
export async function salesOrganization(
  db: ReturnType<typeof testDb>,
  name: string,
  options: { event?: Partial<EventSpec>; packages?: boolean } = {},
) {
  const org = await uniqueOrganization(db, name);
  const ownerEmail = `owner-${org.slug}@example.com`;
  const owner = await createMember(db, { organizationId: org.id, email: ownerEmail, name: "Owner", role: "owner" });
  const caller: Parameters<typeof runTool>[1] = {
    organizationId: org.id,
    userId: owner.id,
    role: "owner",
    source: "ui",
  };
  await db.agentSetting.create({ data: { organizationId: org.id, agent: "sales", mode: "full_auto" } });
  const event = await createEvent(db, org.id, testEventSpec(new Date(), options.event));
  if (options.packages) {
    await db.sponsorshipPackage.createMany({
      data: [
        {
          eventId: event.id,
          tier: "title",
          name: "Title",
          priceCents: 6_500_000,
          currency: "EUR",
          benefits: ["Keynote"],
          spots: 1,
        },
        {
          eventId: event.id,
          tier: "gold",
          name: "Gold",
          priceCents: 1_500_000,
          currency: "EUR",
          benefits: ["Booth"],
          spots: 6,
        },
      ],
    });
  }
  return { org, owner, ownerEmail, caller, event };
}
