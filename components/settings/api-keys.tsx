import { KeyRound } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { TableHead } from "@/components/ui/table-head";
import type { listApiKeys } from "@/lib/api/keys";
import type { Formatter } from "@/lib/format";
import { ApiKeyCreateForm } from "./api-key-create-form";
import { ApiKeyRevokeForm } from "./api-key-revoke-form";

type Keys = Awaited<ReturnType<typeof listApiKeys>>;

/** The organization's keys for the public API (docs/api.md): create one, see each, revoke one. */
export function ApiKeys({ keys, format }: { keys: Keys; format: Formatter }) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        Keys let a ticketing system or your own tools use the{" "}
        <a className="text-brand-700 underline" href="/api/v1/openapi">
          public API
        </a>
        . A key is shown once when it is created; only a hash of it is stored.
      </p>
      <ApiKeyCreateForm />
      {keys.length === 0 ? (
        <EmptyState icon={KeyRound} title="No API keys yet">
          Create one above, or with <code>npm run api-key -- create</code> on the server.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">API keys</caption>
            <TableHead columns={["Name", "Key", "Scopes", "Created", "Last used", "Actions"]} />
            <tbody className="divide-y divide-slate-100">
              {keys.map((key) => (
                <tr key={key.id}>
                  <td className="py-2 pr-3 font-medium">{key.name}</td>
                  <td className="py-2 pr-3 font-mono text-xs">{key.prefix}…</td>
                  <td className="py-2 pr-3 text-xs">{key.scopes.join(", ")}</td>
                  <td className="py-2 pr-3 text-slate-600">{format.date(key.createdAt)}</td>
                  <td className="py-2 pr-3 text-slate-600">
                    {key.lastUsedAt ? format.relative(key.lastUsedAt) : "Never"}
                  </td>
                  <td className="py-2 text-right">
                    {key.revokedAt ? (
                      <Badge tone="warn">Revoked {format.date(key.revokedAt)}</Badge>
                    ) : (
                      <ApiKeyRevokeForm apiKeyId={key.id} name={key.name} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
