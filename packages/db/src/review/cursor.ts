import { ValidationError } from "./errors.ts";

/** A keyset position: the last row of the previous page, ordered by (createdAt, id). */
export interface CursorKey {
  createdAt: Date;
  id: string;
}

/** Opaque to callers: base64url of `<epoch ms>.<id>`. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(`${key.createdAt.getTime()}.${key.id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): CursorKey {
  const raw = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^(-?\d{1,15})\.([\w-]{1,64})$/.exec(raw);
  if (!match?.[1] || !match[2])
    throw new ValidationError("invalid cursor", [{ path: "cursor", message: "invalid" }]);
  return { createdAt: new Date(Number(match[1])), id: match[2] };
}

/** Splits a fetched `limit + 1` rows into the page and the cursor for the next one. */
export function paginate<T extends CursorKey>(
  rows: T[],
  limit: number,
): { items: T[]; nextCursor: string | null } {
  if (rows.length <= limit) return { items: rows, nextCursor: null };
  const items = rows.slice(0, limit);
  const last = items[items.length - 1] as T;
  return { items, nextCursor: encodeCursor(last) };
}
