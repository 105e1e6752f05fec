// Found by the lead after the session-16 merges: made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-10-21");
const who = (text: string) => en(text).map((c) => [c.speaker.name, c.speaker.mention?.text, c.content.text]);

describe("an -ing form right after the determiner is the head's adjective", () => {
  it("reads 'The ruling coalition said …' as the coalition's claim", () => {
    expect(who("The ruling coalition said on Sunday that the vote would go ahead.")).toEqual([
      ["ruling coalition", "The ruling coalition", "the vote would go ahead"],
    ]);
  });
  it("does the same for 'the ruling alliance' and 'the organising committee' after other verbs", () => {
    expect(who("The ruling alliance announced that the election would be held in March.")[0]?.[0]).toBe(
      "ruling alliance",
    );
    expect(who("The organising committee warned that tickets were running out.")[0]?.[0]).toBe(
      "organising committee",
    );
  });
});
