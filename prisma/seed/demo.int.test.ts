import { describe, expect, it } from "vitest";
import { listEventSummaries } from "@/lib/events/queries";
import { testDb } from "@/tests/db";
import { seedDemo } from "./demo";
import { DEMO_USERS } from "./demo-users";

const db = testDb();

async function counts() {
  return {
    organizations: await db.organization.count({ where: { slug: { in: ["northwind-events", "harbor-lights"] } } }),
    users: await db.user.count({ where: { email: { endsWith: "@northwind.events" } } }),
    orders: await db.order.count({ where: { event: { organization: { slug: "northwind-events" } } } }),
    tickets: await db.ticket.count({ where: { event: { organization: { slug: "northwind-events" } } } }),
    sponsorCompanies: await db.sponsorCompany.count({ where: { organization: { slug: "northwind-events" } } }),
    sponsorContacts: await db.sponsorContact.count({ where: { organization: { slug: "northwind-events" } } }),
    pastSponsorships: await db.pastSponsorship.count({
      where: { company: { organization: { slug: "northwind-events" } } },
    }),
    packages: await db.sponsorshipPackage.count({ where: { event: { organization: { slug: "northwind-events" } } } }),
    deals: await db.sponsorDeal.count({ where: { organization: { slug: "northwind-events" } } }),
    dealNotes: await db.dealNote.count({ where: { deal: { organization: { slug: "northwind-events" } } } }),
  };
}

describe("demo seed", () => {
  const now = new Date();

  it("builds Northwind Events with its three events at different stages", async () => {
    await seedDemo(db, now);
    const org = await db.organization.findUniqueOrThrow({ where: { slug: "northwind-events" } });
    const events = await listEventSummaries(db, org.id, now);
    const byName = Object.fromEntries(events.map((event) => [event.name, event]));
    expect(Object.keys(byName).sort()).toEqual(["DevConf Lisbon", "Northwind Summit", "Riverside Jazz Fest"]);
    expect(byName["DevConf Lisbon"]?.pace.daysToEvent).toBeGreaterThanOrEqual(89);
    expect(byName["Riverside Jazz Fest"]?.pace.daysToEvent).toBeLessThanOrEqual(21);
    expect(byName["Riverside Jazz Fest"]?.pace.status).toBe("far_behind");
    expect(byName["Northwind Summit"]?.pace.status).toBe("finished");
    expect(byName["Northwind Summit"]?.ticketsSold).toBeGreaterThan(byName["Northwind Summit"]?.ticketSalesTarget ?? 0);
  });

  it("has a member in every role", async () => {
    const memberships = await db.membership.findMany({
      where: { organization: { slug: "northwind-events" } },
      include: { user: true },
    });
    const roles = Object.fromEntries(memberships.map((m) => [m.role, m.user.email]));
    expect(roles).toEqual({
      owner: DEMO_USERS.owner.email,
      admin: DEMO_USERS.admin.email,
      member: DEMO_USERS.member.email,
      viewer: DEMO_USERS.viewer.email,
    });
  });

  it("fills Northwind's sponsor CRM: companies, contacts, packages for upcoming events, a Riverside pipeline", async () => {
    const org = { organization: { slug: "northwind-events" } };
    expect(await db.sponsorCompany.count({ where: org })).toBe(300);
    const contacts = await db.sponsorContact.count({ where: org });
    expect(contacts).toBeGreaterThanOrEqual(300);
    expect(contacts).toBeLessThanOrEqual(900);
    expect(await db.sponsorContact.count({ where: { ...org, unsubscribedAt: { not: null } } })).toBe(6);
    expect(await db.sponsorContact.count({ where: { ...org, suppressedAt: { not: null } } })).toBe(4);
    expect(await db.pastSponsorship.count({ where: { company: org } })).toBeGreaterThan(300);

    const packages = await db.sponsorshipPackage.findMany({
      where: { event: org },
      select: { tier: true, priceCents: true, currency: true, spots: true, event: { select: { slug: true } } },
    });
    const price = (slug: string, tier: string) =>
      packages.find((pkg) => pkg.event.slug === slug && pkg.tier === tier)?.priceCents;
    expect(packages.filter((pkg) => pkg.event.slug === "northwind-summit")).toEqual([]);
    expect(packages.filter((pkg) => pkg.event.slug === "devconf-lisbon").every((pkg) => pkg.currency === "EUR")).toBe(
      true,
    );
    expect([price("devconf-lisbon", "title"), price("devconf-lisbon", "platinum")]).toEqual([6_500_000, 4_000_000]);
    expect(
      ["title", "platinum", "gold", "silver", "community"].map((tier) => price("riverside-jazz-fest", tier)),
    ).toEqual([5_500_000, 3_000_000, 1_500_000, 750_000, 250_000]);
    expect(packages.find((pkg) => pkg.tier === "title")?.spots).toBe(1);

    const deals = await db.sponsorDeal.findMany({
      where: org,
      select: { stage: true, event: { select: { slug: true } }, _count: { select: { notes: true } } },
    });
    expect(deals.map((deal) => deal.stage).sort()).toEqual(["contacted", "contacted", "proposal_sent", "won"]);
    expect(deals.every((deal) => deal.event.slug === "riverside-jazz-fest" && deal._count.notes === 1)).toBe(true);
  });

  it("gives Harbor Lights its own smaller sponsor list and Winter Market packages", async () => {
    const org = { organization: { slug: "harbor-lights" } };
    expect(await db.sponsorCompany.count({ where: org })).toBe(60);
    expect(await db.sponsorContact.count({ where: org })).toBeGreaterThanOrEqual(60);
    expect(await db.sponsorshipPackage.count({ where: { event: org } })).toBe(4);
    expect(await db.sponsorDeal.count({ where: org })).toBe(0);
  });

  it("is idempotent", async () => {
    const before = await counts();
    await seedDemo(db, now);
    expect(await counts()).toEqual(before);
    expect(before.tickets).toBeGreaterThan(2000);
  });
});
