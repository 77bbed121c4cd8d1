"use client";

import { useActionState } from "react";
import { type ArticleImportState, importArticlesAction } from "@/app/(dashboard)/support/actions";
import { useFormatter } from "@/components/shell/format-provider";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TableHead } from "@/components/ui/table-head";
import { TextField } from "@/components/ui/text-field";

/** Imports Markdown files or one CSV into the event's knowledge base: all of them, or none and the problems. */
export function ArticleImportForm({ eventId }: { eventId: string }) {
  const [state, action, pending] = useActionState<ArticleImportState, FormData>(importArticlesAction, {});
  const format = useFormatter();
  return (
    <div className="space-y-4">
      <form action={action} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="eventId" value={eventId} />
        <div className="min-w-64 flex-1">
          <TextField
            id="articles-files"
            name="files"
            type="file"
            label="Markdown files (.md) or one CSV file"
            accept=".md,.markdown,.csv,text/markdown,text/csv"
            multiple
            required
          />
        </div>
        <Button type="submit" variant="primary" disabled={pending} className="py-2">
          {pending ? "Importing…" : "Import"}
        </Button>
      </form>
      <FormAlert message={state.error} />
      {state.problems && state.problems.length > 0 && (
        <table className="w-full text-sm">
          <caption className="mb-2 text-left text-sm font-medium text-rose-800">
            Fix these and import again (CSV rows count the header as row 1):
          </caption>
          <TableHead columns={["Where", "Problem"]} cellClassName="px-2 py-2" />
          <tbody className="divide-y divide-slate-100">
            {state.problems.map((problem) => (
              <tr key={`${problem.where}-${problem.message}`}>
                <td className="px-2 py-1.5 whitespace-nowrap">{problem.where}</td>
                <td className="px-2 py-1.5">{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state.report && (
        <p role="status" className="text-sm text-emerald-700">
          Imported {format.number(state.report.articles)} {state.report.articles === 1 ? "article" : "articles"}:{" "}
          {format.number(state.report.created)} new, {format.number(state.report.updated)} updated (same title).
        </p>
      )}
    </div>
  );
}
