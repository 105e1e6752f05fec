// Loads @prisma/schema-engine-wasm the way Prisma's CLI does (wasm-bindgen "bundler" target: the
// .wasm is instantiated by hand and handed to the JS glue), once per process.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

export type { SchemaEngine };

// The repo's TS lib has no WebAssembly types (no DOM lib); the little used here:
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (
    module: object,
    imports: Record<string, Record<string, unknown>>,
  ) => { exports: Record<string, unknown> };
};

interface WasmGlue {
  __wbg_set_wasm(exports: Record<string, unknown>): void;
  SchemaEngine: typeof SchemaEngine;
  version(): string;
}

let glue: Promise<WasmGlue> | undefined;

// The engine arms 10 s timers (timeouts raced against queries) and leaves them running after it
// answers, which kept `sayso db migrate` alive for 10 s. We track them and clear the leftovers once
// no engine is open.
const engineTimers = new Set<ReturnType<typeof setTimeout>>();
let openEngines = 0;

function trackTimers(runtime: WasmGlue): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...runtime };
  for (const [name, value] of Object.entries(runtime)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof value !== "function") continue;
    imports[name] = (...args: unknown[]) => {
      const timer = (value as (...a: unknown[]) => ReturnType<typeof setTimeout>)(...args);
      engineTimers.add(timer);
      return timer;
    };
  }
  return imports;
}

/** Call when an engine is freed. */
export function engineClosed(): void {
  openEngines = Math.max(0, openEngines - 1);
  if (openEngines > 0) return;
  for (const timer of engineTimers) clearTimeout(timer);
  engineTimers.clear();
}

async function loadGlue(): Promise<WasmGlue> {
  const runtime = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as WasmGlue;
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const module = new WebAssembly.Module(await readFile(wasmPath));
  const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": trackTimers(runtime) });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return runtime;
}

export type EngineLog = (line: string) => void;

const quiet: EngineLog = () => {};

/**
 * A schema engine talking to Postgres through the given adapter factory. `schema` is the Prisma
 * schema the engine starts with (needed by commands that take no schema of their own).
 */
export async function openSchemaEngine(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  schema?: { path: string; content: string },
  log: EngineLog = quiet,
): Promise<SchemaEngine> {
  glue ??= loadGlue();
  const { SchemaEngine: Engine } = await glue;
  const datamodels: [string, string][] | undefined = schema ? [[schema.path, schema.content]] : undefined;
  const engine = await Engine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(adapter));
  openEngines += 1;
  return engine;
}

export async function schemaEngineVersion(): Promise<string> {
  glue ??= loadGlue();
  return (await glue).version();
}
