import type { ClaimSource, ExportClaim } from "./types.ts";

/** A Node.js Writable, process.stdout, a file stream. */
export type WritableLike = NodeJS.WritableStream;

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

/** The error of a stream that already failed or closed (Node streams expose `errored`, `destroyed`). */
function failureOf(out: WritableLike): Error | undefined {
  const state = out as { errored?: Error | null; destroyed?: boolean };
  if (state.errored) return state.errored;
  if (state.destroyed) return new Error("the output closed before the export finished");
  return undefined;
}

/** Resolves on "drain"; rejects if the stream fails or closes first (e.g. EPIPE on a closed pipe). */
function drained(out: WritableLike): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const failure = failureOf(out);
    if (failure) {
      reject(failure);
      return;
    }
    const cleanup = () => {
      out.off("drain", onDrain);
      out.off("error", onError);
      out.off("close", onClose);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      reject(new Error("the output closed before the export finished"));
    };
    out.once("drain", onDrain);
    out.once("error", onError);
    out.once("close", onClose);
  });
}

/** Writes chunks to a stream, waiting for "drain" whenever the stream asks us to slow down. */
export async function writeChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
  out: WritableLike,
): Promise<void> {
  for await (const chunk of chunks) {
    const failure = failureOf(out);
    if (failure) throw failure;
    if (!out.write(chunk)) await drained(out);
  }
}
