import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { DbUnavailableError, isConnectionError } from "../errors.ts";
import { migrationAdapter } from "./adapter.ts";
import { SCHEMA_PATH } from "./paths.ts";
import { engineClosed, openSchemaEngine, type SchemaEngine } from "./wasm-engine.ts";

export interface SchemaFile {
  path: string;
  content: string;
}

export async function readSchemaFile(path = SCHEMA_PATH): Promise<SchemaFile> {
  return { path: basename(path), content: await readFile(path, "utf8") };
}

/** Opens a schema engine on `url`, runs `work`, and always frees the engine. */
export async function withSchemaEngine<T>(
  url: string,
  work: (engine: SchemaEngine) => Promise<T>,
  schema?: SchemaFile,
  shadowPrefix?: string,
): Promise<T> {
  const adapter = migrationAdapter(url, shadowPrefix);
  let engine: SchemaEngine;
  try {
    engine = await openSchemaEngine(adapter.factory, schema, (line) => {
      if (process.env.SAYSO_DEBUG_SCHEMA_ENGINE) process.stderr.write(`[schema-engine] ${line}\n`);
    });
  } catch (error) {
    await adapter.close().catch(() => {});
    throw isConnectionError(error) ? new DbUnavailableError(url, error) : engineError(error);
  }
  try {
    return await work(engine);
  } catch (error) {
    throw isConnectionError(error) ? new DbUnavailableError(url, error) : engineError(error);
  } finally {
    engine.free();
    engineClosed();
    await adapter.close();
  }
}

/** The engine throws plain objects for user-facing errors ({ code, message }); make them Errors. */
function engineError(error: unknown): unknown {
  if (error instanceof Error) return error;
  if (error && typeof error === "object" && "message" in error) {
    const { code, message } = error as { code?: string; message: string };
    return new Error(code ? `${code}: ${message}` : message, { cause: error });
  }
  return new Error(String(error));
}
