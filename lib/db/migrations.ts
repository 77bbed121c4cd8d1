import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * Migrations through Prisma's own schema engine, compiled to wasm, so they work on machines that
 * cannot download the native engine. The folder and the `_prisma_migrations` rows are exactly what
 * `prisma migrate` writes, so the normal CLI works on the same folder where its engine is available.
 */
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const SCHEMA_PATH = path.resolve("prisma/schema.prisma");

let wasmReady: Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg")> | undefined;

function loadEngineModule() {
  wasmReady ??= (async () => {
    const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bindings;
  })();
  return wasmReady;
}

async function withEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

export async function readMigrationList(): Promise<MigrationList> {
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const entries = existsSync(MIGRATIONS_DIR) ? await readdir(MIGRATIONS_DIR, { withFileTypes: true }) : [];
  const directories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      directories.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: {
            tag: "ok" as const,
            value: await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8"),
          },
        },
      })),
    ),
  };
}

/** Applies every migration the database has not seen yet; returns the names applied. */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const migrationsList = await readMigrationList();
  return withEngine(adapterFactory, async (engine) => {
    const output = await engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } });
    return output.appliedMigrationNames;
  });
}

/**
 * Writes a new migration with the SQL that takes the existing migrations to schema.prisma.
 * The existing migrations are replayed into a throwaway in-memory database, which is then diffed
 * against the schema: no running database is touched and no shadow database is needed.
 * Returns the new directory name, or null when the schema has no changes.
 */
export async function createMigration(name: string, now = new Date()): Promise<string | null> {
  const migrationsList = await readMigrationList();
  const scratch = new PGlite();
  try {
    const script = await withEngine(new PrismaPGlite(scratch), async (engine) => {
      const filters = { externalTables: [], externalEnums: [] };
      await engine.applyMigrations({ migrationsList, filters });
      const files = [{ path: SCHEMA_PATH, content: await readFile(SCHEMA_PATH, "utf8") }];
      const result = await engine.diff({
        from: { tag: "schemaDatasource", files, configDir: path.dirname(SCHEMA_PATH) },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: null,
        filters,
      });
      return result.stdout;
    });
    if (!script || !/^\s*[A-Z]/m.test(script.replace(/^--.*$/gm, ""))) return null;
    const slug =
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_|_$/g, "") || "migration";
    const directoryName = `${now.toISOString().replace(/\D/g, "").slice(0, 14)}_${slug}`;
    const directory = path.join(MIGRATIONS_DIR, directoryName);
    await mkdir(directory, { recursive: true });
    await writeFile(path.join(directory, "migration.sql"), script);
    await ensureLockfile();
    return directoryName;
  } finally {
    await scratch.close();
  }
}

async function ensureLockfile() {
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (existsSync(lockPath)) return;
  await writeFile(
    lockPath,
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
}
