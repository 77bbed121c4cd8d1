import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI downloads a native schema engine before every command, even `generate`, which never
// uses it. Offline there is nothing to download, so point it at a stand-in that explains itself.
// Migrations run through Prisma's wasm engine instead (scripts/db.ts). Where the real engine is present
// (downloaded by the CLI on a connected machine), this does nothing and every CLI command works.
const engineDir = path.join("node_modules", "@prisma", "engines");
const hasNativeEngine =
  existsSync(engineDir) && readdirSync(engineDir).some((file) => file.startsWith("schema-engine"));
if (!hasNativeEngine && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.resolve("scripts/schema-engine-unavailable.sh");
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
