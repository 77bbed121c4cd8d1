import { ORG_COOKIE, SESSION_COOKIE } from "@/lib/auth/cookies";
import { createSession } from "@/lib/auth/local-session";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { createMember } from "@/prisma/seed/factories";
import { uniqueOrganization } from "./db";

/**
 * A new organization with one member of `role`, signed in: the session and organization cookies are put in
 * `cookies`, the map a test's `next/headers` mock reads, so server actions see that person's request.
 */
export async function signedIn(db: Db, cookies: Map<string, string>, role: Role) {
  const org = await uniqueOrganization(db);
  const user = await createMember(db, {
    organizationId: org.id,
    email: `${role}-${org.slug}@example.com`,
    name: "Ada",
    role,
  });
  const { token } = await createSession(db, { userId: user.id });
  cookies.clear();
  cookies.set(SESSION_COOKIE, token);
  cookies.set(ORG_COOKIE, org.id);
  return { org, user };
}
