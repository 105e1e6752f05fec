// Session 25 (pnx): content boundaries of claims already found, from the shapes PolNeAR dev shows. Made-up
// sentences; none comes from a fixture, a probe or PolNeAR.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const run = englishOn("2026-11-30");
const contents = (text: string) =>
  run(text).map((c) => [c.speaker.mention?.text ?? c.speaker.name, c.content.text]);

describe("a quotation closing with ?” or !”, then 'Name said, looking …'", () => {
  it("is the speaker's content, not the participle aside after the verb", () => {
    expect(
      contents(
        "The mayor cut the ribbon on Monday.\n\n“Who would have guessed that we would finish a year early?” Hale said, looking out at the crowd.",
      ),
    ).toEqual([["Hale", "“Who would have guessed that we would finish a year early?”"]]);
  });
});
