// Session 16 (conv): the three gold conventions the sets disagreed on, settled and followed by the rules —
// "last week" dates nothing, a question asked is no claim, "described/called/labelled X (as) Y" is a claim.
// Made-up sentences; no text here comes from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";
import { englishOn } from "./english.ts";

// (a Wednesday)
const en = englishOn("2026-06-10");
const enDates = (text: string) => en(text).map((c) => [c.speaker.name, c.cue.text, c.date]);
const enBrief = (text: string) => en(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);
// (a Tuesday)
const arDates = (text: string) => run(text, "2025-11-25").map((c) => [c.speaker.name, c.date]);

describe('"last week" and «الأسبوع الماضي» give no day', () => {
  it("leaves a statement made last week undated", () => {
    expect(
      enDates(
        "Ferry fares to rise in July\nThe island council said on Tuesday that fares would rise by 8%.\nThe operator's chief executive, Alan Reid, said last week that the fleet needed replacing.",
      ),
    ).toEqual([
      ["island council", "said", "2026-06-09"],
      ["Alan Reid", "said", null],
    ]);
    expect(
      enDates(
        "Ferry fares to rise in July\nThe island council said on Tuesday that fares would rise by 8%.\nThe tenants' union argued in a letter to the council last week that the rise was unlawful.",
      ),
    ).toEqual([
      ["island council", "said", "2026-06-09"],
      ["tenants' union", "argued", null],
    ]);
  });
  it("gives a lede's statement made last week, and the words that go on from it, no day", () => {
    expect(
      enDates(
        "Port strike talks stall\nThe dockers' union said last week that its members would strike for a second month.\nIts general secretary, Mary Otieno, said the employers had not made a new offer.",
      ),
    ).toEqual([
      ["dockers' union", "said", null],
      ["Mary Otieno", "said", null],
    ]);
  });
  it("gives the week before last no day either, but keeps a weekday of last week", () => {
    expect(
      enDates(
        "Ferry fares to rise in July\nThe island council said on Tuesday that fares would rise by 8%.\nThe operator said the week before last that it would cut two routes.",
      ),
    ).toEqual([
      ["island council", "said", "2026-06-09"],
      ["operator", "said", null],
    ]);
    expect(
      enDates(
        "Ferry fares to rise in July\nThe island council said on Tuesday that fares would rise by 8%.\nThe operator said on Thursday last week that it would cut two routes.",
      ),
    ).toEqual([
      ["island council", "said", "2026-06-09"],
      ["operator", "said", "2026-06-04"],
    ]);
  });
  it("leaves an Arabic statement of «الأسبوع الماضي» undated", () => {
    expect(
      arDates(
        "أعلنت وزارة الزراعة الثلاثاء أن موسم القمح سيبدأ مبكرا.\nوكانت نقابة المزارعين قد أعلنت الأسبوع الماضي أن الأسعار لا تغطي الكلفة.",
      ),
    ).toEqual([
      ["وزارة الزراعة", "2025-11-25"],
      ["نقابة المزارعين", null],
    ]);
    expect(
      arDates(
        "أعلنت وزارة الزراعة الثلاثاء أن موسم القمح سيبدأ مبكرا.\nوكانت نقابة المزارعين قد حذرت خلال الأسبوع قبل الماضي من أن الأسعار لا تغطي الكلفة.",
      ),
    ).toEqual([
      ["وزارة الزراعة", "2025-11-25"],
      ["نقابة المزارعين", null],
    ]);
  });
  it("keeps an Arabic weekday of last week («الخميس الماضي») as its day", () => {
    expect(
      arDates(
        "أعلنت وزارة الزراعة الثلاثاء أن موسم القمح سيبدأ مبكرا.\nوكانت نقابة المزارعين قد أعلنت الخميس الماضي أن الأسعار لا تغطي الكلفة.",
      ),
    ).toEqual([
      ["وزارة الزراعة", "2025-11-25"],
      ["نقابة المزارعين", "2025-11-20"],
    ]);
  });
});

describe("a question put with a verb of asking is no claim", () => {
  it("drops a quotation that only asks", () => {
    expect(
      enBrief(
        'Levy row deepens\n"Who is going to pay for this?" asked Ruth Mensah, a trader at the market.\nCouncillor Peter Osei asked: "Where was the council when the river rose? Where is the money now?"',
      ),
    ).toEqual([]);
  });
  it("drops an indirect question after asked, wondered or questioned", () => {
    expect(
      enBrief(
        "Levy row deepens\nOpposition councillor Ruth Mensah questioned why the levy had been approved without a hearing.\nTraders wondered whether the market would reopen before the rains.\nSeveral lawmakers asked whether the fund had been audited.",
      ),
    ).toEqual([]);
  });
  it("keeps the asker in focus for the words that follow the question", () => {
    expect(
      enBrief(
        'Levy row deepens\nThe mayor, Daniel Owusu, defended the levy.\n"Why now?" asked councillor Ruth Mensah, adding that the timing was suspicious.',
      ),
    ).toEqual([["Ruth Mensah", "adding", "the timing was suspicious"]]);
  });
  it("keeps a quotation that asserts as well as asks, and a request", () => {
    expect(
      enBrief(
        'Levy row deepens\n"Who decided this? Nobody consulted us," asked trader Ann Boateng.\nMayor Daniel Owusu asked residents to be patient.',
      ),
    ).toEqual([
      ["Ann Boateng", "asked", '"Who decided this? Nobody consulted us,"'],
      ["Daniel Owusu", "asked", "residents to be patient"],
    ]);
  });
  it("reads no Arabic quoted question as a claim either", () => {
    expect(
      run(
        'وقال النائب سامي العلي إن المشروع "متعثر"، متسائلا: "من سيحاسب المقاول؟".\nوتساءل التاجر خالد يوسف: "أين ذهبت الأموال؟".',
      ).map((c) => c.cue.text),
    ).toEqual(["قال"]);
  });
});

describe('"described/called/labelled X (as) Y" is a claim', () => {
  it("reads the British 'labelled' as 'labeled'", () => {
    expect(enBrief("The opposition leader, Grace Banda, labelled the claims baseless.")).toEqual([
      ["Grace Banda", "labelled", "the claims baseless"],
    ]);
    expect(enBrief('Critics rejected the plan, labelling it "a cover-up".')).toEqual([
      ["Critics", "labelling", 'it "a cover-up"'],
    ]);
  });
  it("keeps the object and its description as the content", () => {
    expect(enBrief('The farmers\' union described the budget as "a betrayal of growers".')).toEqual([
      ["farmers' union", "described", 'the budget as "a betrayal of growers"'],
    ]);
    expect(enBrief('Finance Minister Tendai Moyo called the report "deeply flawed".')).toEqual([
      ["Tendai Moyo", "called", 'the report "deeply flawed"'],
    ]);
  });
});
