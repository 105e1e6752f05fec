import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getAuth } from "./auth";

export type Role = "admin" | "reviewer";
/** Who did something; the data layer writes it into the audit log. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
}

/** What each role may change. Reading needs only a session. */
const PERMISSIONS = {
  review: ["admin", "reviewer"],
  correct: ["admin", "reviewer"],
  link: ["admin", "reviewer"],
  mergeSpeakers: ["admin"],
  addArticle: ["admin", "reviewer"],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export class AccessError extends Error {
  constructor(readonly status: 401 | 403) {
    super(status === 401 ? "Sign in first." : "Your role may not do this.");
  }
}

function isRole(value: unknown): value is Role {
  return value === "admin" || value === "reviewer";
}

/** The signed-in actor of this render (layout and page share one session lookup). */
const actorOfThisRequest = cache(async () => actorFrom(await headers()));

export async function currentActor(requestHeaders?: Headers): Promise<Actor | null> {
  return requestHeaders ? actorFrom(requestHeaders) : actorOfThisRequest();
}

async function actorFrom(requestHeaders: Headers): Promise<Actor | null> {
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const role = (session.user as { role?: unknown }).role;
  if (!isRole(role)) return null;
  return { id: session.user.id, name: session.user.name || session.user.email, role };
}

/** For pages: no session → the sign-in page, coming back here afterwards. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** For server actions and route handlers: throws AccessError (401/403) unless allowed. */
export async function requirePermission(permission: Permission, requestHeaders?: Headers): Promise<Actor> {
  const actor = await currentActor(requestHeaders);
  if (!actor) throw new AccessError(401);
  if (!(PERMISSIONS[permission] as readonly Role[]).includes(actor.role)) throw new AccessError(403);
  return actor;
}

export function can(actor: Actor, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}
