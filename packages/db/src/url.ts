import type { PoolConfig } from "pg";

export const DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/sayso";

/** The URL with its password replaced by `***`, safe for logs and error messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url.replace(/(\/\/[^:/@]*:)[^@]*@/, "$1***@");
  }
}

/** The database a postgres URL points at. */
export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error(`No database name in ${redactUrl(url)}`);
  return name;
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/**
 * pg pool settings as discrete fields. A `connectionString` would override any `database` given next
 * to it, which is how Prisma's pg adapter ends up running shadow-database work on the main database.
 */
export function poolConfigFromUrl(url: string): PoolConfig {
  const parsed = new URL(url);
  const params = parsed.searchParams;
  const socketHost = params.get("host");
  const sslmode = params.get("sslmode");
  const config: PoolConfig = {
    host: socketHost ?? (parsed.hostname.replace(/^\[|\]$/g, "") || "localhost"),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: databaseName(url),
  };
  if (sslmode && sslmode !== "disable")
    config.ssl = sslmode === "no-verify" ? { rejectUnauthorized: false } : true;
  // fail in seconds, not after the OS's TCP timeout, when the host does not answer
  const timeout = Number(params.get("connect_timeout") ?? 10);
  config.connectionTimeoutMillis = (Number.isFinite(timeout) && timeout > 0 ? timeout : 10) * 1000;
  const appName = params.get("application_name");
  if (appName) config.application_name = appName;
  return config;
}
