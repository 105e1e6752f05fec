// Set Z's lessons and English leftovers of 1.62, in made-up sentences: a branch speaks as its body ("The X (XY)
// Mbeya branch said"), Swahili connectives inside a body's name ("Chama cha …"), questions put in a legislature,
// infinitive plans ("plans to build …", "has asked to meet …"), "the party" and other collective nouns back, a
// headline with a verb and a noun object, and an undated "has said" lede.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-10-08");
const named = (text: string) =>
  en(text).map((c) => [c.speaker.name, c.speaker.mention?.text, c.content.text]);

describe("a branch of a body", () => {
  it("speaks as the body named before its place", () => {
    expect(
      named(
        "Nurses walk out\nThe Ghana Registered Nurses Association (GRNA) Tamale branch said the wards were empty.",
      ),
    ).toEqual([
      [
        "Ghana Registered Nurses Association",
        "The Ghana Registered Nurses Association (GRNA) Tamale branch",
        "the wards were empty",
      ],
    ]);
    expect(named("Nurses walk out\nThe Nurses Union Kisumu branch said the wards were empty.")[0]?.[0]).toBe(
      "Nurses Union",
    );
    expect(
      named("Nurses walk out\nThe National Union of Nurses Kisumu branch said the wards were empty.")[0]?.[0],
    ).toBe("National Union of Nurses");
  });
  it("keeps a body whose own name ends the phrase, and a place's branch alone", () => {
    expect(named("Nurses walk out\nThe Youth League branch said the wards were empty.")[0]?.[0]).toBe(
      "Youth League branch",
    );
    expect(named("Nurses walk out\nThe Kisumu branch said the wards were empty.")[0]?.[0]).toBe(
      "Kisumu branch",
    );
  });
  it("reads a Swahili connective inside a body's name", () => {
    expect(named("Vote count\nThe Chama cha Wakulima Tanzania said the count was late.")[0]?.[0]).toBe(
      "Chama cha Wakulima Tanzania",
    );
    expect(named("Vote count\nUmoja wa Wafanyabiashara (UWA) said the count was late.")[0]?.[0]).toBe(
      "Umoja wa Wafanyabiashara",
    );
  });
});
