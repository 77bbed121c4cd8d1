import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TableHead } from "@/components/ui/table-head";
import { requirePageContext } from "@/lib/auth/context";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { activeProviders, type ProviderReport } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { activeJobEngine } from "@/lib/jobs/engine";

export const metadata: Metadata = { title: "Settings" };

const INTEGRATIONS = {
  database: "Database",
  auth: "Sign-in",
  llm: "Language model",
  email: "Email",
  jobs: "Durable jobs (Inngest)",
} as const;

export default async function SettingsPage() {
  const context = await requirePageContext("settings:view");
  const members = await db.membership.findMany({
    where: { organizationId: context.organization.id },
    include: { user: true },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
  });
  const providers = { ...activeProviders(), jobs: await activeJobEngine() };
  return (
    <>
      <PageHeader title="Settings" description={`${context.organization.name} · ${context.organization.slug}`} />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title={`Team (${members.length})`}>
          <table className="w-full text-sm">
            <TableHead columns={["Name", "Role", "Joined"]} />
            <tbody className="divide-y divide-slate-100">
              {members.map((member) => (
                <tr key={member.id}>
                  <td className="py-2">
                    <p className="font-medium">{member.user.name}</p>
                    <p className="text-xs text-slate-500">{member.user.email}</p>
                  </td>
                  <td className="py-2">{ROLE_LABELS[member.role]}</td>
                  <td className="py-2 text-slate-600">{formatDate(member.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card title="Integrations">
          <ul className="divide-y divide-slate-100 text-sm">
            {Object.entries(INTEGRATIONS).map(([key, label]) => {
              const report: ProviderReport & { reachable?: boolean } = providers[key as keyof typeof INTEGRATIONS];
              return (
                <li key={key} className="flex items-center justify-between gap-3 py-2">
                  <div>
                    <p className="font-medium">{label}</p>
                    <p className="text-xs text-slate-500">{report.detail}</p>
                  </div>
                  <Badge tone={report.reachable === false ? "warn" : "info"}>
                    {report.reachable === false ? `${report.provider}: not ready` : report.provider}
                  </Badge>
                </li>
              );
            })}
          </ul>
        </Card>
      </div>
    </>
  );
}
