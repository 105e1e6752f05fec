import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Made-up sentences (session 11, the lead's round after review): people of a list of places speak as the
// people, not as the last place. 2026-11-30 is a Monday.
const run = englishOn("2026-11-30");

describe("English people of a list of places", () => {
  it("names 'Researchers in Japan, Germany and China' and 'Doctors in Gaza and Cairo' as the people", () => {
    const claims = run(
      "Researchers in Japan, Germany and China say the results could not be reproduced. " +
        "Doctors in Gaza and Cairo said supplies were short. " +
        "Officials in Oslo and Bergen said the ferries would run on Sunday.",
    );
    expect(said(claims, "reproduced")?.speaker.name).toBe("Researchers in Japan, Germany and China");
    expect(said(claims, "supplies were short")?.speaker.mention?.text).toBe("Doctors in Gaza and Cairo");
    expect(said(claims, "supplies were short")?.speaker.name).toBe("Doctors in Gaza and Cairo");
    expect(said(claims, "ferries would run")?.speaker.name).toBe("Officials in Oslo and Bergen");
  });

  it("keeps a clause after 'and' its own, and a body's name with 'and' whole", () => {
    const claims = run(
      "The talks were held in Geneva and Smith said they went well. " +
        "A spokesman for the Department of Energy and Climate Change said the grid was stable.",
    );
    expect(said(claims, "went well")?.speaker.name).toBe("Smith");
    expect(said(claims, "grid was stable")?.speaker.name).not.toBe("Climate Change");
  });
});
