import { MailPlus } from "lucide-react";
import type { Metadata } from "next";
import { ApiKeys } from "@/components/settings/api-keys";
import { LocaleForm } from "@/components/settings/locale-form";
import { InviteForm } from "@/components/team/invite-form";
import { MemberRoleForm } from "@/components/team/member-role-form";
import { RemoveMemberForm } from "@/components/team/remove-member-form";
import { RevokeInvitationForm } from "@/components/team/revoke-invitation-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableHead } from "@/components/ui/table-head";
import { listApiKeys } from "@/lib/api/keys";
import { requirePageContext } from "@/lib/auth/context";
import { can, ROLE_LABELS } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { activeProviders, type ProviderReport } from "@/lib/env";
import { getFormatter } from "@/lib/format-context";
import { activeJobEngine } from "@/lib/jobs/engine";
import { listPendingInvitations } from "@/lib/team/invitations";
import { assignableRoles } from "@/lib/team/rules";

export const metadata: Metadata = { title: "Settings" };

const INTEGRATIONS = {
  database: "Database",
  auth: "Sign-in",
  llm: "Language model",
  email: "Email",
  search: "Knowledge search (Support)",
  jobs: "Durable jobs (Inngest)",
} as const;

export default async function SettingsPage() {
  const context = await requirePageContext("settings:view");
  const managesKeys = can(context.role, "api-keys:manage");
  const [members, invitations, format, apiKeys] = await Promise.all([
    db.membership.findMany({
      where: { organizationId: context.organization.id },
      include: { user: true },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    }),
    listPendingInvitations(db, context.organization.id),
    getFormatter(),
    managesKeys ? listApiKeys(db, context.organization.id) : [],
  ]);
  const providers = { ...activeProviders(), jobs: await activeJobEngine() };
  const manages = can(context.role, "team:manage");
  const roles = assignableRoles(context.role);
  return (
    <>
      <PageHeader title="Settings" description={`${context.organization.name} · ${context.organization.slug}`} />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title={`Team (${members.length})`} className="xl:col-span-2">
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <TableHead columns={manages ? ["Name", "Role", "Joined", "Actions"] : ["Name", "Role", "Joined"]} />
              <tbody className="divide-y divide-slate-100">
                {members.map((member) => {
                  // Admins see owners but cannot change or remove them (lib/team/rules.ts).
                  const editable = manages && roles.includes(member.role);
                  const you = member.userId === context.user.id;
                  return (
                    <tr key={member.id}>
                      <td className="py-2 pr-3">
                        <p className="font-medium">
                          {member.user.name}
                          {you && <span className="font-normal text-slate-500"> (you)</span>}
                        </p>
                        <p className="text-xs text-slate-500">{member.user.email}</p>
                      </td>
                      <td className="py-2 pr-3">
                        {editable ? (
                          <MemberRoleForm
                            membershipId={member.id}
                            name={member.user.name}
                            role={member.role}
                            roles={roles}
                          />
                        ) : (
                          ROLE_LABELS[member.role]
                        )}
                      </td>
                      <td className="py-2 pr-3 text-slate-600">{format.date(member.createdAt)}</td>
                      {manages && (
                        <td className="py-2 text-right">
                          {editable && <RemoveMemberForm membershipId={member.id} name={member.user.name} />}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </Card>
        {manages && (
          <Card title="Invite someone">
            <p className="mb-3 text-sm text-slate-600">
              They get an email with a link to join {context.organization.name}. The link works once, for 7 days.
            </p>
            <InviteForm roles={roles} />
          </Card>
        )}
        {manages && (
          <Card title={`Pending invitations (${invitations.length})`}>
            {invitations.length === 0 ? (
              <EmptyState icon={MailPlus} title="No pending invitations">
                Invitations you send appear here until they are accepted, withdrawn or expire.
              </EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {invitations.map((invitation) => (
                  <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                    <div>
                      <p className="font-medium">{invitation.email}</p>
                      <p className="text-xs text-slate-500">
                        {ROLE_LABELS[invitation.role]} · invited by {invitation.invitedBy?.name ?? "a former member"} ·
                        expires {format.dateTime(invitation.expiresAt)}
                      </p>
                    </div>
                    {roles.includes(invitation.role) && (
                      <RevokeInvitationForm invitationId={invitation.id} email={invitation.email} />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        )}
        {managesKeys && (
          <Card title={`API keys (${apiKeys.filter((key) => !key.revokedAt).length} active)`} className="xl:col-span-2">
            <ApiKeys keys={apiKeys} format={format} />
          </Card>
        )}
        <Card title="Numbers and dates">
          {/* Settings is for owners and admins, who may also change the locale (organization:configure). */}
          <LocaleForm locale={context.organization.locale} />
          <p className="mt-3 text-xs text-slate-500">
            Times of an event are shown in the event&apos;s time zone; other times in yours ({format.timeZone}, from
            this browser).
          </p>
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
