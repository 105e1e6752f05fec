import type { Db } from "../client.ts";
import { Prisma } from "../generated/prisma/client.ts";

/** The Prisma client of "@sayso/db" (what `createDb(url)` returns). */
export type { Db };
/** A client or an interactive transaction. */
export type DbOrTx = Db | Prisma.TransactionClient;

export { Prisma };
export const sql = Prisma.sql;
export const join = Prisma.join;
export const empty = Prisma.empty;
export type Sql = Prisma.Sql;
