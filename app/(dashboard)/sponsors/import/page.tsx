import type { Metadata } from "next";
import { ImportForm } from "@/components/sponsors/import-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { CodeBlock } from "@/components/ui/code-block";
import { PageHeader } from "@/components/ui/page-header";
import { TableHead } from "@/components/ui/table-head";
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  REQUIRED_SPONSOR_COLUMNS,
  SPONSOR_CSV_COLUMNS,
  type SponsorCsvColumn,
} from "@/lib/agents/sales/crm-import";
import { requirePageContext } from "@/lib/auth/context";
import { getFormatter } from "@/lib/format-context";

export const metadata: Metadata = { title: "Import sponsors" };

const SAMPLE_URL = "/samples/sponsors-sample.csv";

const COLUMNS: Record<SponsorCsvColumn, { meaning: string; example: string }> = {
  company: { meaning: "The company's name", example: "Tagus Cloud" },
  domain: { meaning: "Its website; rows with the same domain are one company", example: "taguscloud.io" },
  industry: { meaning: "What the company does", example: "Cloud infrastructure" },
  audiences: { meaning: "Who it wants to reach, separated by ;", example: "developers;cto" },
  city: { meaning: "Where it is based", example: "Lisbon" },
  country: { meaning: "A country name or two-letter code", example: "PT" },
  budget_min: { meaning: "The least it usually spends on a sponsorship, in whole units", example: "20000" },
  budget_max: { meaning: "The most it usually spends on a sponsorship", example: "45000" },
  currency: { meaning: "The budget's currency code (needed with a budget)", example: "EUR" },
  contact_name: { meaning: "The contact's full name", example: "Marta Ribeiro" },
  contact_email: { meaning: "One row per contact: each email once", example: "marta.ribeiro@taguscloud.io" },
  contact_title: { meaning: "Their job title", example: "Head of Developer Marketing" },
  seniority: { meaning: "c_level, vp, director, manager or individual", example: "director" },
};

/** A row of the examples above, with some of them replaced. */
function exampleRow(changes: Partial<Record<SponsorCsvColumn, string>> = {}) {
  return SPONSOR_CSV_COLUMNS.map((column) => changes[column] ?? COLUMNS[column].example).join(",");
}

const EXAMPLE = [
  SPONSOR_CSV_COLUMNS.join(","),
  exampleRow(),
  exampleRow({
    contact_name: "Duarte Nunes",
    contact_email: "duarte.nunes@taguscloud.io",
    contact_title: "Developer Advocate",
    seniority: "individual",
  }),
].join("\n");

export default async function ImportSponsorsPage() {
  const format = await getFormatter();
  await requirePageContext("agents:configure");
  return (
    <>
      <PageHeader
        title="Import sponsors"
        description="Add companies and their contacts to your sponsor CRM from a CSV file, such as an export from a spreadsheet or another CRM."
        actions={
          <a
            href={SAMPLE_URL}
            download
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
          >
            Download a sample
          </a>
        }
      />
      <div className="space-y-6">
        <Card title="Upload a CSV file">
          <ImportForm maxBytes={MAX_IMPORT_BYTES} />
        </Card>
        <Card title="What the file needs">
          <ul className="mb-4 list-disc space-y-1 pl-5 text-sm text-slate-700">
            <li>
              One row per contact, under a first row that names the columns (in any order; other columns are ignored).
              Repeat the company's columns on each of its contacts' rows.
            </li>
            <li>
              A company already in your CRM (same domain) or a contact (same email) is updated with the values in the
              file, never duplicated. Empty cells keep what the CRM has, and an unsubscribed contact stays unsubscribed.
            </li>
            <li>Rows with problems are skipped and listed by row number; all the other rows are imported together.</li>
            <li>
              At most {format.number(MAX_IMPORT_ROWS)} rows and {MAX_IMPORT_BYTES / 1024 / 1024} MB per file.
            </li>
          </ul>
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <TableHead columns={["Column", "Needed", "What it holds", "Example"]} cellClassName="py-2 pr-4" />
              <tbody className="divide-y divide-slate-100">
                {SPONSOR_CSV_COLUMNS.map((column) => (
                  <tr key={column}>
                    <td className="py-1.5 pr-4 font-mono text-xs">{column}</td>
                    <td className="py-1.5 pr-4">
                      {REQUIRED_SPONSOR_COLUMNS.includes(column) ? (
                        <Badge tone="info">Required</Badge>
                      ) : (
                        <Badge>Optional</Badge>
                      )}
                    </td>
                    <td className="py-1.5 pr-4 text-slate-700">{COLUMNS[column].meaning}</td>
                    <td className="py-1.5 font-mono text-xs text-slate-600">{COLUMNS[column].example}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3 className="mt-5 text-sm font-semibold text-slate-700">Example: one company with two contacts</h3>
          <CodeBlock label="Sample CSV" className="mt-2 rounded-lg bg-slate-900 p-3 text-slate-100">
            <code>{EXAMPLE}</code>
          </CodeBlock>
        </Card>
      </div>
    </>
  );
}
