import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { getConfig } from "../src/config.ts";
import { CliError } from "../src/errors.ts";
import { createProgress } from "../src/pipeline/progress.ts";

describe("getConfig", () => {
  it("uses the documented defaults, an empty variable counting as unset", () => {
    expect(getConfig({ DATABASE_URL: "", REDIS_URL: undefined })).toEqual({
      databaseUrl: "postgresql://postgres@127.0.0.1:5432/sayso",
      redisUrl: "redis://127.0.0.1:6379",
      maxBytes: 5 * 1024 * 1024,
      queuePrefix: "sayso",
    });
  });

  it("takes values from the environment", () => {
    const config = getConfig({
      DATABASE_URL: "postgres://u:p@db:5433/x",
      REDIS_URL: "rediss://cache:6380/2",
      SAYSO_MAX_BYTES: "1024",
      SAYSO_QUEUE_PREFIX: "staging",
    });
    expect(config).toEqual({
      databaseUrl: "postgres://u:p@db:5433/x",
      redisUrl: "rediss://cache:6380/2",
      maxBytes: 1024,
      queuePrefix: "staging",
    });
  });

  it("refuses URLs of the wrong kind and sizes that are not positive whole numbers", () => {
    expect(() => getConfig({ DATABASE_URL: "mysql://x/y" })).toThrow(CliError);
    expect(() => getConfig({ REDIS_URL: "127.0.0.1:6379" })).toThrow(/REDIS_URL/);
    expect(() => getConfig({ SAYSO_MAX_BYTES: "-5" })).toThrow(/SAYSO_MAX_BYTES/);
  });
});

describe("createProgress", () => {
  const capture = (isTTY: boolean) => {
    const stream = Object.assign(new PassThrough(), { isTTY }) as unknown as NodeJS.WriteStream & PassThrough;
    let written = "";
    stream.on("data", (chunk) => {
      written += chunk;
    });
    return { stream, written: () => written };
  };

  it("redraws one bar in place on a terminal", () => {
    const out = capture(true);
    const progress = createProgress("extracting", out.stream);
    progress.update(0, 4);
    progress.update(2, 4);
    progress.update(2, 4);
    progress.finish();
    expect(out.written()).toBe(
      `\rextracting [${"-".repeat(30)}] 0/4 0%\rextracting [${"#".repeat(15)}${"-".repeat(15)}] 2/4 50%\n`,
    );
  });

  it("prints a plain line per change elsewhere", () => {
    const out = capture(false);
    const progress = createProgress("extracting", out.stream);
    progress.update(0, 2);
    progress.update(1, 2);
    progress.update(1, 2);
    progress.update(2, 2);
    progress.finish();
    expect(out.written()).toBe("extracting: 0/2\nextracting: 1/2\nextracting: 2/2\n");
  });
});
