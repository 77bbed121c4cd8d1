import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { countryCode, MAX_IMPORT_ROWS, mergeCompanies, normalizeDomain, parseSponsorsCsv } from "./crm-import";

const HEADER =
  "company,domain,industry,audiences,city,country,budget_min,budget_max,currency,contact_name,contact_email,contact_title,seniority";

function csv(...rows: string[]) {
  return [HEADER, ...rows].join("\n");
}

const ACME = "Acme Dev,acme.dev,Developer tools,developers;CTO,Lisbon,Portugal,20000,40000,EUR";

function wholeFileError(text: string) {
  try {
    parseSponsorsCsv(text);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the file to be rejected");
}

describe("normalizeDomain", () => {
  it.each([
    ["acme.com", "acme.com"],
    ["ACME.com", "acme.com"],
    ["https://www.acme.com/about?x=1", "acme.com"],
    ["http://shop.acme.co.uk:8080/", "shop.acme.co.uk"],
    ["www.acme.io.", "acme.io"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });
});

describe("countryCode", () => {
  it.each([
    ["Portugal", "PT"],
    ["pt", "PT"],
    ["United States", "US"],
    ["USA", "US"],
    ["UK", "GB"],
    ["Germany", "DE"],
    ["germany", "DE"],
  ])("%s → %s", (input, expected) => {
    expect(countryCode(input)).toBe(expected);
  });

  it("knows no made-up country", () => {
    expect(countryCode("Narnia")).toBeNull();
    expect(countryCode("XX")).toBeNull();
  });
});

describe("parseSponsorsCsv", () => {
  it("reads a row into a normalized company and contact", () => {
    const { rows, errors, rowsRead } = parseSponsorsCsv(
      csv(
        'Acme Dev , https://www.ACME.dev/jobs ,Developer tools, developers; CTO ;developers,Lisbon,pt,"25,000",40000,eur,' +
          "Ana Silva,Ana.Silva@Acme.dev,Head of DevRel,Director",
      ),
    );
    expect(errors).toEqual([]);
    expect(rowsRead).toBe(1);
    expect(rows).toEqual([
      {
        row: 2,
        company: {
          name: "Acme Dev",
          domain: "acme.dev",
          industry: "Developer tools",
          audiences: ["developers", "cto"],
          city: "Lisbon",
          country: "PT",
          budgetMinCents: 2_500_000,
          budgetMaxCents: 4_000_000,
          currency: "EUR",
        },
        contact: { name: "Ana Silva", email: "ana.silva@acme.dev", title: "Head of DevRel", seniority: "director" },
      },
    ]);
  });

  it("leaves optional cells empty and accepts a header in any case, in any order, without optional columns", () => {
    const { rows, errors } = parseSponsorsCsv(
      "Contact Email,Company,Domain,Industry,Contact Name,Contact Title,Seniority,Notes\n" +
        "bo@shop.pt,Loja,shop.pt,Local retail,Bo,Owner,C-Level,ignored",
    );
    expect(errors).toEqual([]);
    expect(rows[0]?.company).toMatchObject({ audiences: [], city: null, budgetMinCents: null, currency: null });
    expect(rows[0]?.contact.seniority).toBe("c_level");
  });

  it("reports each problem with its row (the header is row 1) and skips that row", () => {
    const { rows, errors, rowsRead } = parseSponsorsCsv(
      csv(
        `${ACME},Ana Silva,ana@acme.dev,CTO,c_level`,
        "Acme,acme,Developer tools,,,,,,,Bo,bo@acme,CTO,boss",
        `${ACME.replace("20000,40000", "50000,40000")},Cy,cy@acme.dev,CTO,vp`,
        "Beta,beta.io,Fintech,,,Narnia,25k,,,Di,di@beta.io,CFO,vp",
        ",beta.io,,,,,5000,,,,,,vp",
        `${ACME},Ana S.,ANA@acme.dev,CEO,c_level`,
      ),
    );
    expect(rowsRead).toBe(6);
    expect(rows.map((row) => row.row)).toEqual([2]);
    expect(errors).toEqual([
      { row: 3, field: "domain", message: "domain: 'acme' is not a domain like acme.com" },
      { row: 3, field: "contact_email", message: "contact_email: 'bo@acme' is not an email address" },
      { row: 3, field: "seniority", message: "seniority must be one of c_level, vp, director, manager, individual" },
      { row: 4, field: "budget_max", message: "budget_max is below budget_min" },
      { row: 5, field: "country", message: "country: 'Narnia' is not a country name or a two-letter code like PT" },
      { row: 5, field: "budget_min", message: "budget_min: '25k' is not a whole amount like 25000" },
      { row: 6, field: "company", message: "company is required" },
      { row: 6, field: "industry", message: "industry is required" },
      { row: 6, field: "contact_name", message: "contact_name is required" },
      { row: 6, field: "contact_email", message: "contact_email is required" },
      { row: 6, field: "contact_title", message: "contact_title is required" },
      { row: 6, field: "currency", message: "currency is required when a budget is given" },
      { row: 7, field: "contact_email", message: "same email as row 2" },
    ]);
  });

  it("asks for a currency with a budget and refuses budgets that do not fit", () => {
    const { errors } = parseSponsorsCsv(
      csv(
        "Beta,beta.io,Fintech,,,,5000,,,Di,di@beta.io,CFO,vp",
        "Gamma,gamma.io,Fintech,,,,99000000,,USD,Ed,ed@gamma.io,CFO,vp",
        "Delta,delta.io,Fintech,,,,,,euro,Fe,fe@delta.io,CFO,vp",
      ),
    );
    expect(errors.map(({ row, message }) => `${row}: ${message}`)).toEqual([
      "2: currency is required when a budget is given",
      "3: budget_min: 99000000 is more than 20,000,000",
      "4: currency: 'EURO' is not a three-letter code like EUR",
    ]);
  });

  it("skips empty lines and rows of empty cells", () => {
    const { rows, rowsRead } = parseSponsorsCsv(
      csv(`${ACME},Ana,ana@acme.dev,CTO,vp`, "", ",,,,,,,,,,,,", `${ACME},Bo,bo@acme.dev,CTO,vp`, ""),
    );
    expect(rowsRead).toBe(2);
    expect(rows.map((row) => row.contact.email)).toEqual(["ana@acme.dev", "bo@acme.dev"]);
  });

  it("rejects a file whose header lacks required columns, naming them", () => {
    const error = wholeFileError("name,website,email\nAcme,acme.com,ana@acme.com");
    expect(error.code).toBe("validation");
    expect(error.message).toContain(
      "missing company, domain, industry, contact_name, contact_email, contact_title, seniority",
    );
  });

  it("says so when the columns are separated by semicolons", () => {
    expect(wholeFileError(HEADER.replaceAll(",", ";")).message).toBe(
      "The columns are separated by semicolons; export the file with commas as separators.",
    );
  });

  it("rejects what is not CSV", () => {
    expect(wholeFileError("PK\u0003\u0004\u0000\u0000binary").message).toContain("This is not a CSV file");
    expect(wholeFileError("").message).toBe("The file is empty.");
    expect(wholeFileError(HEADER).message).toBe("The file has a header but no rows under it.");
    expect(wholeFileError(csv(`${ACME},"Ana,ana@acme.dev,CTO,vp`)).message).toContain("could not be read as CSV");
    expect(wholeFileError(csv(`${ACME},Ana,ana@acme.dev,CTO`)).message).toContain(
      "Line 2 does not have as many cells as the header has columns",
    );
  });

  it("rejects files over the row and size limits", () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `${ACME},P${i},p${i}@acme.dev,CTO,vp`);
    expect(wholeFileError(csv(...rows)).message).toBe("The file has 5,001 rows; import at most 5,000 at a time.");
    expect(wholeFileError(csv(`${ACME},${"x".repeat(2 * 1024 * 1024)},a@acme.dev,CTO,vp`)).message).toContain(
      "import at most 2 MB at a time",
    );
  });
});

