import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { signOutAction } from "@/app/(auth)/login/actions";
import { Brand } from "@/components/shell/brand";
import { AcceptAsNewUserForm, AcceptAsSignedInForm } from "@/components/team/accept-invitation-form";
import { Button } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { supabaseAuthEnabled } from "@/lib/auth/supabase";
import { db } from "@/lib/db/client";
import { findInvitation, invitationState, unusableMessage } from "@/lib/team/invitations";
import { ROLE_DESCRIPTIONS } from "@/lib/team/role-descriptions";

export const metadata: Metadata = { title: "Invitation", robots: { index: false, follow: false } };

function Frame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8">
          <Brand size="lg" />
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-2 text-lg font-semibold">{title}</h1>
          {children}
        </div>
      </div>
    </main>
  );
}

const linkClass =
  "mt-4 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700";

/**
 * The link in an invitation email. Public (no session needed): the token is the permission. Opening
 * it changes nothing; joining takes a form submission, so link scanners cannot spend the invitation.
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitation(db, token);
  if (!invitation) notFound();
  const organization = invitation.organization.name;
  const next = `/login?next=${encodeURIComponent(`/invite/${token}`)}`;
  if (invitationState(invitation) !== "pending") {
    return (
      <Frame title={`Invitation to ${organization}`}>
        <p className="text-sm text-slate-700">{unusableMessage(invitation).message}</p>
        <Link href="/login" className={linkClass}>
          Go to sign in
        </Link>
      </Frame>
    );
  }
  const inviter = invitation.invitedBy?.name ?? "Someone";
  const intro = (
    <p className="mb-5 text-sm text-slate-600">
      {inviter} invited <strong className="font-medium text-slate-800">{invitation.email}</strong> to join{" "}
      {organization} as {ROLE_LABELS[invitation.role]} ({ROLE_DESCRIPTIONS[invitation.role]}).
    </p>
  );
  const title = `Join ${organization}`;
  const user = await getCurrentUser();
  if (user && user.email === invitation.email) {
    return (
      <Frame title={title}>
        {intro}
        <AcceptAsSignedInForm token={token} organization={organization} />
      </Frame>
    );
  }
  if (user) {
    return (
      <Frame title={title}>
        {intro}
        <p className="text-sm text-slate-700">
          You are signed in as {user.email}. Sign out, then open this link again and sign in as {invitation.email}.
        </p>
        <form action={signOutAction} className="mt-4">
          <Button type="submit" variant="primary">
            Sign out
          </Button>
        </form>
      </Frame>
    );
  }
  if (supabaseAuthEnabled()) {
    return (
      <Frame title={title}>
        {intro}
        <p className="text-sm text-slate-700">
          Sign in with {invitation.email} (a confirmed email address) to join: signing in accepts the invitation.
        </p>
        <Link href="/login" className={linkClass}>
          Sign in
        </Link>
      </Frame>
    );
  }
  if (await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
    return (
      <Frame title={title}>
        {intro}
        <p className="text-sm text-slate-700">You already have an EventOS account. Sign in to accept the invitation.</p>
        <Link href={next} className={linkClass}>
          Sign in to accept
        </Link>
      </Frame>
    );
  }
  return (
    <Frame title={title}>
      {intro}
      <AcceptAsNewUserForm token={token} email={invitation.email} />
    </Frame>
  );
}
