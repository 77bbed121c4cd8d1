"use client";

import {
  Activity,
  Bot,
  CalendarDays,
  Handshake,
  Inbox,
  LayoutDashboard,
  LifeBuoy,
  Mail,
  Settings,
  UserRound,
  Workflow,
} from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/", label: "Overview", icon: LayoutDashboard },
  { href: "/events", label: "Events", icon: CalendarDays },
  { href: "/sponsors", label: "Sponsors", icon: Handshake },
  { href: "/support", label: "Support", icon: LifeBuoy },
  { href: "/agents", label: "Agents", icon: Bot },
  { href: "/inbox", label: "Inbox", icon: Inbox },
  { href: "/activity", label: "Activity", icon: Activity },
  { href: "/runs", label: "Runs", icon: Workflow },
  { href: "/outbox", label: "Outbox", icon: Mail },
  { href: "/settings", label: "Settings", icon: Settings },
  { href: "/account", label: "Your account", icon: UserRound },
] as const;

export function NavLinks({ pendingApprovals }: { pendingApprovals: number }) {
  const pathname = usePathname();
  return (
    <ul className="space-y-1">
      {LINKS.map(({ href, label, icon: Icon }) => {
        const active = href === "/" ? pathname === "/" : pathname.startsWith(href);
        return (
          <li key={href}>
            <Link
              href={href}
              aria-current={active ? "page" : undefined}
              className={`flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium ${
                active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100"
              }`}
            >
              <Icon aria-hidden className="h-4 w-4" />
              <span className="flex-1">{label}</span>
              {href === "/inbox" && pendingApprovals > 0 && (
                <span className="rounded-full bg-rose-600 px-2 text-xs font-semibold text-white">
                  {pendingApprovals}
                  <span className="sr-only"> waiting for a decision</span>
                </span>
              )}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
