import type { Metadata } from "next";
import { NameForm } from "@/components/team/name-form";
import { PasswordForm } from "@/components/team/password-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageContext } from "@/lib/auth/context";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { activeProviders } from "@/lib/env";

export const metadata: Metadata = { title: "Your account" };

/** Every role may change their own name and (local accounts) password. */
export default async function AccountPage() {
  const context = await requirePageContext();
  const user = await db.user.findUniqueOrThrow({ where: { id: context.user.id }, select: { passwordHash: true } });
  const auth = activeProviders().auth;
  return (
    <>
      <PageHeader
        title="Your account"
        description={`${context.user.email} · ${ROLE_LABELS[context.role]} in ${context.organization.name}`}
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Your name">
          <NameForm name={context.user.name} />
        </Card>
        <Card title="Your password">
          {auth.provider === "local" && user.passwordHash ? (
            <PasswordForm />
          ) : (
            <p className="text-sm text-slate-600">
              You sign in through {auth.provider === "supabase" ? "Supabase Auth" : "another provider"}; change your
              password there.
            </p>
          )}
        </Card>
      </div>
    </>
  );
}
