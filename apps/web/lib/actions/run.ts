import { NotFoundError, ValidationError } from "@sayso/db/review";
import { z } from "zod";
import { AccessError, type Actor, type Permission, requirePermission } from "@/lib/session";

export type ActionResult = { ok: true; message?: string } | { ok: false; error: string };

/** Checks session and role server-side, runs the write and turns expected failures into messages. */
export async function runAction(
  permission: Permission,
  write: (actor: Actor) => Promise<string | undefined>,
): Promise<ActionResult> {
  try {
    const actor = await requirePermission(permission);
    const message = await write(actor);
    return message ? { ok: true, message } : { ok: true };
  } catch (error) {
    if (error instanceof AccessError || error instanceof NotFoundError || error instanceof ValidationError) {
      return { ok: false, error: error.message };
    }
    if (error instanceof z.ZodError)
      return { ok: false, error: error.issues.map((i) => i.message).join("; ") };
    console.error(error);
    return { ok: false, error: "Something went wrong." };
  }
}

const text = (form: FormData, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};
export const field = { text };
