import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";

const run = (text: string) =>
  extract({ text, publishedAt: "2026-05-14", lang: "en" }).claims.map((c) => ({
    name: c.speaker.name,
    mention: c.speaker.mention?.text ?? null,
    cue: c.cue.text,
    content: c.content.text,
  }));

describe("English known misses (session 7)", () => {
  it("names a body whose name lists its fields with its commas", () => {
    const claims = run(
      "A spokeswoman for the Department for Transport, Roads and Bridges said the toll would rise in June.\n" +
        "The Ministry of Fisheries, Forests and Water said quotas were unchanged.",
    );
    expect(claims.map((c) => c.name)).toEqual([
      // (an unnamed spokeswoman is named by her description since session 26)
      "Department for Transport, Roads and Bridges spokeswoman",
      "Ministry of Fisheries, Forests and Water",
    ]);
  });

  it("reads no claim in a participle phrase that tells where the words were said", () => {
    const claims = run(
      "Ms Okafor, testifying before the audit panel, said the contract had been rushed.\n" +
        "Writing in the Evening Post, the mayor said the budget was balanced.\n" +
        "Mr Dale, commenting on the verdict, said it was a relief.",
    );
    expect(claims.map((c) => c.cue)).toEqual(["said", "said", "said"]);
    expect(claims.map((c) => c.content)).toEqual([
      "the contract had been rushed",
      "the budget was balanced",
      "it was a relief",
    ]);
  });
});
