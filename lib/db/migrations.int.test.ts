import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/db";
import { createMigration, readMigrationList } from "./migrations";

const db = testDb();

describe("migrations", () => {
  it("match schema.prisma: generating a migration finds nothing to add", async () => {
    expect(await createMigration("drift_check")).toBeNull();
  });

  it("are recorded exactly as the Prisma CLI records them (name + sha256 checksum)", async () => {
    const list = await readMigrationList();
    const rows = await db.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
      SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(list.migrationDirectories.map((dir) => dir.path));
    for (const [index, dir] of list.migrationDirectories.entries()) {
      const content = dir.migrationFile.content;
      if (content.tag !== "ok") throw new Error(`unreadable ${dir.path}`);
      expect(rows[index]?.checksum).toBe(createHash("sha256").update(content.value).digest("hex"));
      expect(rows[index]?.finished_at).not.toBeNull();
    }
  });

  it("include the hand-written partial index and the one-default-per-agent rule", async () => {
    const indexes = await db.$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE indexname IN ('agent_activities_review_idx', 'agent_settings_scope_key')
      ORDER BY indexname`;
    expect(indexes[0]?.indexdef).toMatch(/WHERE \(required_human_review = true\)/);
    expect(indexes[1]?.indexdef).toMatch(/NULLS NOT DISTINCT/);
  });
});
