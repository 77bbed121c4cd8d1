import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { poolConfig } from "./connection";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;
/** A client or an interactive transaction: database helpers take either as their first argument. */
export type DbOrTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createDb(config: PoolConfig = poolConfig()): Db {
  return new PrismaClient({ adapter: new PrismaPg(config) });
}

const globalForDb = globalThis as unknown as { eventosDb?: Db };

/** The process-wide client (kept across hot reloads in development). */
export const db: Db = globalForDb.eventosDb ?? createDb();
globalForDb.eventosDb = db;
