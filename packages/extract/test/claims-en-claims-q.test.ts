import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Claim rules written for the misses of set Q; every text here is made up.
// 2026-06-10 is a Wednesday
const run = englishOn("2026-06-10");

describe("English content before a reporting clause the writer goes on from", () => {
  it("ends the content before ', a day after …' that follows 'X said'", () => {
    const claims = run(
      "Floodwater cut the coastal highway at Duran on Wednesday, the roads ministry said, two days after a " +
        "tropical storm made landfall further south.",
    );
    expect(said(claims, "Floodwater cut")?.content.text).toBe(
      "Floodwater cut the coastal highway at Duran on Wednesday",
    );
  });
  it("still reads a speaker who interrupts the content as parenthetical", () => {
    const claims = run("The plant was profitable, the union said, until the new owners cut its orders.");
    expect(said(claims, "The plant was")?.content.text).toContain("until the new owners");
  });
});

describe("English headlines with a wire service's tag", () => {
  it("leaves '(2nd LD)' before a headline out of its content", () => {
    const claims = run(
      "(2nd LD) Ferry services halted after dock fire: KCG\n" +
        "BUSAN, June 10 (Yonhap) -- Ferry services were halted on Wednesday after a fire at the main dock, " +
        "the Korea Coast Guard (KCG) said.",
    );
    const headline = claims.find((c) => c.cue.text === ":");
    expect(headline?.content.text).toBe("Ferry services halted after dock fire");
    expect(headline?.speaker.name).toBe("Korea Coast Guard");
  });
});
