import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// 2026-11-24 is a Tuesday
const run = englishOn("2026-11-24");
const LEAD = "The county board met on Monday to vote on the harbour plan.\n";

describe("English content edges: where the reported words begin and end (session 15)", () => {
  it("keeps a listed object whole: 'called the levy unfair, clumsy and late', 'wants to A, B and C'", () => {
    const claims = run(
      `${LEAD}A fishermen's group called the harbour levy unfair, clumsy and late. The mayor wants to widen the quay, repave the market square and build a ferry shelter.`,
    );
    expect(said(claims, "levy")?.content.text).toBe("the harbour levy unfair, clumsy and late");
    expect(said(claims, "quay")?.content.text).toBe(
      "to widen the quay, repave the market square and build a ferry shelter",
    );
  });
  it("keeps a name set beside its role and a place with its state inside the object", () => {
    const claims = run(
      `${LEAD}Ms. Ortega praised the harbour's new director, Tomas Vell. The union criticized Dover, Del., port officials for the delays.`,
    );
    expect(said(claims, "director")?.content.text).toBe("the harbour's new director, Tomas Vell");
    expect(said(claims, "port officials")?.content.text).toBe("Dover, Del., port officials for the delays");
  });
  it("still ends an object at a comma before a clause, an aside or another subject", () => {
    const claims = run(
      `${LEAD}The trade group blasted the levy, which takes effect in May. The mayor defended the quay plan, without giving a cost, and the board backed it. Residents praised the ferry plan, Mayor Dunn and her staff said.`,
    );
    expect(said(claims, "levy")?.content.text).toBe("the levy");
    expect(said(claims, "quay plan")?.content.text).toBe("the quay plan");
    expect(said(claims, "ferry plan")?.content.text).toBe("the ferry plan");
    const act = run(
      `${LEAD}The governor invoked the storm act late Monday, freeing up crews and boats from the coast.`,
    );
    expect(said(act, "storm act")?.content.text).toBe("the storm act late Monday");
  });
  it("ends a fronted subordinate clause with a pronoun subject at its comma ('While she conceded …, she said …')", () => {
    const claims = run(
      `${LEAD}While she conceded the harbour budget was tight, Ms. Ortega said the ferry would run all winter. The plan is modest, and once he has argued his case, he is happy to let the board decide.`,
    );
    expect(said(claims, "budget")?.content.text).toBe("the harbour budget was tight");
    expect(said(claims, "his case")?.content.text).toBe("his case");
  });
  it("still runs a closing 'though she noted …' clause on past its comma", () => {
    const claims = run(
      `${LEAD}Ms. Ortega backed the plan, though she noted that the ferry fares would rise, which worries pensioners.`,
    );
    expect(said(claims, "fares")?.content.text).toBe("the ferry fares would rise, which worries pensioners");
  });
  it("ends a quote before the speaker's reporting participle ('…,” he said, suggesting …, “…”')", () => {
    const claims = run(
      `${LEAD}"The board has to act now," Mr. Sand said, suggesting two questions, including, "Why must the fares rise?" "It is late," she sang to the crowd before asking them, "Are you ready?"`,
    );
    expect(said(claims, "act now")?.content.text).toBe('"The board has to act now,"');
    expect(said(claims, "It is late")?.content.text).toBe('"It is late,"');
  });
  it("still joins a quote resumed after a gesture ('…,” he said, pointing to the map, “…”')", () => {
    const claims = run(
      `${LEAD}"This is the quay," Mr. Sand said, pointing to the map, "and it floods every spring."`,
    );
    expect(said(claims, "the quay")?.content.text).toBe(
      '"This is the quay," Mr. Sand said, pointing to the map, "and it floods every spring."',
    );
  });
  it("ends an object before the speaker's next act ('promised a veto and attempted to …', '… but has said …')", () => {
    const claims = run(
      `${LEAD}The governor has promised a veto and attempted to win over the board. Ms. Ortega has encouraged the ferry firm to cut fares but has said she will not force it.`,
    );
    expect(said(claims, "veto")?.content.text).toBe("a veto");
    expect(said(claims, "cut fares")?.content.text).toBe("the ferry firm to cut fares");
  });
  it("still keeps an adjective after 'and' in the object ('praised the brave and dedicated crews')", () => {
    const claims = run(`${LEAD}The mayor praised the brave and dedicated crews of the lifeboat.`);
    expect(said(claims, "crews")?.content.text).toBe("the brave and dedicated crews of the lifeboat");
  });
  it("ends a weak verb's object before its occasion, cause or another event ('in May', 'when …', 'as X fired …')", () => {
    const claims = run(
      `${LEAD}The union endorsed Ms. Ortega in May at a rally. The ferry firm blasted the levy as a "tax on islanders" Friday on the Harbour Radio show. Critics described the quay as a white elephant when it opened in 2019. The board condemned the harbour fire as Dunmore mourned its dead.`,
    );
    expect(said(claims, "Ortega")?.content.text).toBe("Ms. Ortega");
    expect(said(claims, "islanders")?.content.text).toBe('the levy as a "tax on islanders"');
    expect(said(claims, "white elephant")?.content.text).toBe("the quay as a white elephant");
    expect(said(claims, "harbour fire")?.content.text).toBe("the harbour fire");
  });
  it("still keeps a clause that belongs to a verb inside the object ('wants to …, but can't because …')", () => {
    const claims = run(`${LEAD}The mayor wants to open the quay but can't because the board objects.`);
    expect(said(claims, "open the quay")?.content.text).toBe(
      "to open the quay but can't because the board objects",
    );
  });
  it("ends the content before '…, and Y is promising …' (a progressive verb with its own subject)", () => {
    const claims = run(
      `${LEAD}The mayor has vowed to rebuild the quay, and the ferry firm is promising to add a winter sailing.`,
    );
    expect(said(claims, "rebuild")?.content.text).toBe("to rebuild the quay");
    expect(said(claims, "winter sailing")).toMatchObject({
      speaker: { name: "ferry firm" },
      content: { text: "to add a winter sailing" },
    });
  });
  it("keeps ', including …' with the object it lists members of", () => {
    const claims = run(`${LEAD}The ferry firm criticized several councillors, including the deputy mayor.`);
    expect(said(claims, "councillors")?.content.text).toBe("several councillors, including the deputy mayor");
  });
  it("ends a that-clause before '…, and human rights groups warned …' (lowercase modifiers before the subject)", () => {
    const claims = run(
      `${LEAD}The mayor stressed that the quay repairs were not finished, and human rights groups warned that the port was failing migrants.`,
    );
    expect(said(claims, "repairs")?.content.text).toBe("the quay repairs were not finished");
  });
  it("ends the content before the writer's own present-tense clause ('…, and the downgrade is casting …')", () => {
    const claims = run(
      `${LEAD}The ferry firm announced that it was cutting its winter timetable, and the cut is hitting island schools.`,
    );
    expect(said(claims, "timetable")?.content.text).toBe("it was cutting its winter timetable");
    const past = run(
      `${LEAD}The engineer said the quay was due for repair, but the work was postponed for lack of money.`,
    );
    expect(said(past, "due for repair")?.content.text).toBe(
      "the quay was due for repair, but the work was postponed for lack of money",
    );
  });
});
