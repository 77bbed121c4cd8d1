"use client";

import { type ChangeEvent, useActionState, useState } from "react";
import { type ImportState, importSponsorsAction } from "@/app/(dashboard)/sponsors/import/actions";
import { useFormatter } from "@/components/shell/format-provider";
import { Button } from "@/components/ui/button";
import { Stat } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { TableHead } from "@/components/ui/table-head";
import { TextField } from "@/components/ui/text-field";
import type { ImportReport } from "@/lib/agents/sales/crm-import";

/** Problems listed on the page; a file with more is better fixed from the first ones and imported again. */
const SHOWN_ERRORS = 500;

/** The upload form and, once the import ran, what it did and which rows it skipped. */
export function ImportForm({ maxBytes }: { maxBytes: number }) {
  const [state, action, pending] = useActionState<ImportState, FormData>(importSponsorsAction, {});
  const [fileProblem, setFileProblem] = useState<string>();

  // Checked here too: the upload of a file over the limit would fail before the import could say why.
  function checkSize(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    const problem =
      file && file.size > maxBytes
        ? `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; import at most ${maxBytes / 1024 / 1024} MB at a time. Split it into smaller files.`
        : "";
    event.target.setCustomValidity(problem);
    setFileProblem(problem || undefined);
  }

  return (
    <div className="space-y-5">
      <form action={action} className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <TextField
            id="sponsors-file"
            name="file"
            type="file"
            label="CSV file"
            accept=".csv,text/csv"
            required
            onChange={checkSize}
            error={fileProblem}
          />
        </div>
        <Button type="submit" variant="primary" disabled={pending} className="py-2">
          {pending ? "Importing…" : "Import"}
        </Button>
      </form>
      <FormAlert message={state.error} />
      {state.report && <ImportResult report={state.report} />}
    </div>
  );
}

function ImportResult({ report }: { report: ImportReport }) {
  const format = useFormatter();
  const skippedRows = new Set(report.errors.map((error) => error.row)).size;
  const imported = report.rowsRead - skippedRows;
  return (
    <section aria-labelledby="import-result" className="space-y-4">
      <h3 id="import-result" className="text-sm font-semibold text-slate-700">
        Import result
      </h3>
      <p role="status" className="text-sm text-slate-700">
        Imported {format.number(imported)} of {format.number(report.rowsRead)} rows.
        {skippedRows > 0 &&
          ` ${format.number(skippedRows)} ${skippedRows === 1 ? "row was" : "rows were"} skipped: fix ${skippedRows === 1 ? "it" : "them"} and import the file again (rows already imported are updated, not duplicated).`}
      </p>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Companies created" value={format.number(report.companiesCreated)} />
        <Stat label="Companies updated" value={format.number(report.companiesUpdated)} />
        <Stat label="Contacts created" value={format.number(report.contactsCreated)} />
        <Stat label="Contacts updated" value={format.number(report.contactsUpdated)} />
      </div>
      {report.errors.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="mb-2 text-left text-sm font-medium text-rose-800">
              {report.errors.length > SHOWN_ERRORS
                ? `The first ${SHOWN_ERRORS} of ${format.number(report.errors.length)} problems`
                : `${report.errors.length} ${report.errors.length === 1 ? "problem" : "problems"}`}
              , by row (the header is row 1)
            </caption>
            <TableHead columns={[{ label: "Row", align: "right" }, "Column", "Problem"]} cellClassName="px-2 py-2" />
            <tbody className="divide-y divide-slate-100">
              {report.errors.slice(0, SHOWN_ERRORS).map((error) => (
                <tr key={`${error.row}-${error.field}-${error.message}`}>
                  <td className="px-2 py-1.5 text-right tabular-nums">{error.row}</td>
                  <td className="px-2 py-1.5 font-mono text-xs">{error.field}</td>
                  <td className="px-2 py-1.5">{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
