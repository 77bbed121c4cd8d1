/**
 * The operator's API-key command (docs/api.md):
 *   npm run api-key -- create <organization-slug> <name> [--scopes import,support,orders:read]
 *   npm run api-key -- list <organization-slug>
 *   npm run api-key -- revoke <organization-slug> <prefix>
 * A created key is printed once; only its SHA-256 is stored. Creating and revoking are audited as the
 * operator (the machine's user name).
 */
import { userInfo } from "node:os";
import { API_SCOPES, createApiKey, listApiKeys, revokeApiKey } from "../lib/api/keys";
import { createDb, type Db } from "../lib/db/client";
import { poolConfig } from "../lib/db/connection";
import { prepareDatabase } from "../lib/db/setup";
import { AppError } from "../lib/errors";

const USAGE = `Usage:
  npm run api-key -- create <organization-slug> <name> [--scopes ${API_SCOPES.join(",")}]
  npm run api-key -- list <organization-slug>
  npm run api-key -- revoke <organization-slug> <prefix>`;

/** The command line as words: the command, its positional arguments and --scopes. */
export function parseArgs(argv: string[]) {
  const positional: string[] = [];
  let scopes: string[] = [...API_SCOPES];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--scopes" || arg.startsWith("--scopes=")) {
      const value = arg.includes("=") ? arg.slice("--scopes=".length) : (argv[++i] ?? "");
      scopes = value
        .split(",")
        .map((scope) => scope.trim())
        .filter(Boolean);
    } else positional.push(arg);
  }
  const [command, slug, ...rest] = positional;
  return { command, slug, rest, scopes };
}

async function organization(db: Db, slug: string | undefined) {
  if (!slug) throw new AppError("bad_request", USAGE);
  const org = await db.organization.findUnique({ where: { slug } });
  if (!org) throw new AppError("not_found", `No organization with the slug "${slug}".`);
  return org;
}

export async function run(db: Db, argv: string[], print: (line: string) => void) {
  const { command, slug, rest, scopes } = parseArgs(argv);
  const actor = { type: "operator" as const, name: userInfo().username };
  if (command === "create") {
    const org = await organization(db, slug);
    const name = rest.join(" ");
    const created = await createApiKey(db, { organizationId: org.id, name, scopes, actor });
    print(`Created "${created.name}" for ${org.slug} with scopes ${created.scopes.join(", ")}.`);
    print("This is the only time the key is shown. Store it in your secret manager now:");
    print(created.key);
    return;
  }
  if (command === "list") {
    const org = await organization(db, slug);
    const keys = await listApiKeys(db, org.id);
    if (keys.length === 0) print(`${org.slug} has no API keys.`);
    for (const key of keys) {
      const used = key.lastUsedAt ? `last used ${key.lastUsedAt.toISOString()}` : "never used";
      const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : used;
      print(
        `${key.prefix}…  ${key.name}  [${key.scopes.join(", ")}]  created ${key.createdAt.toISOString()}  ${state}`,
      );
    }
    return;
  }
  if (command === "revoke") {
    const org = await organization(db, slug);
    const prefix = rest[0]?.replace(/…$/, "");
    if (!prefix) throw new AppError("bad_request", USAGE);
    const revoked = await revokeApiKey(db, { organizationId: org.id, prefix, actor });
    print(
      revoked.alreadyRevoked
        ? `${revoked.prefix} was already revoked.`
        : `Revoked "${revoked.name}" (${revoked.prefix}).`,
    );
    return;
  }
  throw new AppError("bad_request", USAGE);
}

async function main() {
  await prepareDatabase();
  const db = createDb({ ...poolConfig(), idleTimeoutMillis: 1_000 });
  try {
    await run(db, process.argv.slice(2), (line) => console.log(line));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(error.userMessage);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
