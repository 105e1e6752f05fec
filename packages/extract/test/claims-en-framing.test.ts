import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";

const run = (text: string) =>
  extract({ text, publishedAt: "2025-11-26", lang: "en" }).claims.map((c) => ({
    mention: c.speaker.mention?.text ?? null,
    cue: c.cue.text,
    content: c.content.text,
  }));

describe("English framing phrases", () => {
  it("reads “as X put it” after and before the content", () => {
    const [a] = run(
      'No degree is needed; the test is a "lawful source of income," as an agency memo put it.',
    );
    expect(a).toMatchObject({
      mention: "an agency memo",
      cue: "put it",
      content: 'the test is a "lawful source of income,"',
    });
    const [b] = run("As the director put it in a statement, the network offers another view.");
    expect(b).toMatchObject({ mention: "the director", content: "the network offers another view" });
  });
  it("reads a sentence opened by “In the … poll,” as the poll's finding", () => {
    const [c] = run("In the latest Gallup poll, the governor rose two points since the debate.");
    expect(c).toMatchObject({
      mention: "the latest Gallup poll",
      content: "the governor rose two points since the debate",
    });
    expect(run("In the morning, the governor rose early.")).toHaveLength(0);
  });
});
