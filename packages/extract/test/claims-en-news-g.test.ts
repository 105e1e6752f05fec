import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// 2026-11-21 is a Saturday
const run = englishOn("2026-11-21");

describe("English news constructions (held-out set G)", () => {
  it("reads a court's 'held that …' as its finding, but not 'held a hearing'", () => {
    const claims = run(
      "The appeals court held that the ban on street vendors breached the constitution.\nThe judge held a hearing on Monday.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["held"]);
    expect(said(claims, "ban on street vendors")?.speaker.name).toBe("appeals court");
  });
  it("reads the participle '…, ruling that …' as a claim of the clause's subject, not the noun 'ruling'", () => {
    const claims = run(
      "The labour board quashed the fine, ruling that it had been imposed too late.\nThe board's ruling was posted online.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["ruling"]);
    expect(said(claims, "imposed too late")?.speaker.name).toBe("labour board");
  });
  it("ends the main subject of '…, saying' before the verb that takes a determiner ('The board scrapped the levy')", () => {
    const claims = run("The water board scrapped the levy, saying it had raised too little.");
    expect(said(claims, "raised too little")?.speaker.name).toBe("water board");
  });
  it("reads a name with a bracketed post-nominal ('Chief Ada Eze (SAN),') after a described role", () => {
    const claims = run(
      "Reacting to the verdict, counsel to the defendant, Chief Ada Eze (SAN), told reporters that the court had erred.",
    );
    expect(said(claims, "court had erred")?.speaker.name).toBe("Ada Eze");
  });
  it("names the person, not the body, in 'The Convener of the Lagos Women Forum, Mrs Grace Obi,'", () => {
    const claims = run(
      "The Convener of the Lagos Women Forum, Mrs Grace Obi, told reporters that the levy would hurt traders.",
    );
    expect(said(claims, "levy would hurt")?.speaker.name).toBe("Grace Obi");
  });
  it("reads 'Comrade' before a name as an honorific, not part of the name", () => {
    const claims = run("The union's spokesman, Comrade Musa Bello, said the strike would go ahead.");
    expect(said(claims, "strike would go ahead")?.speaker.name).toBe("Musa Bello");
  });
});