describe("the sample file offered on the import page", () => {
  it("imports cleanly: 10 contacts of 9 companies", () => {
    const { rows, errors } = parseSponsorsCsv(
      readFileSync(new URL("../../../public/samples/sponsors-sample.csv", import.meta.url), "utf8"),
    );
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(10);
    expect(mergeCompanies(rows)).toHaveLength(9);
  });
});

describe("mergeCompanies", () => {
  it("makes one company per domain, filling empty values from later rows", () => {
    const { rows } = parseSponsorsCsv(
      csv(
        "Acme Dev,acme.dev,Developer tools,,Lisbon,,,,,Ana,ana@acme.dev,CTO,vp",
        "Acme Development,www.acme.dev,Dev tools,developers,Porto,PT,1000,2000,EUR,Bo,bo@acme.dev,CEO,c_level",
        "Beta,beta.io,Fintech,,,,,,,Cy,cy@beta.io,CFO,vp",
      ),
    );
    expect(mergeCompanies(rows)).toEqual([
      {
        name: "Acme Dev",
        domain: "acme.dev",
        industry: "Developer tools",
        audiences: ["developers"],
        city: "Lisbon",
        country: "PT",
        budgetMinCents: 100_000,
        budgetMaxCents: 200_000,
        currency: "EUR",
      },
      expect.objectContaining({ name: "Beta", domain: "beta.io" }),
    ]);
  });
});
