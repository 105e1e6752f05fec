import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { MentionParse } from "../src/speakers.ts";

// Speed work that must change no output: each shortcut is compared with the full reading it skips.

/** parseEnglishMention with the plain-run shortcut on (`shortcut`) or off (every mention read by all shapes). */
async function mentionParser(shortcut: boolean): Promise<(raw: string) => MentionParse> {
  vi.resetModules();
  if (shortcut) vi.doUnmock("../src/en/plain-runs.ts");
  else vi.doMock("../src/en/plain-runs.ts", () => ({ plainNameRun: () => false }));
  const { parseEnglishMention } = await import("../src/en/mention.ts");
  return parseEnglishMention;
}

/** Capitalised words that the mention rules react to, and ordinary ones. */
const WORDS = (
  "The An This That Its Their Ten Number No And Study Studies Report Reports Analysis Paper Review Audit By From In " +
  "Of Led Statement Release Filing Spokesman French Bench Monday Sunday September May June Mr Mrs Ms Miss Dr Sen Rep " +
  "Gov President Senator Minister Secretary General Prime Chief Executive Officer Director Mayor Judge Justice " +
  "Speaker House Leader Majority Minority Rival Meanwhile However Both Many Some Others Several All Democrat " +
  "Republican Democrats Republicans Labour Party Union Institute Ministry Department Police Service Motors Bank " +
  "University Trust Fund Alliance Committee Council Commission Court Times Post News Fox Group Company Inc Energy " +
  "Foods Hillary Clinton Donald Trump Paul Ryan Mitch Mcconnell Anna Berg Tom Hale Ellen Strode Gallard Pike Adi Ratu " +
  "Datuk Sardar Hon Comrade Texas Chicago Nevada Scotland Gaborone Central Lands Rural Development Health A One " +
  "Another Team Group Led Sen. Gov. Dr. Mr. Mrs. No. Ten. J. H. II CNN GOP FBI McConnell MacKenzie STUDY THE And. " +
  "he she He She It it they They We I who Who analysts experts police Police company Company spokesman statement " +
  "some voters critics Americans"
).split(" ");

describe("plain capitalised runs (speed: output identical)", () => {
  it("reads a plain run without the shapes that need a lowercase word, a comma or a mark", async () => {
    const { plainNameRun } = await import("../src/en/plain-runs.ts");
    expect(plainNameRun("Hillary Clinton")).toBe(true);
    expect(plainNameRun("House Speaker Paul Ryan")).toBe(true);
    expect(plainNameRun("Sen. Mitch McConnell")).toBe(true);
    expect(plainNameRun("Clinton")).toBe(true);
    expect(plainNameRun("Police")).toBe(false); // a generic body alone
    expect(plainNameRun("Many")).toBe(false); // a quantifier opening the sentence
    expect(plainNameRun("A Team Led By Kenji Morikawa")).toBe(false);
    expect(plainNameRun("No. Ten.")).toBe(false);
    expect(plainNameRun("The Labour Party")).toBe(false);
    expect(plainNameRun("Number Ten")).toBe(false);
    expect(plainNameRun("Pentagon Spokesman")).toBe(false);
    expect(plainNameRun("French Bench")).toBe(false);
    expect(plainNameRun("Anna Berg of Acme")).toBe(false);
    expect(plainNameRun("Jean-Luc Picard")).toBe(false);
  });

  it("parses every plain run as all of parseEnglishMention's shapes do", async () => {
    const full = await mentionParser(false);
    const fast = await mentionParser(true);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), (words) => {
        const run = words.join(" ");
        expect(fast(run)).toEqual(full(run));
      }),
      { numRuns: 6000, seed: 17 },
    );
  });
});
