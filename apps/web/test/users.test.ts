// @sayso/db/auth against real PostgreSQL: the hash it stores is one Better Auth accepts.
import { createUserWithPassword, generatePassword, UserExistsError } from "@sayso/db/auth";
import { createTestDatabase, type TestDatabase } from "@sayso/db/testing";
import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase("sayso_t_web_users");
}, 60_000);
afterAll(async () => {
  await t?.drop();
});

const credentialOf = (userId: string) =>
  t.db.account.findFirstOrThrow({ where: { userId, providerId: "credential" } });

describe("createUserWithPassword", () => {
  it("stores a lower-cased email, the role and a credential Better Auth verifies", async () => {
    const user = await createUserWithPassword(t.db, {
      email: " Rana@Example.ORG ",
      role: "reviewer",
      password: "s3cret-enough",
    });
    expect(user).toMatchObject({ email: "rana@example.org", role: "reviewer", name: "rana", created: true });
    const account = await credentialOf(user.id);
    expect(account.accountId).toBe(user.id);
    expect(await verifyPassword({ hash: account.password ?? "", password: "s3cret-enough" })).toBe(true);
    expect(await verifyPassword({ hash: account.password ?? "", password: "wrong" })).toBe(false);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entity: "user", entityId: user.id } });
    expect(audit.action).toBe("user.create");
  });

  it("refuses an existing email unless asked to update, and an update signs the user out", async () => {
    await expect(
      createUserWithPassword(t.db, { email: "rana@example.org", role: "admin", password: "another-one" }),
    ).rejects.toBeInstanceOf(UserExistsError);
    const before = await t.db.user.findUniqueOrThrow({ where: { email: "rana@example.org" } });
    await t.db.session.create({
      data: { userId: before.id, token: "tok", expiresAt: new Date(Date.now() + 60_000) },
    });
    const updated = await createUserWithPassword(
      t.db,
      { email: "rana@example.org", role: "admin", password: "another-one" },
      { update: true },
    );
    expect(updated).toMatchObject({ id: before.id, role: "admin", created: false });
    const account = await credentialOf(before.id);
    expect(await verifyPassword({ hash: account.password ?? "", password: "another-one" })).toBe(true);
    expect(await t.db.session.count({ where: { userId: before.id } })).toBe(0);
    expect(await t.db.account.count({ where: { userId: before.id } })).toBe(1);
  });

  it("rejects bad input", async () => {
    await expect(
      createUserWithPassword(t.db, { email: "not-an-email", role: "admin", password: "long-enough" }),
    ).rejects.toThrow();
    await expect(
      createUserWithPassword(t.db, { email: "a@b.co", role: "admin", password: "short" }),
    ).rejects.toThrow();
  });
});

describe("generatePassword", () => {
  it("makes long passwords without look-alike characters", () => {
    const passwords = Array.from({ length: 50 }, () => generatePassword());
    expect(new Set(passwords).size).toBe(50);
    for (const p of passwords) expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{20}$/);
  });
});
