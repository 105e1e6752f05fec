import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Speaker rules written for the misses of set Q; every text here is made up.
// 2026-06-10 is a Wednesday
const run = englishOn("2026-06-10");

describe("English generic bodies with words of their own", () => {
  it("keeps 'the state news agency' apart from the public body quoted just before", () => {
    const claims = run(
      "Two sawmills closed in March, according to the National Forest Service (Sefor). " +
        "Three more were shut on Tuesday, the state news agency reported.",
    );
    expect(said(claims, "Three more were shut")?.speaker.name).toBe("state news agency");
  });
  it("still reads a bare 'the agency' as the agency just quoted", () => {
    const claims = run(
      "The National Seed Agency said stocks were low. The agency added that imports would resume in July.",
    );
    expect(said(claims, "imports would resume")?.speaker.name).toBe("National Seed Agency");
  });
});
