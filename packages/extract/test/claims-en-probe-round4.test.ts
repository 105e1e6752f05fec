import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

const run = englishOn("2026-11-27");

describe("English pronouns of a person", () => {
  it("leaves a she with no woman named unresolved instead of giving it to the body quoted before", () => {
    const claims = run(
      "The district council said the pool would close in March.\n\n" +
        'Swimmers gathered outside the town hall. "It is a disgrace," she said.',
    );
    expect(said(claims, "disgrace")?.speaker.name).toBeNull();
  });
  it("still gives a he/she to the body a spokesperson or officer of it spoke for", () => {
    const claims = run(
      "A spokeswoman for the district council said the pool would close. She added that staff would move.\n\n" +
        "The Tarn Valley Trust said the pool was unsafe. A spokesman added that repairs were too costly. He said the site would be sold.",
    );
    expect(said(claims, "staff would move")?.speaker.name).toBe("district council");
    expect(said(claims, "site would be sold")?.speaker.name).toBe("Tarn Valley Trust");
  });
});
