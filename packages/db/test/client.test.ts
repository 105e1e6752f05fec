import { afterAll, describe, expect, it } from "vitest";
import { checkDb, closeDb, createDb, DbUnavailableError, getDb, redactUrl } from "../src/index.ts";

describe("redactUrl", () => {
  it("hides the password and keeps the rest", () => {
    expect(redactUrl("postgresql://sayso:p%40ss@db.example:5432/sayso?sslmode=require")).toBe(
      "postgresql://sayso:***@db.example:5432/sayso?sslmode=require",
    );
    expect(redactUrl("postgresql://postgres@127.0.0.1/sayso")).toBe("postgresql://postgres@127.0.0.1/sayso");
    expect(redactUrl("not a url://u:secret@host")).not.toContain("secret");
  });
});

describe("checkDb", () => {
  const unreachable = createDb("postgresql://sayso:secret@127.0.0.1:1/sayso");
  afterAll(async () => {
    await unreachable.$disconnect();
    await closeDb();
  });

  it("throws DbUnavailableError naming the redacted URL when Postgres does not answer", async () => {
    const error = await checkDb(unreachable).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbUnavailableError);
    expect((error as Error).message).toContain("postgresql://sayso:***@127.0.0.1:1/sayso");
    expect((error as Error).message).not.toContain("secret");
  });

  it("passes on a reachable database (getDb uses DATABASE_URL)", async () => {
    const before = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
    try {
      await expect(checkDb(getDb())).resolves.toBeUndefined();
      expect(getDb()).toBe(getDb());
    } finally {
      process.env.DATABASE_URL = before;
    }
  });
});
