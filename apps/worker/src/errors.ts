import { DbUnavailableError } from "@sayso/db";

// Prisma: server unreachable / timed out / closed, pool timeout, write conflict or deadlock.
const TRANSIENT_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2034"]);
// Postgres: serialization failure, deadlock, shutdown, too many connections, cannot connect now.
const TRANSIENT_PG_CODES = new Set([
  "40001",
  "40P01",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "08000",
  "08001",
  "08006",
]);
const TRANSIENT_NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EPIPE",
  "EAI_AGAIN",
]);

/**
 * Whether trying the same job again later can succeed. Extraction is deterministic, so only
 * failures of the services around it (database down, lock conflicts) are worth a retry.
 */
export function isTransient(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 8; depth++) {
    if (e instanceof DbUnavailableError) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") {
      if (TRANSIENT_PRISMA_CODES.has(code) || TRANSIENT_PG_CODES.has(code) || TRANSIENT_NODE_CODES.has(code))
        return true;
    }
    if (e instanceof AggregateError && e.errors.some(isTransient)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
