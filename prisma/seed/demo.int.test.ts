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

  it("is idempotent", async () => {
    const before = await counts();
    await seedDemo(db, now);
    expect(await counts()).toEqual(before);
    expect(before.tickets).toBeGreaterThan(2000);
  });
});
