/** Writes docs/openapi.json from the API's zod schemas (`npm run openapi`); a test keeps it current. */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { buildOpenApi } from "../lib/api/openapi";

export const OPENAPI_PATH = path.resolve(import.meta.dirname, "../docs/openapi.json");

await writeFile(OPENAPI_PATH, `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), OPENAPI_PATH)}`);
