import type { Prisma } from "./generated/client";

/** A plain JSON copy of a value (dates become strings, undefined fields drop), ready for a Json column. */
export function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue;
}
