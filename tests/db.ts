import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";
import { createDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { createMember, createOrganization } from "@/prisma/seed/factories";

/** A client for the test database (set up by tests/integration-setup.ts), closed after the file. */
export function testDb() {
  const db = createDb();
  afterAll(() => db.$disconnect());
  return db;
}

/** A fresh organization with a unique slug, so test files sharing the database never collide. */
export function uniqueOrganization(db: ReturnType<typeof testDb>, name = "Test Org") {
  const suffix = randomUUID().slice(0, 8);
  return createOrganization(db, { name: `${name} ${suffix}`, slug: `test-${suffix}` });
}

/** One member in every role of `organization` ("Owner Person" at owner-<slug>@example.com, and so on). */
export async function memberInEveryRole(db: ReturnType<typeof testDb>, organization: { id: string; slug: string }) {
  const people = {} as Record<Role, { id: string; email: string }>;
  for (const role of ["owner", "admin", "member", "viewer"] as const) {
    people[role] = await createMember(db, {
      organizationId: organization.id,
      email: `${role}-${organization.slug}@example.com`,
      name: `${role[0]?.toUpperCase()}${role.slice(1)} Person`,
      role,
    });
  }
  return people;
}
