import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { databaseName, poolConfigFromUrl, withDatabase } from "../url.ts";
import { charTolerantPool } from "./char-columns.ts";
import { createDatabase, dropDatabase } from "./database-admin.ts";

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * @prisma/adapter-pg's `executeScript` splits the script on every `;`, which breaks any migration
 * with a function body or a `;` inside a string (seen with 7.10.1). Postgres' simple-query protocol
 * runs a multi-statement script as one implicit transaction — what the native engine does too.
 */
async function executeWholeScript(adapter: PgAdapter, script: string): Promise<void> {
  try {
    await adapter.underlyingDriver().query(script);
  } catch (error) {
    // the adapter's own mapping turns pg errors into the DriverAdapterError the engine understands
    (Reflect.get(adapter, "onError") as (e: unknown) => never).call(adapter, error);
  }
}

export interface MigrationAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Ends every pool this adapter opened (the engine does not dispose its main connection). */
  close(): Promise<void>;
}

/**
 * The pg adapter for the schema engine, with a shadow database we create and drop ourselves:
 * @prisma/adapter-pg's own `connectToShadowDb` spreads the pool config over a connection string,
 * so the string's database wins and "shadow" work runs on the main database. Shadow databases are
 * named after the main one (`<db>_shadow_<random>`, or `shadowPrefix`) so clean-up patterns find them.
 */
export function migrationAdapter(url: string, shadowPrefix = databaseName(url)): MigrationAdapter {
  const open = new Set<PgAdapter>();
  const mainPool = charTolerantPool(poolConfigFromUrl(url));
  const main = new PrismaPg(mainPool);
  const track = (adapter: PgAdapter, onDispose: () => Promise<void> = async () => {}) => {
    open.add(adapter);
    let disposed = false;
    const dispose = async () => {
      if (disposed) return;
      disposed = true;
      open.delete(adapter);
      await adapter.dispose();
      await onDispose();
    };
    const executeScript = (script: string) => executeWholeScript(adapter, script);
    return new Proxy(adapter, {
      get: (target, prop, receiver) =>
        prop === "dispose"
          ? dispose
          : prop === "executeScript"
            ? executeScript
            : Reflect.get(target, prop, receiver),
    });
  };
  const disposers = new Map<PgAdapter, () => Promise<void>>();

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: main.provider,
    adapterName: main.adapterName,
    async connect() {
      const adapter = await main.connect();
      const tracked = track(adapter);
      disposers.set(adapter, () => tracked.dispose());
      return tracked;
    },
    async connectToShadowDb() {
      const shadowName = `${shadowPrefix.slice(0, 40)}_shadow_${randomBytes(4).toString("hex")}`;
      await createDatabase(url, shadowName);
      const pool = charTolerantPool(poolConfigFromUrl(withDatabase(url, shadowName)));
      const adapter = await new PrismaPg(pool).connect();
      const tracked = track(adapter, async () => {
        await pool.end();
        await dropDatabase(url, shadowName);
      });
      disposers.set(adapter, () => tracked.dispose());
      return tracked;
    },
  };

  return {
    factory,
    async close() {
      for (const adapter of [...open]) await disposers.get(adapter)?.();
      await mainPool.end();
    },
  };
}
