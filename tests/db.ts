import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";
import { createDb } from "@/lib/db/client";
import { createOrganization } from "@/prisma/seed/factories";

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
