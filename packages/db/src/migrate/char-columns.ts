import pg from "pg";

const PG_CHAR_OID = 18; // the one-byte internal "char" of pg_catalog (relkind, contype, attidentity, ...)
const PG_TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] } | undefined;

function charAsText<T extends QueryResultLike>(result: T): T {
  for (const field of result?.fields ?? [])
    if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  return result;
}

function patchClient(client: pg.ClientBase): void {
  const original = client.query as (...args: unknown[]) => unknown;
  const patched = function (this: unknown, ...args: unknown[]) {
    const callbackAt = args.findIndex((arg) => typeof arg === "function");
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (error: unknown, result: QueryResultLike) => void;
      args[callbackAt] = (error: unknown, result: QueryResultLike) =>
        callback(error, error ? result : charAsText(result));
      return original.apply(this, args);
    }
    const returned = original.apply(this, args);
    return returned instanceof Promise ? returned.then(charAsText) : returned;
  };
  client.query = patched as typeof client.query;
}

/**
 * A pool whose results report pg's internal `"char"` columns as text. @prisma/adapter-pg refuses
 * that type ("Column type 'char' could not be deserialized"), and the schema engine's Postgres
 * describer selects such catalog columns, so without this every diff that inspects a database fails.
 */
export function charTolerantPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on("connect", patchClient);
  return pool;
}
