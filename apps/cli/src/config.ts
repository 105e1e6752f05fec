import { z } from "zod";
import { CliError } from "./errors.ts";

const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

const urlWithScheme = (schemes: string[], what: string) =>
  z.string().refine(
    (value) => {
      try {
        return schemes.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    `must be a ${what} URL (${schemes.map((s) => `${s}//…`).join(" or ")})`,
  );

export const configSchema = z.object({
  DATABASE_URL: z.preprocess(
    emptyAsUnset,
    urlWithScheme(["postgresql:", "postgres:"], "PostgreSQL").default(
      "postgresql://postgres@127.0.0.1:5432/sayso",
    ),
  ),
  REDIS_URL: z.preprocess(
    emptyAsUnset,
    urlWithScheme(["redis:", "rediss:"], "Redis").default("redis://127.0.0.1:6379"),
  ),
  /** The largest input file `sayso enqueue` accepts, in bytes. */
  SAYSO_MAX_BYTES: z.preprocess(
    emptyAsUnset,
    z.coerce
      .number()
      .int()
      .positive()
      .default(5 * 1024 * 1024),
  ),
  /** Redis key prefix of our queues; tests use their own. */
  SAYSO_QUEUE_PREFIX: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^[A-Za-z0-9._-]+$/)
      .default("sayso"),
  ),
});

export interface Config {
  databaseUrl: string;
  redisUrl: string;
  maxBytes: number;
  queuePrefix: string;
}

let cached: Config | undefined;

/** The environment, validated once per process; a bad value is a clear error, not a late crash. */
export function getConfig(env: NodeJS.ProcessEnv = process.env): Config {
  if (cached && env === process.env) return cached;
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) throw new CliError(`invalid environment:\n${z.prettifyError(parsed.error)}`);
  const config: Config = {
    databaseUrl: parsed.data.DATABASE_URL,
    redisUrl: parsed.data.REDIS_URL,
    maxBytes: parsed.data.SAYSO_MAX_BYTES,
    queuePrefix: parsed.data.SAYSO_QUEUE_PREFIX,
  };
  if (env === process.env) cached = config;
  return config;
}
