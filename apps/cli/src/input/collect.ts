import { open, readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { decodeUtf8Text, TextDecodeError } from "./bytes.ts";
import { parseInput, sniffFormat } from "./parse.ts";
import type { InputDefaults, InputFormat, ReadResult } from "./types.ts";

export interface CollectOptions {
  defaults: InputDefaults;
  /** Forces the format of every input (stdin included) instead of going by file extension. */
  format?: InputFormat | undefined;
  maxBytes: number;
  stdin?: NodeJS.ReadableStream;
}

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  ".txt": "txt",
  ".text": "txt",
  ".html": "html",
  ".htm": "html",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

/** Reads files, directories (recursively, known extensions only) and `-` (stdin) into articles. */
export async function collectInputs(paths: readonly string[], options: CollectOptions): Promise<ReadResult> {
  const result: ReadResult = { articles: [], problems: [] };
  for (const path of paths) {
    const part = path === "-" ? await readStdin(options) : await readPath(path, options, true);
    result.articles.push(...part.articles);
    result.problems.push(...part.problems);
  }
  return result;
}

async function readPath(path: string, options: CollectOptions, explicit: boolean): Promise<ReadResult> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(path, code === "ENOENT" ? "no such file or directory" : `cannot read (${code ?? error})`);
  }
  if (info.isDirectory()) return readDirectory(path, options);
  if (!info.isFile()) return fail(path, "is not a regular file");

  const format = options.format ?? FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
  if (!format) {
    if (!explicit) return { articles: [], problems: [] };
    return fail(path, "unknown file type: use .txt, .html, .htm, .json or .jsonl, or pass --format");
  }
  if (info.size > options.maxBytes) return fail(path, tooLarge(info.size, options.maxBytes));
  const bytes = await readUpTo(path, options.maxBytes + 1);
  // The file may have grown between stat and read.
  if (bytes.length > options.maxBytes) return fail(path, tooLarge(bytes.length, options.maxBytes));
  return decodeAndParse(bytes, format, path, options);
}

async function readDirectory(dir: string, options: CollectOptions): Promise<ReadResult> {
  const result: ReadResult = { articles: [], problems: [] };
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => !entry.name.startsWith(".") && entry.name !== "node_modules")
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const part = await readPath(join(dir, entry.name), options, false);
    result.articles.push(...part.articles);
    result.problems.push(...part.problems);
  }
  return result;
}

async function readStdin(options: CollectOptions): Promise<ReadResult> {
  const stream = options.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > options.maxBytes) return fail("stdin", tooLarge(size, options.maxBytes, "at least "));
    chunks.push(buffer);
  }
  const bytes = Buffer.concat(chunks);
  if (options.format) return decodeAndParse(bytes, options.format, "stdin", options);
  try {
    const text = decodeUtf8Text(bytes);
    return parseInput(text, sniffFormat(text), "stdin", options.defaults);
  } catch (error) {
    if (error instanceof TextDecodeError) return fail("stdin", error.message);
    throw error;
  }
}

function decodeAndParse(
  bytes: Uint8Array,
  format: InputFormat,
  source: string,
  options: CollectOptions,
): ReadResult {
  try {
    return parseInput(decodeUtf8Text(bytes), format, source, options.defaults);
  } catch (error) {
    if (error instanceof TextDecodeError) return fail(source, error.message);
    throw error;
  }
}

async function readUpTo(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(limit);
    let filled = 0;
    while (filled < limit) {
      const { bytesRead } = await handle.read(buffer, filled, limit - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

function tooLarge(size: number, limit: number, qualifier = ""): string {
  return `is ${qualifier}${formatBytes(size)}, over the ${formatBytes(limit)} limit (SAYSO_MAX_BYTES)`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function fail(source: string, message: string): ReadResult {
  return { articles: [], problems: [{ source, message }] };
}
