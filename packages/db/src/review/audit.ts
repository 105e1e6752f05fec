import { recordAudit } from "../audit.ts";
import type { Prisma } from "./db.ts";
import type { Actor } from "./inputs.ts";

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type Snapshot = Record<string, JsonValue>;

const toJson = (value: unknown): JsonValue => {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value as JsonValue;
};

/** The fields of `keys` whose values differ between the two records, as before/after snapshots. */
export function changedFields<T extends object>(
  before: T,
  after: T,
  keys: (keyof T & string)[],
): { before: Snapshot; after: Snapshot } | null {
  const b: Snapshot = {};
  const a: Snapshot = {};
  for (const key of keys) {
    const was = toJson(before[key]);
    const is = toJson(after[key]);
    if (JSON.stringify(was) === JSON.stringify(is)) continue;
    b[key] = was;
    a[key] = is;
  }
  return Object.keys(a).length ? { before: b, after: a } : null;
}

/** One audit event, written inside the caller's transaction. */
export async function audit(
  tx: Prisma.TransactionClient,
  actor: Actor,
  event: {
    action: string;
    entity: string;
    entityId: string;
    before?: Snapshot | null;
    after?: Snapshot | null;
  },
): Promise<void> {
  await recordAudit(tx, {
    actor: { id: actor.id, name: actor.name },
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    before: event.before ?? null,
    after: event.after ?? null,
  });
}
