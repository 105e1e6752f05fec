// Accounts for the dashboard ("@sayso/db/auth"). Users sign in through Better Auth (apps/web);
// this module creates them the way Better Auth's email+password provider expects: a `user` row and
// an `account` row with providerId "credential", accountId = user id, and a scrypt hash made by
// Better Auth's own hashPassword.
import { randomInt } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import type { PrismaClient as Db } from "../generated/prisma/client.ts";

export const ROLES = ["admin", "reviewer"] as const;
export type Role = (typeof ROLES)[number];

export const MIN_PASSWORD_LENGTH = 8;

const userInputSchema = z.object({
  email: z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v), z.email().max(254)),
  role: z.enum(ROLES),
  name: z.string().trim().min(1).max(200).optional(),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(128),
});
export interface UserInput {
  email: string;
  role: Role;
  /** default: the part of the email before @ */
  name?: string;
  password: string;
}

export class UserExistsError extends Error {
  override readonly name = "UserExistsError";
  constructor(readonly email: string) {
    super(`a user with email ${email} already exists`);
  }
}

// No look-alike characters (0/O, 1/l/I), so a printed password can be typed from a screen.
const PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random password: 20 characters from 57, about 116 bits. */
export function generatePassword(length = 20): string {
  let password = "";
  for (let i = 0; i < length; i++) password += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
  return password;
}

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** false when an existing user was updated (`update: true`) */
  created: boolean;
}

/**
 * Creates a user who can sign in with email and password. An existing email is an error unless
 * `update` is set, in which case role, name and password are replaced.
 */
export async function createUserWithPassword(
  db: Db,
  input: UserInput,
  options: { update?: boolean; actor?: string } = {},
): Promise<CreatedUser> {
  const { email, role, name, password } = userInputSchema.parse(input);
  const hash = await hashPassword(password);
  const displayName = name ?? email.split("@")[0] ?? email;
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } });
    if (existing && !options.update) throw new UserExistsError(email);
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { role, name: name ?? existing.name } })
      : await tx.user.create({ data: { email, name: displayName, role, emailVerified: true } });
    const credential = await tx.account.findFirst({ where: { userId: user.id, providerId: "credential" } });
    if (credential) await tx.account.update({ where: { id: credential.id }, data: { password: hash } });
    else
      await tx.account.create({
        data: { userId: user.id, accountId: user.id, providerId: "credential", password: hash },
      });
    if (existing) await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.auditEvent.create({
      data: {
        actor: options.actor ?? "cli",
        action: existing ? "user.update" : "user.create",
        entity: "user",
        entityId: user.id,
        before: existing ? { role: existing.role, name: existing.name } : undefined,
        after: { email, role, name: user.name },
      },
    });
    return { id: user.id, email, name: user.name, role, created: !existing };
  });
}
