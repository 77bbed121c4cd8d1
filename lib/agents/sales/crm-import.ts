/**
 * Sponsor CRM import from a CSV file, one row per contact (rows with the same domain are one company).
 * Companies are matched on their domain and contacts on their email, within the file and against the
 * organization's CRM: a match is updated, never duplicated. A row with problems is skipped and reported
 * with what a person needs to fix it; the valid rows are written together in one transaction.
 */
import { randomUUID } from "node:crypto";
import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";
import type { Db, DbOrTx } from "@/lib/db/client";
import { Seniority } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { formatNumber } from "@/lib/format";

export const SPONSOR_CSV_COLUMNS = [
  "company",
  "domain",
  "industry",
  "audiences",
  "city",
  "country",
  "budget_min",
  "budget_max",
  "currency",
  "contact_name",
  "contact_email",
  "contact_title",
  "seniority",
] as const;

export type SponsorCsvColumn = (typeof SPONSOR_CSV_COLUMNS)[number];

/** Columns the header must have; the others may be left out of the file or empty in a row. */
export const REQUIRED_SPONSOR_COLUMNS: SponsorCsvColumn[] = [
  "company",
  "domain",
  "industry",
  "contact_name",
  "contact_email",
  "contact_title",
  "seniority",
];

export const MAX_IMPORT_ROWS = 5_000;
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** Budgets are stored in cents in a 32-bit integer. */
const MAX_BUDGET = 20_000_000;
const SENIORITIES = Object.values(Seniority);
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** A problem with one cell or row; `row` counts lines as a spreadsheet does (the header is row 1). */
export type RowError = { row: number; field: SponsorCsvColumn; message: string };

export type ImportReport = {
  rowsRead: number;
  companiesCreated: number;
  companiesUpdated: number;
  contactsCreated: number;
  contactsUpdated: number;
  errors: RowError[];
};

