import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, runCli, SAMPLE_ARTICLE, SAYSO_BIN } from "./helpers/pipeline.ts";

// `sayso extract` needs no services: it runs the extractor offline and prints the eval kit's format.
const env = { ...process.env, NO_COLOR: "1" };
const noStack = /\n\s+at /;

interface Span {
  start: number;
  end: number;
  text: string;
}
interface Line {
  id: string;
  claims: {
    speaker: { name: string | null; mention: Span | null };
    cue: Span;
    content: Span;
    date: string | null;
  }[];
  reason?: string;
  error?: string;
}

function spansHold(text: string, line: Line): void {
  for (const c of line.claims) {
    for (const span of [c.cue, c.content, c.speaker.mention]) {
      if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  }
}

describe("sayso extract", { timeout: 60_000 }, () => {
  it("reads an article file and prints one line whose spans point into the text", async () => {
    const run = await runCli(["extract", SAMPLE_ARTICLE, "--lang", "ar", "--published", "2025-11-04"], {
      env,
    });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] as string) as Line;
    expect(line.id).toBe(SAMPLE_ARTICLE);
    expect(line.claims.length).toBeGreaterThan(10);
    expect(line.claims.some((c) => c.speaker.name?.includes("ساعر"))).toBe(true);
    spansHold(readFileSync(SAMPLE_ARTICLE, "utf8"), line);
  });

  it("streams a batch from stdin: one line per document, a bad line reported in place, the rest still read", async () => {
    const english = "The mayor said on Monday that the bridge would reopen in May.";
    const docs = [
      { id: "en-1", text: english, publishedAt: "2026-11-04" },
      "{not json",
      { id: "fr-1", text: "Le ministre a déclaré que le pont rouvrirait en mai." },
      {
        id: 7,
        text: "«الاقتصاد بخير»، قال وزير المالية سامي فريد أمس.",
        lang: "ar",
        publishedAt: "2026-11-04",
      },
    ];
    const stdin = docs.map((d) => (typeof d === "string" ? d : JSON.stringify(d))).join("\n");
    const run = await runCli(["extract", "--input", "-", "--format", "jsonl"], { env, stdin });
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => l.id)).toEqual(["en-1", null, "fr-1", "7"]);
    expect(lines[0]?.claims[0]).toMatchObject({ speaker: { name: "mayor" }, date: "2026-11-02" });
    spansHold(english, lines[0] as Line);
    expect(lines[1]?.error).toBe("line 2: invalid JSON");
    expect(lines[2]).toMatchObject({ claims: [], reason: expect.stringContaining("unsupported language") });
    expect(lines[3]?.claims[0]?.speaker.name).toBe("سامي فريد");
  });

  it("exits 2 with a usage message on a bad --published", async () => {
    const run = await runCli(["extract", SAMPLE_ARTICLE, "--published", "4/11/2025"], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--published must be YYYY-MM-DD");
  });

  it("stops quietly with exit 0 when the reader closes early (`sayso extract … | head -1`)", async () => {
    const doc = JSON.stringify({ id: "x", text: readFileSync(SAMPLE_ARTICLE, "utf8"), lang: "ar" });
    const child = spawn(process.execPath, [SAYSO_BIN, "extract", "--input", "-"], { env, cwd: REPO_ROOT });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    // far more output than a pipe holds, so the writer is still writing when the reader goes away
    child.stdin.on("error", () => {}); // the child may stop before it has read all its input
    child.stdin.end(Array.from({ length: 400 }, () => doc).join("\n"));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toContain("EPIPE");
    expect(stderr).not.toMatch(noStack);
    expect(code).toBe(0);
  });
});
