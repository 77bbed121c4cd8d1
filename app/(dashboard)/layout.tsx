import { randomUUID } from "node:crypto";
import { LogOut } from "lucide-react";
import type { ReactNode } from "react";
import { signOutAction } from "@/app/(auth)/login/actions";
import { CopilotShell } from "@/components/copilot/copilot-shell";
import { EventSwitcher } from "@/components/shell/event-switcher";
import { FormatProvider } from "@/components/shell/format-provider";
import { NavLinks } from "@/components/shell/nav-links";
import { OrgSwitcher } from "@/components/shell/org-switcher";
import { ResponsiveSidebar } from "@/components/shell/responsive-sidebar";
import { TimeZoneCookie } from "@/components/shell/time-zone-cookie";
import { expireOverdueApprovals } from "@/lib/agents/core/approvals";
import { requirePageContext } from "@/lib/auth/context";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { recentThreads } from "@/lib/copilot/thread-store";
import { db } from "@/lib/db/client";
import { getFormatSettings } from "@/lib/format-context";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const context = await requirePageContext();
  await expireOverdueApprovals(db, { organizationId: context.organization.id });
  const owner = { organizationId: context.organization.id, userId: context.user.id };
  const [events, pendingApprovals, [latestThread], formatSettings] = await Promise.all([
    db.event.findMany({
      where: { organizationId: context.organization.id },
      select: { id: true, name: true },
      orderBy: { startsAt: "asc" },
    }),
    db.approval.count({ where: { organizationId: context.organization.id, status: "pending" } }),
    recentThreads(db, owner, 1),
    getFormatSettings(),
  ]);
  return (
    <FormatProvider settings={formatSettings}>
      <div className="flex min-h-screen flex-col md:flex-row">
        <TimeZoneCookie />
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <ResponsiveSidebar>
          <div className="mb-6 space-y-3 px-1">
            <OrgSwitcher current={context.organization.id} organizations={context.organizations} />
            <EventSwitcher events={events} />
          </div>
          <nav aria-label="Main" className="flex-1">
            <NavLinks pendingApprovals={pendingApprovals} />
          </nav>
          <div className="mt-6 border-t border-slate-200 pt-4 px-2 text-sm">
            <p className="font-medium" data-testid="current-user">
              {context.user.name}
            </p>
            <p className="text-xs text-slate-500">
              {ROLE_LABELS[context.role]} · {context.user.email}
            </p>
            <form action={signOutAction} className="mt-3">
              <button
                type="submit"
                className="flex items-center gap-2 rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100"
              >
                <LogOut aria-hidden className="h-4 w-4" /> Sign out
              </button>
            </form>
          </div>
        </ResponsiveSidebar>
        <main id="main" className="min-w-0 flex-1 overflow-x-hidden px-4 py-6 md:px-8 md:py-8">
          {/* Keyed by organization: switching it starts from that organization's own latest conversation. */}
          <CopilotShell key={context.organization.id} threadId={latestThread?.id ?? randomUUID()}>
            {children}
          </CopilotShell>
        </main>
      </div>
    </FormatProvider>
  );
}
