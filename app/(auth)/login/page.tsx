import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Brand } from "@/components/shell/brand";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/auth/safe-next";
import { db } from "@/lib/db/client";
import { activeProviders } from "@/lib/env";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo-users";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  // Checked here too, so the form never carries a foreign address, and again by the action.
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  const auth = activeProviders().auth;
  const demoAvailable =
    auth.provider === "local" && (await db.user.count({ where: { email: DEMO_USERS.owner.email } })) > 0;
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8">
          <Brand size="lg" />
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-1 text-lg font-semibold">Sign in</h1>
          <p className="mb-5 text-sm text-slate-600">{auth.detail}</p>
          <LoginForm next={next === "/" ? undefined : next} />
        </div>
        {demoAvailable && (
          <aside aria-label="Demo sign-in" className="mt-4 rounded-xl border border-brand-100 bg-brand-50 p-4 text-sm">
            <p className="font-medium text-brand-700">Demo sign-in</p>
            <p className="mt-1 text-slate-700">
              Email <code className="font-mono">{DEMO_USERS.owner.email}</code>
              <br />
              Password <code className="font-mono">{DEMO_PASSWORD}</code>
            </p>
            <p className="mt-2 text-xs text-slate-600">
              Other roles, same password: {DEMO_USERS.admin.email} (admin), {DEMO_USERS.member.email} (member),{" "}
              {DEMO_USERS.viewer.email} (viewer).
            </p>
          </aside>
        )}
      </div>
    </main>
  );
}
