import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { testDb, uniqueOrganization } from "@/tests/db";
import { importSponsorsCsv } from "./crm-import";

const db = testDb();

const HEADER =
  "company,domain,industry,audiences,city,country,budget_min,budget_max,currency,contact_name,contact_email,contact_title,seniority";

function csv(...rows: string[]) {
  return [HEADER, ...rows].join("\n");
}

/** An organization whose CRM already knows Acme and its CTO, who unsubscribed. */
async function crmWithAcme(name: string) {
  const org = await uniqueOrganization(db, name);
  const acme = await db.sponsorCompany.create({
    data: {
      organizationId: org.id,
      name: "Acme",
      domain: "acme.dev",
      industry: "Developer tools",
      audiences: ["developers"],
      city: "Lisbon",
    },
  });
  await db.sponsorContact.create({
    data: {
      organizationId: org.id,
      companyId: acme.id,
      name: "Ana Silva",
      email: "ana@acme.dev",
      title: "CTO",
      seniority: "c_level",
      unsubscribedAt: new Date("2026-01-05T00:00:00Z"),
    },
  });
  return org;
}

async function crmOf(organizationId: string) {
  return db.sponsorCompany.findMany({
    where: { organizationId },
    orderBy: { domain: "asc" },
    include: { contacts: { orderBy: { email: "asc" } } },
  });
}

const FILE = csv(
  "Acme Dev,https://www.acme.dev,Developer tools,developers;CTO,,PT,20000,40000,EUR,Ana Silva-Costa,ANA@acme.dev,VP Engineering,vp",
  "Acme Dev,acme.dev,Developer tools,,,,,,,Bo Lima,bo@acme.dev,Developer Advocate,individual",
  "Beta Pay,beta.io,Fintech,founders,London,UK,10000,15000,GBP,Cy Jones,cy@beta.io,CMO,c_level",
);

describe("importSponsorsCsv", () => {
  it("creates new companies and contacts and updates the ones the CRM knows, without duplicates", async () => {
    const org = await crmWithAcme("Import");
    const report = await importSponsorsCsv(db, org.id, FILE);
    expect(report).toEqual({
      rowsRead: 3,
      companiesCreated: 1,
      companiesUpdated: 1,
      contactsCreated: 2,
      contactsUpdated: 1,
      errors: [],
    });

    const [acme, beta] = await crmOf(org.id);
    expect(acme).toMatchObject({
      name: "Acme Dev",
      domain: "acme.dev",
      audiences: ["developers", "cto"],
      city: "Lisbon",
      country: "PT",
      budgetMinCents: 2_000_000,
      budgetMaxCents: 4_000_000,
      currency: "EUR",
    });
    expect(acme?.contacts.map(({ email, name, seniority }) => ({ email, name, seniority }))).toEqual([
      { email: "ana@acme.dev", name: "Ana Silva-Costa", seniority: "vp" },
      { email: "bo@acme.dev", name: "Bo Lima", seniority: "individual" },
    ]);
    expect(acme?.contacts[0]?.unsubscribedAt).toEqual(new Date("2026-01-05T00:00:00Z"));
    expect(beta).toMatchObject({ name: "Beta Pay", country: "GB", currency: "GBP", budgetMaxCents: 1_500_000 });
    expect(beta?.contacts.map((contact) => contact.email)).toEqual(["cy@beta.io"]);
  });

  it("changes nothing more when the same file is imported again", async () => {
    const org = await crmWithAcme("Reimport");
    await importSponsorsCsv(db, org.id, FILE);
    const before = await crmOf(org.id);
    const again = await importSponsorsCsv(db, org.id, FILE);
    expect(again).toMatchObject({ companiesCreated: 0, companiesUpdated: 2, contactsCreated: 0, contactsUpdated: 3 });
    expect(await crmOf(org.id)).toEqual(before);
  });

  it("writes the valid rows and reports the others by row", async () => {
    const org = await uniqueOrganization(db, "Import errors");
    const report = await importSponsorsCsv(
      db,
      org.id,
      csv(
        "Gamma,gamma.io,AI & data,,,,,,,Di Park,di@gamma.io,CEO,c_level",
        "Delta,delta,AI & data,,,,,,,Ed Park,ed@delta.io,CEO,chief",
        "Gamma,gamma.io,AI & data,,,,,,,Di Again,DI@gamma.io,CEO,c_level",
      ),
    );
    expect(report).toMatchObject({ rowsRead: 3, companiesCreated: 1, contactsCreated: 1 });
    expect(report.errors).toEqual([
      { row: 3, field: "domain", message: "domain: 'delta' is not a domain like acme.com" },
      { row: 3, field: "seniority", message: "seniority must be one of c_level, vp, director, manager, individual" },
      { row: 4, field: "contact_email", message: "same email as row 2" },
    ]);
    expect((await crmOf(org.id)).map((company) => company.domain)).toEqual(["gamma.io"]);
  });

  it("leaves another organization's company with the same domain untouched", async () => {
    const other = await crmWithAcme("Other tenant");
    const before = await crmOf(other.id);
    const org = await uniqueOrganization(db, "Tenant");
    const report = await importSponsorsCsv(db, org.id, FILE);
    expect(report).toMatchObject({ companiesCreated: 2, companiesUpdated: 0, contactsCreated: 3, contactsUpdated: 0 });
    expect(await crmOf(other.id)).toEqual(before);
    expect((await crmOf(org.id)).map((company) => company.domain)).toEqual(["acme.dev", "beta.io"]);
  });

  it("writes nothing when the header lacks required columns", async () => {
    const org = await crmWithAcme("Bad header");
    const before = await crmOf(org.id);
    const file = "company,website,email\nBeta Pay,beta.io,cy@beta.io";
    await expect(importSponsorsCsv(db, org.id, file)).rejects.toThrow(AppError);
    await expect(importSponsorsCsv(db, org.id, file)).rejects.toMatchObject({ code: "validation" });
    expect(await crmOf(org.id)).toEqual(before);
  });
});
