import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// 2026-10-06 is a Tuesday
const run = englishOn("2026-10-06");
const LEAD = "The council met on Monday to debate the budget.\n";

describe("English attributions found in PolNeAR dev errors (3)", () => {
  it("reads the speaker after a comma that ends a relative clause in the content", () => {
    const claims = run(
      `${LEAD}The drought could ruin families who farm barley, the agriculture minister said.`,
    );
    expect(said(claims, "barley")).toMatchObject({
      speaker: { mention: { text: "the agriculture minister" } },
      content: { text: "The drought could ruin families who farm barley" },
    });
  });
  it("reads a plural noun after a determiner and a hyphenated modifier as no verb ('his late-night tweets')", () => {
    const claims = run(`${LEAD}Opponents mocked his late-night tweets saying the tally was rigged.`);
    expect(claims.some((c) => c.cue.text === "tweets")).toBe(false);
    expect(claims.some((c) => c.speaker?.name === "late-night")).toBe(false);
  });
  it("still reads a hyphenated person noun and its verb ('The co-founder claims the …')", () => {
    const claims = run(`${LEAD}The co-founder claims the scooter app is safe.`);
    expect(said(claims, "scooter")?.cue.text).toBe("claims");
  });
  it("reads 'called a meeting' as convening, not a claim, but 'called the hearing a sham' as one", () => {
    const convened = run(
      `${LEAD}The harbour board called an emergency session to discuss the spill. The premier called a snap election for May.`,
    );
    expect(convened).toEqual([]);
    const named = run(`${LEAD}The councillor called the hearing a sham.`);
    expect(said(named, "sham")?.content.text).toBe("the hearing a sham");
  });
  it("reads a byline's 'reported from <place>' as no claim", () => {
    const claims = run(`${LEAD}Amara Obi reported from Kisumu, and Lev Adler from Haifa.`);
    expect(claims).toEqual([]);
  });
  it("runs a quotation opened after 'According to X,' on to its closing mark", () => {
    const claims = run(
      `${LEAD}According to Ms. Farrow, “The levy was never costed. Nobody asked the schools.” The vote is on Friday.`,
    );
    expect(said(claims, "levy")?.content.text).toBe("“The levy was never costed. Nobody asked the schools.”");
  });
  it("leaves the writer's aside in brackets out of the content that it closes", () => {
    const claims = run(
      `${LEAD}Opponents have argued that the levy shields landlords (which lets the council off the hook). The clerk said the tally would come on Friday (her office later confirmed that it came on Monday).`,
    );
    expect(said(claims, "shields")?.content.text).toBe("the levy shields landlords");
    expect(said(claims, "tally")?.content.text).toBe("the tally would come on Friday");
    expect(said(claims, "came on Monday")?.content.text).toBe("it came on Monday");
  });
  it("keeps a short bracket that names ('(D-Ore.)') in the content", () => {
    const claims = run(`${LEAD}The clerk said the motion came from Rep. Lara Voss (D-Ore.).`);
    expect(said(claims, "motion")?.content.text).toBe("the motion came from Rep. Lara Voss (D-Ore.)");
  });
  it("reads a second speaker line that restates the sentence's claim as no claim, and ends the claim before it", () => {
    const claims = run(
      `${LEAD}Councillor Imrie said she backed the levy because “the schools cannot wait,” she said. The clerk added nothing.`,
    );
    const levy = claims.filter((c) => c.content.text.includes("schools cannot wait"));
    expect(levy).toHaveLength(1);
    expect(levy[0]).toMatchObject({
      cue: { text: "said" },
      speaker: { mention: { text: "Councillor Imrie" } },
      content: { text: "she backed the levy because “the schools cannot wait,”" },
    });
  });
  it("reads a participle opening the sentence as the writer's scene before a speaker and a quotation", () => {
    const claims = run(
      `${LEAD}Counting their losses, growers in the valley often say, “The river gives and the river takes.” Cutting fees, the mayor said, “would cost us the pool.”`,
    );
    expect(said(claims, "river gives")?.content.text).toBe("“The river gives and the river takes.”");
    // (a quotation opening in lower case goes on with the sentence the participle opened)
    expect(said(claims, "pool")?.content.text).toBe(
      "Cutting fees, the mayor said, “would cost us the pool.”",
    );
  });
  it("reads 'what X said when …' as no claim: only the occasion follows the cue", () => {
    const claims = run(`${LEAD}That was what Ms. Ferris said when she left the board.`);
    expect(claims).toEqual([]);
  });
  it("reads the content after 'that' past a place and its state set off by commas", () => {
    const claims = run(`${LEAD}The governor says at a rally in Dayton, Ohio, that the levy will pass.`);
    expect(said(claims, "levy")?.content.text).toBe("the levy will pass");
  });
  it("reads the content after 'that' past a comparison between commas (', as did X,')", () => {
    const claims = run(
      `${LEAD}The auditor cautioned, as did the union itself, that the levy would raise little.`,
    );
    expect(said(claims, "levy")?.content.text).toBe("the levy would raise little");
  });
  it("reads a verb after 'and' as sharing the clause's subject, not the object phrase before it", () => {
    const claims = run(
      `${LEAD}The sheriff said she would order a review of the county defences and warned against looters from the coast.`,
    );
    expect(said(claims, "looters")).toMatchObject({ speaker: { name: "sheriff" }, cue: { text: "warned" } });
  });
  it("reads a verb after 'and' inside a relative clause describing someone as no claim", () => {
    const claims = run(
      `${LEAD}Okafor, who joined the paper as an intern in 2009 and wrote its flood series, now runs the desk.`,
    );
    expect(claims).toEqual([]);
  });
  it("reads 'in <year>' between the speaker and the verb as a time, not the speaker", () => {
    const claims = run(`${LEAD}An arbitration panel in 2019 found the county was in breach of the lease.`);
    expect(claims.some((c) => c.speaker?.name === "2019")).toBe(false);
  });
  it("reads a participle's speaker as the sentence's subject, not the object of a preposition before the comma", () => {
    const claims = run(
      `${LEAD}The mayor spoke on Tuesday about the death of Tom Ruiz in Mesa, Arizona, arguing that the shooting was unjustified.`,
    );
    expect(said(claims, "unjustified")).toMatchObject({ speaker: { name: "mayor" } });
  });
  it("still reads the subject of 'with X arguing …'", () => {
    const claims = run(`${LEAD}The defence objected, with Ms. Okoro arguing that the search was unlawful.`);
    expect(said(claims, "search")).toMatchObject({ speaker: { name: "Okoro" } });
  });
  it("does not give 'he' to a counted plural ('about 20 people')", () => {
    const claims = run(
      `${LEAD}Governor Ames has said about 30 people have signaled an interest in the post, but he refuses to name them, aside from saying he wants a younger slate.`,
    );
    expect(said(claims, "younger slate")?.speaker?.name).toBe("Ames");
  });
  it("keeps a quotation whole after 'said:' when a verb inside it follows its subject", () => {
    const claims = run(`${LEAD}A spokeswoman for the league said: "Our members want the detail."`);
    expect(said(claims, "Our members")?.content.text).toBe('"Our members want the detail."');
  });
  it("opens the words a speaker interrupts at the relative pronoun ('…, which, Ruiz said, is …')", () => {
    const claims = run(
      `${LEAD}The market sits beside the depot, which, Ruiz said, is usually empty on Sundays.`,
    );
    expect(said(claims, "empty on Sundays")?.content.text).toBe(
      "which, Ruiz said, is usually empty on Sundays",
    );
  });
});
