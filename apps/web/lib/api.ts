import { NotFoundError, ValidationError } from "@sayso/db/review";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AccessError, type Actor, currentActor, type Permission, requirePermission } from "./session";

export function jsonError(status: number, error: string, issues?: unknown): NextResponse {
  return NextResponse.json(issues ? { error, issues } : { error }, { status });
}

/** Maps the data layer's typed errors (and our own) to HTTP answers. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AccessError) return jsonError(error.status, error.message);
  if (error instanceof NotFoundError) return jsonError(404, error.message);
  if (error instanceof ValidationError) return jsonError(400, error.message, error.issues);
  if (error instanceof z.ZodError) return jsonError(400, "Invalid input.", error.issues);
  console.error(error);
  return jsonError(500, "Something went wrong.");
}

/** Cross-site writes are refused even if a browser were to send the cookie along. */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Runs a write: same origin, a session, and the role's permission, all checked server-side. */
export async function handleWrite(
  request: Request,
  permission: Permission,
  write: (actor: Actor) => Promise<unknown>,
): Promise<NextResponse> {
  try {
    if (!isSameOrigin(request)) return jsonError(403, "Cross-site request refused.");
    const actor = await requirePermission(permission, request.headers);
    return NextResponse.json(await write(actor));
  } catch (error) {
    return errorResponse(error);
  }
}

/** Runs a read: a session is required. */
export async function handleRead(
  request: Request,
  read: (actor: Actor) => Promise<unknown>,
): Promise<NextResponse> {
  try {
    const actor = await currentActor(request.headers);
    if (!actor) return jsonError(401, "Sign in first.");
    return NextResponse.json(await read(actor));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new ValidationError("The request body is not JSON.");
  }
}