/** "https://www.Acme.com/about" → "acme.com". */
export function normalizeDomain(value: string) {
  const host = value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, "")
    .split(/[/?#:]/)[0];
  return (host ?? "").replace(/^www\./, "").replace(/\.$/, "");
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
let countriesByName: Map<string, string> | undefined;

/** The current code of a region, "UK" → "GB", or null when no country has it. */
function currentCode(code: string) {
  const region = new Intl.Locale("und", { region: code }).region;
  return region && regionNames.of(region) !== region ? region : null;
}

/** Country names in English, and a few usual short forms, lower-case, to their codes. */
function countryCodes() {
  if (!countriesByName) {
    countriesByName = new Map([
      ["usa", "US"],
      ["united states of america", "US"],
      ["england", "GB"],
      ["scotland", "GB"],
      ["wales", "GB"],
      ["northern ireland", "GB"],
      ["holland", "NL"],
    ]);
    for (let first = 65; first <= 90; first++) {
      for (let second = 65; second <= 90; second++) {
        const code = currentCode(String.fromCharCode(first, second));
        if (code) countriesByName.set((regionNames.of(code) ?? code).toLowerCase(), code);
      }
    }
  }
  return countriesByName;
}

/** "Portugal", "pt" or "PT" → "PT" (ISO 3166, as events store their country); null when it is no country. */
export function countryCode(value: string): string | null {
  return /^[a-z]{2}$/i.test(value)
    ? currentCode(value.toUpperCase())
    : (countryCodes().get(value.toLowerCase()) ?? null);
}

function text(column: SponsorCsvColumn, max: number) {
  return z.string().max(max, `${column} is longer than ${max} characters`);
}

function required(column: SponsorCsvColumn, max: number) {
  return text(column, max).min(1, `${column} is required`);
}

function optional(column: SponsorCsvColumn, max: number) {
  return text(column, max).transform((value) => value || null);
}

/** A budget in whole currency units ("25000" or "25,000") as cents, or null when the cell is empty. */
function budget(column: SponsorCsvColumn) {
  return z.string().transform((value, ctx) => {
    if (value === "") return null;
    const digits = value.replace(/[\s,_]/g, "");
    if (!/^\d+$/.test(digits)) {
      ctx.addIssue(`${column}: '${value}' is not a whole amount like 25000`);
      return z.NEVER;
    }
    if (Number(digits) > MAX_BUDGET) {
      ctx.addIssue(`${column}: ${value} is more than ${formatNumber(MAX_BUDGET)}`);
      return z.NEVER;
    }
    return Number(digits) * 100;
  });
}

const rowSchema = z
  .object({
    company: required("company", 200),
    domain: required("domain", 253).transform((value, ctx) => {
      const domain = normalizeDomain(value);
      if (!DOMAIN.test(domain)) ctx.addIssue(`domain: '${value}' is not a domain like acme.com`);
      return domain;
    }),
    industry: required("industry", 100),
    audiences: text("audiences", 1_000).transform((value) => [
      ...new Set(
        value
          .split(";")
          .map((audience) => audience.trim().toLowerCase())
          .filter(Boolean),
      ),
    ]),
    city: optional("city", 100),
    country: text("country", 100).transform((value, ctx) => {
      if (value === "") return null;
      const code = countryCode(value);
      if (!code) ctx.addIssue(`country: '${value}' is not a country name or a two-letter code like PT`);
      return code;
    }),
    budget_min: budget("budget_min"),
    budget_max: budget("budget_max"),
    currency: z
      .string()
      .transform((value) => value.toUpperCase())
      .refine((value) => value === "" || /^[A-Z]{3}$/.test(value), {
        error: (issue) => `currency: '${String(issue.input)}' is not a three-letter code like EUR`,
      })
      .transform((value) => value || null),
    contact_name: required("contact_name", 200),
    contact_email: required("contact_email", 254)
      .transform((value) => value.toLowerCase())
      .pipe(z.email({ error: (issue) => `contact_email: '${String(issue.input)}' is not an email address` })),
    contact_title: required("contact_title", 200),
    seniority: z
      .string()
      .transform((value) => value.toLowerCase().replace(/[\s-]+/g, "_"))
      .pipe(z.enum(Seniority, { error: `seniority must be one of ${SENIORITIES.join(", ")}` })),
  })
  .superRefine((row, ctx) => {
    if (row.budget_min !== null && row.budget_max !== null && row.budget_max < row.budget_min) {
      ctx.addIssue({ code: "custom", path: ["budget_max"], message: "budget_max is below budget_min" });
    }
    if ((row.budget_min !== null || row.budget_max !== null) && row.currency === null) {
      ctx.addIssue({ code: "custom", path: ["currency"], message: "currency is required when a budget is given" });
    }
  })
  .transform((row) => ({
    company: {
      name: row.company,
      domain: row.domain,
      industry: row.industry,
      audiences: row.audiences,
      city: row.city,
      country: row.country,
      budgetMinCents: row.budget_min,
      budgetMaxCents: row.budget_max,
      currency: row.currency,
    },
    contact: { name: row.contact_name, email: row.contact_email, title: row.contact_title, seniority: row.seniority },
  }));

export type SponsorRow = z.infer<typeof rowSchema> & { row: number };
export type CompanyFields = SponsorRow["company"];

function headerOf(columns: string[]) {
  const names = columns.map((column) =>
    column
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_"),
  );
  const missing = REQUIRED_SPONSOR_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    // Spreadsheets set to Portuguese, Spanish or German export CSV with semicolons.
    const semicolons = names.length === 1 && names[0]?.includes(";");
    throw new AppError(
      "validation",
      semicolons
        ? "The columns are separated by semicolons; export the file with commas as separators."
        : `The first row must name the columns; it is missing ${missing.join(", ")}. ` +
            `Expected: ${SPONSOR_CSV_COLUMNS.join(", ")}.`,
    );
  }
  return names;
}

function readCsv(csvText: string): Record<string, string>[] {
  const bytes = Buffer.byteLength(csvText);
  if (bytes > MAX_IMPORT_BYTES) {
    throw new AppError(
      "validation",
      `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; import at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB at a time. ` +
        "Split it into smaller files.",
    );
  }
  if (csvText.includes("\u0000")) {
    throw new AppError(
      "validation",
      "This is not a CSV file. Export the sheet as CSV (comma-separated) and try again.",
    );
  }
  if (csvText.trim() === "") throw new AppError("validation", "The file is empty.");
  try {
    return parse<Record<string, string>>(csvText, {
      columns: headerOf,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: false,
    });
  } catch (error) {
    if (error instanceof CsvError && error.code === "CSV_RECORD_INCONSISTENT_COLUMNS") {
      throw new AppError(
        "validation",
        `Line ${error.lines} does not have as many cells as the header has columns. ` +
          'Check for a missing or extra comma (a value with a comma in it needs "quotes").',
      );
    }
    if (error instanceof CsvError) {
      throw new AppError("validation", `The file could not be read as CSV: ${error.message}.`);
    }
    throw error;
  }
}

/**
 * Reads and checks every row. A file that cannot be imported at all (not CSV, a header without the
 * required columns, too big) throws a validation AppError; a row with problems is left out and each
 * problem reported. A contact whose email is on an earlier row is reported too.
 */
export function parseSponsorsCsv(csvText: string): { rows: SponsorRow[]; errors: RowError[]; rowsRead: number } {
  const records = readCsv(csvText);
  if (records.length === 0) throw new AppError("validation", "The file has a header but no rows under it.");
  if (records.length > MAX_IMPORT_ROWS) {
    throw new AppError(
      "validation",
      `The file has ${formatNumber(records.length)} rows; import at most ${formatNumber(MAX_IMPORT_ROWS)} at a time.`,
    );
  }
  const rows: SponsorRow[] = [];
  const errors: RowError[] = [];
  const rowOfEmail = new Map<string, number>();
  records.forEach((record, index) => {
    const row = index + 2;
    const cells = Object.fromEntries(SPONSOR_CSV_COLUMNS.map((column) => [column, record[column] ?? ""]));
    const parsed = rowSchema.safeParse(cells);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({ row, field: issue.path[0] as SponsorCsvColumn, message: issue.message });
      }
      return;
    }
    const firstRow = rowOfEmail.get(parsed.data.contact.email);
    if (firstRow !== undefined) {
      errors.push({ row, field: "contact_email", message: `same email as row ${firstRow}` });
      return;
    }
    rowOfEmail.set(parsed.data.contact.email, row);
    rows.push({ ...parsed.data, row });
  });
  return { rows, errors, rowsRead: records.length };
}

