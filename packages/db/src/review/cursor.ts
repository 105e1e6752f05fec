import { ValidationError } from "./errors.ts";

/**
 * A keyset position: the last row of the previous page. Pages are ordered by (createdAt, id), or —
 * when the queue is filtered by a date range — by (effectiveOn, createdAt, id), so `effectiveOn`
 * (YYYY-MM-DD) is then part of the key.
 */
export interface CursorKey {
  createdAt: Date;
  id: string;
  effectiveOn?: string | null;
}

/** Opaque to callers: base64url of `<epoch ms>.<id>`, prefixed `<YYYY-MM-DD>~` for date-ordered pages. */
export function encodeCursor(key: CursorKey): string {
  const prefix = key.effectiveOn ? `${key.effectiveOn}~` : "";
  return Buffer.from(`${prefix}${key.createdAt.getTime()}.${key.id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): CursorKey {
  const raw = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^(?:(\d{4}-\d{2}-\d{2})~)?(-?\d{1,15})\.([\w-]{1,64})$/.exec(raw);
  if (!match?.[2] || !match[3])
    throw new ValidationError("invalid cursor", [{ path: "cursor", message: "invalid" }]);
  return { createdAt: new Date(Number(match[2])), id: match[3], effectiveOn: match[1] ?? null };
}

/** Splits a fetched `limit + 1` rows into the page and the cursor for the next one. */
export function paginate<T extends { createdAt: Date; id: string }>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => CursorKey = (row) => row,
): { items: T[]; nextCursor: string | null } {
  if (rows.length <= limit) return { items: rows, nextCursor: null };
  const items = rows.slice(0, limit);
  const last = items[items.length - 1] as T;
  return { items, nextCursor: encodeCursor(keyOf(last)) };
}
