import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { getDb } from "@/lib/db";

/** Sign-in attempts allowed per client IP per window (Better Auth's database-backed limiter). */
export const SIGN_IN_LIMIT = { window: 60, max: 5 } as const;

/**
 * BETTER_AUTH_SECRET signs session cookies. Without it (a local quick start), a random secret is
 * created once in .sayso/auth-secret (git-ignored) so sessions survive restarts.
 */
function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = join(process.cwd(), ".sayso", "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("hex");
    console.warn(`BETTER_AUTH_SECRET is not set: generated one in ${file} (set the variable in production)`);
    mkdirSync(join(process.cwd(), ".sayso"), { recursive: true });
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

/**
 * Origins allowed to post to the auth endpoints. BETTER_AUTH_URL's origin always is; without it (a
 * local quick start) the dashboard answers on both localhost and 127.0.0.1 at its port. More can be
 * listed, comma-separated, in SAYSO_TRUSTED_ORIGINS.
 */
function trustedOrigins(): string[] {
  const extra = (process.env.SAYSO_TRUSTED_ORIGINS ?? "").split(",").map((origin) => origin.trim());
  const port = process.env.PORT ?? "3000";
  const local = process.env.BETTER_AUTH_URL ? [] : [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
  return [...local, ...extra.filter(Boolean)];
}

function createAuth() {
  return betterAuth({
    appName: "sayso",
    secret: authSecret(),
    ...(process.env.BETTER_AUTH_URL ? { baseURL: process.env.BETTER_AUTH_URL } : {}),
    trustedOrigins: trustedOrigins(),
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    // Accounts are created by an admin with `sayso users add`; nobody signs themselves up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "reviewer", input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: { "/sign-in/email": SIGN_IN_LIMIT },
    },
    advanced: { ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] } },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { saysoAuth?: Auth };

/** One Better Auth instance per server process, created on first use (not at build time). */
export function getAuth(): Auth {
  globalForAuth.saysoAuth ??= createAuth();
  return globalForAuth.saysoAuth;
}