/** One company per domain: the first row's values, with empty ones filled from later rows. */
export function mergeCompanies(rows: SponsorRow[]): CompanyFields[] {
  const byDomain = new Map<string, CompanyFields>();
  for (const { company } of rows) {
    const known = byDomain.get(company.domain);
    byDomain.set(company.domain, known ? { ...company, ...nonEmpty(known) } : company);
  }
  return [...byDomain.values()];
}

/** The fields that have a value: what an import may overwrite. */
function nonEmpty<T extends object>(fields: T) {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0)),
  ) as { [K in keyof T]?: Exclude<T[K], null> };
}

function idOf(ids: Map<string, string>, key: string) {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Sponsor import: no id for ${key}`);
  return id;
}

async function createInBatches<T>(items: T[], create: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < items.length; start += 1_000) await create(items.slice(start, start + 1_000));
}

async function writeSponsors(tx: DbOrTx, organizationId: string, rows: SponsorRow[]) {
  const companies = mergeCompanies(rows);
  const existingCompanies = await tx.sponsorCompany.findMany({
    where: { organizationId, domain: { in: companies.map((company) => company.domain) } },
    select: { id: true, domain: true },
  });
  const companyIds = new Map(existingCompanies.map((company) => [company.domain, company.id]));
  const newCompanies = companies
    .filter((company) => !companyIds.has(company.domain))
    .map(({ currency, ...company }) => ({
      ...company,
      currency: currency ?? undefined,
      id: randomUUID(),
      organizationId,
    }));
  await createInBatches(newCompanies, (data) => tx.sponsorCompany.createMany({ data }));
  for (const company of companies) {
    const id = companyIds.get(company.domain);
    if (id) await tx.sponsorCompany.update({ where: { id }, data: nonEmpty(company) });
  }
  for (const company of newCompanies) companyIds.set(company.domain, company.id);

  const existingContacts = await tx.sponsorContact.findMany({
    where: { organizationId, email: { in: rows.map(({ contact }) => contact.email) } },
    select: { id: true, email: true },
  });
  const contactIds = new Map(existingContacts.map((contact) => [contact.email, contact.id]));
  const withCompany = rows.map(({ company, contact }) => ({ ...contact, companyId: idOf(companyIds, company.domain) }));
  await createInBatches(
    withCompany.filter((contact) => !contactIds.has(contact.email)),
    (batch) => tx.sponsorContact.createMany({ data: batch.map((contact) => ({ ...contact, organizationId })) }),
  );
  // An update never clears an unsubscription or a suppression.
  for (const contact of withCompany) {
    const id = contactIds.get(contact.email);
    if (id) await tx.sponsorContact.update({ where: { id }, data: contact });
  }
  return {
    companiesCreated: newCompanies.length,
    companiesUpdated: existingCompanies.length,
    contactsCreated: rows.length - existingContacts.length,
    contactsUpdated: existingContacts.length,
  };
}

/** Imports the file into the organization's CRM and reports what changed and which rows were skipped. */
export async function importSponsorsCsv(db: Db, organizationId: string, csvText: string): Promise<ImportReport> {
  const { rows, errors, rowsRead } = parseSponsorsCsv(csvText);
  const counts =
    rows.length === 0
      ? { companiesCreated: 0, companiesUpdated: 0, contactsCreated: 0, contactsUpdated: 0 }
      : await db.$transaction((tx) => writeSponsors(tx, organizationId, rows), { timeout: 60_000 });
  return { rowsRead, ...counts, errors };
}
