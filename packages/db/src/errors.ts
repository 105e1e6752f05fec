import { redactUrl } from "./url.ts";

/** Postgres could not be reached (or refused us) at the given URL. */
export class DbUnavailableError extends Error {
  override readonly name = "DbUnavailableError";
  readonly url: string;
  constructor(url: string, cause?: unknown) {
    const reason = cause instanceof Error ? cause.message : cause ? String(cause) : "no answer";
    super(`cannot reach PostgreSQL at ${redactUrl(url)}: ${reason}`, { cause });
    this.url = redactUrl(url);
  }
}

/** A span does not match the article text: `part` names which one (e.g. "claims[2].content"). */
export class SpanMismatchError extends Error {
  override readonly name = "SpanMismatchError";
  constructor(
    readonly part: string,
    detail: string,
  ) {
    super(`span mismatch at ${part}: ${detail}`);
  }
}

/** Connection-level failures, as opposed to SQL errors. */
export function isConnectionError(error: unknown): boolean {
  const codes = new Set([
    "ECONNREFUSED",
    "ENOTFOUND",
    "ETIMEDOUT",
    "EHOSTUNREACH",
    "ECONNRESET",
    "EAI_AGAIN",
  ]);
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (
      typeof code === "string" &&
      (codes.has(code) || code === "28P01" || code === "28000" || code === "3D000")
    )
      return true;
    if (e instanceof AggregateError && e.errors.some(isConnectionError)) return true;
    if (e instanceof Error && /Connection terminated|timeout expired|connect ECONNREFUSED/i.test(e.message))
      return true;
  }
  return false;
}
