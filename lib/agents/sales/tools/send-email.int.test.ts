import { beforeAll, describe, expect, it } from "vitest";
import { runTool } from "@/lib/agents/core/gate";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { testDb } from "@/tests/db";
import { salesOrganization } from "@/tests/sales-fixture";
import { sendEmail } from "./send-email";

/** send_email through the gate in full_auto, on deals whose contacts may or may not be emailed. */
const db = testDb();
const DECK = "https://jazz.example/deck";
let caller: Parameters<typeof runTool>[1];
let eventId: string;
const deal: Record<string, string> = {};

beforeAll(async () => {
  const fixture = await salesOrganization(db, "Outreach");
  const { org } = fixture;
  caller = fixture.caller;
  eventId = fixture.event.id;
  const add = async (key: string, contact: { unsubscribedAt?: Date } | null) => {
    const domain = `${key.toLowerCase()}-${org.slug}.example`;
    const company = await db.sponsorCompany.create({
      data: {
        organizationId: org.id,
        name: key,
        domain,
        industry: "Beverages",
        audiences: [],
        country: "PT",
        budgetMinCents: 0,
        budgetMaxCents: 1_000_000,
        currency: "EUR",
        contacts: contact
          ? {
              create: {
                ...contact,
                organizationId: org.id,
                name: `${key} Lead`,
                email: `lead@${domain}`,
                title: "CMO",
                seniority: "c_level",
              },
            }
          : undefined,
      },
      include: { contacts: true },
    });
    const created = await db.sponsorDeal.create({
      data: { organizationId: org.id, eventId, companyId: company.id, contactId: company.contacts[0]?.id },
    });
    deal[key] = created.id;
  };
  await add("Brew", {});
  await add("Gone", { unsubscribedAt: new Date() });
  await add("Nobody", null);
});

const args = (dealKey: string) => ({
  eventId,
  dealId: deal[dealKey],
  subject: "Sponsor Harbour Tech Day?",
  text: `Hi,\n\nHere is our sponsorship deck: ${DECK}\n\nSam`,
  purpose: "outreach",
  links: [DECK],
});

describe("send_email", () => {
  it("queues one tracked email to the deal's contact, however often the same call runs", async () => {
    const call = { ...caller, idempotencyKey: `send-email:${caller.organizationId}` };
    const outcome = await runTool(db, call, sendEmail, args("Brew"));
    if (outcome.status !== "executed") throw new Error(outcome.status);
    const { emailId, to, trackingToken } = outcome.output;
    expect(to).toMatch(/^lead@brew-/);

    const email = await db.emailMessage.findUniqueOrThrow({ where: { id: emailId } });
    expect(email).toMatchObject({ dealId: deal.Brew, trackingToken, to: [to], status: "sent" });
    expect(email.html).toContain(`<img src="${env.APP_URL}/t/o/${trackingToken}.gif"`);
    expect(email.html).toContain(`<a href="${env.APP_URL}/t/c/${trackingToken}?u=${encodeURIComponent(DECK)}">`);
    expect(email.text).toContain(`unsubscribe: ${env.APP_URL}/u/${trackingToken}`);
    const activity = await db.agentActivity.findUniqueOrThrow({ where: { id: outcome.activityId } });
    expect(activity.activityType).toBe("email_sent");

    const again = await runTool(db, call, sendEmail, args("Brew"));
    expect(again).toMatchObject({ status: "executed", output: { emailId } });
    expect(await db.emailMessage.count({ where: { dealId: deal.Brew } })).toBe(1);
  });

  it.each([
    ["an unsubscribed contact", "Gone", "unsubscribed; no more emails go to them"],
    ["a deal without a contact", "Nobody", "has no contact to email"],
  ])("refuses %s and stores no email", async (_case, key, message) => {
    const refusal = runTool(db, caller, sendEmail, args(key));
    await expect(refusal).rejects.toBeInstanceOf(AppError);
    await expect(refusal).rejects.toThrow(message);
    expect(await db.emailMessage.count({ where: { dealId: deal[key] } })).toBe(0);
  });

  it("refuses links that are not in the text", async () => {
    const outcome = runTool(db, caller, sendEmail, { ...args("Brew"), links: ["https://elsewhere.example"] });
    await expect(outcome).rejects.toMatchObject({ code: "validation", userMessage: expect.stringContaining("appear") });
  });
});
