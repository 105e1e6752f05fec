// Session 21 (enleft): English constructions left by this session's probes. Made-up sentences; none comes
// from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-20");
const who = (text: string) => en(text).map((c) => [c.speaker.name, c.speaker.mention?.text ?? null]);

describe("a press or news release as the subject of “said”", () => {
  it("reads the release like “the statement”", () => {
    expect(who("The press release said the bakery would reopen after the floods.")).toEqual([
      ["press release", "The press release"],
    ]);
  });
  it("speaks for the body named before it", () => {
    expect(
      who(
        "Harlow Mills Ltd cut its night shift on Friday. The news release said 40 jobs would go by spring.",
      ),
    ).toEqual([["Harlow Mills Ltd", "The news release"]]);
  });
});
