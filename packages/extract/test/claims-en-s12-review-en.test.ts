import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// 2026-10-06 is a Tuesday
const run = englishOn("2026-10-06");

describe("English review of the set-T and PolNeAR rules (session 12)", () => {
  it("reads 'reported from <place> that …' as a claim, a byline's 'reported from <place>' as none", () => {
    const found = run("Nadia Serrat reported from Goma, Congo, that the camps had run out of water.");
    expect(said(found, "run out of water")?.speaker?.name).toBe("Nadia Serrat");
    expect(run("Nadia Serrat reported from Goma, and Piet Vos from Kigali.")).toEqual([]);
  });
  it("keeps a person's 'understands that' after someone told them, unlike an outlet's own finding", () => {
    const claims = run(
      "The governor told Okafor on Monday that the mine would close. Okafor understands that the buyers will walk away.",
    );
    expect(said(claims, "buyers will walk away")?.speaker?.name).toBe("Okafor");
  });
  it("reads a body's records at a sentence's start as the body's, as it does in lower case", () => {
    const claims = run(
      "The Water Resources Department said the canal was shut. Department records show that the lock failed twice.",
    );
    expect(said(claims, "lock failed")?.speaker?.name).toBe("Water Resources Department");
  });
  it("keeps a bracketed list that spells out the speaker's words, drops a dangling bracket", () => {
    const listed = run("Mayor Tandy said the levy covers three trades (bakers, butchers and brewers).");
    expect(said(listed, "levy")?.content.text).toBe(
      "the levy covers three trades (bakers, butchers and brewers)",
    );
    const dangling = run(
      "Mayor Tandy said the levy was fair (and she said so again on Friday at a long hearing).",
    );
    expect(said(dangling, "levy")?.content.text).toBe("the levy was fair");
  });
  it("reads a verb after a closed relative clause ('X, who …, visited … and said') as X's claim", () => {
    const claims = run(
      "The warden, who took office in March, toured the wing and said the cells were overcrowded.",
    );
    expect(said(claims, "overcrowded")).toMatchObject({
      speaker: { name: "warden" },
      content: { text: "the cells were overcrowded" },
    });
  });
  it("reads a reporting verb with its own 'that' inside a relative clause as a claim", () => {
    const claims = run(
      "Okafor, who joined in 2019 and warned last year that the shafts were unsafe, left in May.",
    );
    expect(said(claims, "shafts were unsafe")?.speaker?.name).toBe("Okafor");
  });
  it("leaves a closing time phrase out of the speaker after the verb ('said X, a day after the vote.')", () => {
    const claims = run("“The deal is off,” said Mara Lindqvist, a week after the strike.");
    expect(said(claims, "deal is off")?.speaker?.mention?.text).toBe("Mara Lindqvist");
    const role = run("“The deal is off,” said Mara Lindqvist, a steward at the dock.");
    expect(said(role, "deal is off")?.speaker?.mention?.text).toBe("Mara Lindqvist, a steward at the dock");
  });
  it("reads 'called a stoppage', 'called a boycott' as convening, 'called the walkout a success' as a claim", () => {
    expect(
      run("The dockers' union called a stoppage for Friday. The guild called a boycott of the fair."),
    ).toEqual([]);
    const named = run("The union called the walkout a success.");
    expect(said(named, "success")?.content.text).toBe("the walkout a success");
  });

  it("does not take the person a lede's unnamed speaker tells something for that speaker", () => {
    const found = run("The minister told Holt the plan was dead.\nHolt said he would fight on.");
    expect(found.map((c) => c.speaker?.name)).toEqual(["minister", "Holt"]);
    const lede = run(
      "Finland's foreign minister has said the border will stay shut.\n" +
        '"We cannot take the risk," Aino Lehtinen told reporters.',
    );
    expect(lede.map((c) => c.speaker?.name)).toEqual(["Aino Lehtinen", "Aino Lehtinen"]);
  });
});
