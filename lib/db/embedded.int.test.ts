import { execFile, spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { promisify } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "./client";
import { embeddedPoolConfig } from "./connection";
import { ensureEmbeddedDatabase, isServing, readOwner, stopEmbeddedDatabase } from "./embedded";
import { applyMigrations } from "./migrations";

// Its own embedded database, apart from the one the other integration tests share.
const options = { dataDir: ".data/test-embedded", port: 5501 };
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  EMBEDDED_DB_DIR: options.dataDir,
  EMBEDDED_DB_PORT: String(options.port),
};
delete childEnv.DATABASE_URL;

function connect() {
  return createDb({ ...embeddedPoolConfig(options.port), max: 4, idleTimeoutMillis: 1_000 });
}

beforeAll(async () => {
  await stopEmbeddedDatabase(options);
  await rm(options.dataDir, { recursive: true, force: true });
  await ensureEmbeddedDatabase(options);
  await applyMigrations(new PrismaPg({ ...embeddedPoolConfig(options.port), idleTimeoutMillis: 1_000 }));
}, 120_000);

afterAll(async () => {
  await stopEmbeddedDatabase(options);
  await rm(options.dataDir, { recursive: true, force: true });
});

describe("the embedded database", () => {
  it("has exactly one owner: a second server leaves the directory alone", async () => {
    const owner = readOwner(options.dataDir);
    expect(owner).not.toBeNull();
    const second = spawn(process.execPath, ["--import", "tsx", "scripts/embedded-postgres.ts"], { env: childEnv });
    let output = "";
    second.stdout.on("data", (chunk) => {
      output += chunk;
    });
    const code = await new Promise((resolve) => second.on("exit", resolve));
    expect(code).toBe(0);
    expect(output).toContain("already owned by another process");
    expect(readOwner(options.dataDir)).toBe(owner);
    expect(await isServing(options.port)).toBe(true);
  });

  it("loses no write when a seed runs in another process while the app writes, across a restart", async () => {
    const db = connect();
    const seed = promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/db.ts", "seed"], {
      env: childEnv,
    });
    const slugs = Array.from({ length: 150 }, (_, i) => `concurrent-${i}`);
    for (const slug of slugs) {
      await db.organization.create({ data: { name: `Concurrent ${slug}`, slug } });
    }
    await seed;
    const ticketsBefore = await db.ticket.count();
    await db.$disconnect();
    expect(ticketsBefore).toBeGreaterThan(2000);

    // Restart: a new owner reads the directory from disk.
    await stopEmbeddedDatabase(options);
    expect(readOwner(options.dataDir)).toBeNull();
    await ensureEmbeddedDatabase(options);
    const reopened = connect();
    expect(await reopened.organization.count({ where: { slug: { in: slugs } } })).toBe(slugs.length);
    expect(await reopened.organization.count({ where: { slug: "northwind-events" } })).toBe(1);
    expect(await reopened.ticket.count()).toBe(ticketsBefore);
    await reopened.$disconnect();
  }, 120_000);
});
