import type { ClaimSource, ExportClaim } from "./types.ts";

/** The part of a Node.js Writable (or process.stdout) the writer needs. */
export interface WritableLike {
  write(chunk: string): boolean;
  once(event: "drain", listener: () => void): unknown;
}

/** Maps claims to output chunks one at a time; `undefined` results are skipped. */
export async function* mapClaims(
  claims: ClaimSource,
  toChunk: (claim: ExportClaim) => string | undefined,
): AsyncGenerator<string> {
  for await (const claim of claims) {
    const chunk = toChunk(claim);
    if (chunk !== undefined) yield chunk;
  }
}

/** Writes chunks to a stream, waiting for "drain" whenever the stream asks us to slow down. */
export async function writeChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
  out: WritableLike,
): Promise<void> {
  for await (const chunk of chunks) {
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", resolve));
  }
}
