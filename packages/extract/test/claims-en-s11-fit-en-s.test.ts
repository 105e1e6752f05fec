import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";
import type { ExtractedClaim } from "../src/types.ts";

const run = (text: string, publishedAt = "2026-03-12"): ExtractedClaim[] =>
  extract({ text, lang: "en", publishedAt }).claims;
const brief = (c: ExtractedClaim | undefined) =>
  c && {
    speaker: c.speaker.name,
    mention: c.speaker.mention?.text ?? null,
    cue: c.cue.text,
    content: c.content.text,
  };

describe("local government and legislative caucuses as speakers", () => {
  it("reads a town's municipality or council as a body that speaks", () => {
    expect(run("Larnaca municipality said the new bins would arrive in May.").map(brief)).toEqual([
      {
        speaker: "Larnaca municipality",
        mention: "Larnaca municipality",
        cue: "said",
        content: "the new bins would arrive in May",
      },
    ]);
    expect(run("The Kendal town council said it had no plans to close the library.")[0]?.speaker.name).toBe(
      "Kendal town council",
    );
  });
  it("reads a party caucus, its acronym in parentheses left out of the name", () => {
    const [c] = run("The Green Party (GP) caucus hailed the budget as “a down payment on the future.”");
    expect(brief(c)).toEqual({
      speaker: "Green Party caucus",
      mention: "The Green Party (GP) caucus",
      cue: "hailed",
      content: "the budget as “a down payment on the future.”",
    });
    expect(run("Opposition caucus whip Mara Lind said the vote was rushed.")[0]?.speaker.name).toBe(
      "Mara Lind",
    );
  });
});

describe("courtroom cross-examination", () => {
  it("reads counsel's 'put it to the witness that …' as a claim, the denial after it the writer's", () => {
    const [c] = run(
      "The barrister put it to the witness that he had made up the phone call, which he denied.",
    );
    expect(brief(c)).toEqual({
      speaker: "barrister",
      mention: "The barrister",
      cue: "put",
      content: "he had made up the phone call",
    });
    const [d] = run(
      "Defence counsel Ian Moss put it to her that she had signed the forms herself, a claim she rejected.",
    );
    expect(d?.content.text).toBe("she had signed the forms herself");
  });
  it("takes no other 'put' for a cue", () => {
    expect(run("The minister put the plan on hold until the spring.")).toEqual([]);
    expect(run("The mayor put forward a proposal that would double parking fees.")).toEqual([]);
  });
  it("makes no claim of a hearing that only goes on at a later date", () => {
    expect(run("The trial continues on April 9.")).toEqual([]);
    expect(run("The inquest continues next week.")).toEqual([]);
  });
});

describe("titles before a name", () => {
  it("leaves a party's acronym and 'Legislator' out of the name", () => {
    const [c] = run("NPP Legislator Tsai Wen-chun (蔡文君) argued that the fines were too low.");
    expect([c?.speaker.name, c?.speaker.mention?.text]).toEqual([
      "Tsai Wen-chun",
      "NPP Legislator Tsai Wen-chun (蔡文君)",
    ]);
  });
  it("leaves a player's place in the squad out of the name, a team's captain in the mention", () => {
    const [a] = run("Debutant Mere Tabua, 18, said she had not slept since the call-up.");
    expect([a?.speaker.name, a?.speaker.mention?.text]).toEqual(["Mere Tabua", "Debutant Mere Tabua, 18"]);
    const [b] = run("After the draw, Samoa captain Tavita Leota said the pool was the hardest in years.");
    expect(b?.speaker.mention?.text).toBe("Samoa captain Tavita Leota");
  });
  it("reads the Fijian chiefly titles Ratu and Adi as titles, the later 'Adi X' as the same person", () => {
    const claims = run(
      "Netball Fiji president Adi Sereana Vuki said the courts would be ready by March.\n“We are on schedule,” Adi Sereana said.\nTourism Fiji chairman Ratu Jone Bale said bookings were up.",
    );
    expect(claims.map((c) => [c.speaker.name, c.speaker.mention?.text])).toEqual([
      ["Sereana Vuki", "Netball Fiji president Adi Sereana Vuki"],
      ["Sereana Vuki", "Adi Sereana"],
      ["Jone Bale", "Tourism Fiji chairman Ratu Jone Bale"],
    ]);
  });
  it("keeps 'Adi' of a two-word name that is no chiefly title", () => {
    expect(run("Adi Mehta said the merger would close in June.")[0]?.speaker.name).toBe("Adi Mehta");
  });
});

describe("dates of a wire agency's own interviews", () => {
  it("dates 'told <the story's own agency> by phone' as the day's news", () => {
    const claims = run(
      "Taipei, March 10 (CNA) Mayor Lin Hsiu-ying on Tuesday said the new bus routes would ease traffic.\nDrivers' union head Chen Li-wei told CNA by phone that the routes were too long.",
    );
    expect(claims.map((c) => [c.speaker.name, c.date])).toEqual([
      ["Lin Hsiu-ying", "2026-03-10"],
      ["Chen Li-wei", "2026-03-10"],
    ]);
  });
});

describe("a lede's present tense and the occasion after it", () => {
  it("ends the content before a past 'after she …' clause with its day, which dates the words", () => {
    const [c] = run(
      "SAMOA women's coach Lina Faleolo says her team can reach the semi-finals in Perth after she named four new caps on Tuesday.",
    );
    expect([c?.content.text, c?.date]).toEqual(["her team can reach the semi-finals in Perth", "2026-03-10"]);
  });
  it("keeps a time still to come inside the content", () => {
    const [c] = run("The minister says prices will fall after the central bank cuts rates next month.");
    expect(c?.content.text).toBe("prices will fall after the central bank cuts rates next month");
  });
});

describe("'according to' the person just quoted", () => {
  it("dates '…, according to X' by X's dated words just before", () => {
    const claims = run(
      "League president Ratu Tevita Lomu said on Monday the final would be played in Suva.\nTickets will go on sale next week, according to Ratu Tevita.",
    );
    expect(claims.map((c) => [c.speaker.name, c.date])).toEqual([
      ["Tevita Lomu", "2026-03-09"],
      ["Tevita Lomu", "2026-03-09"],
    ]);
  });
  it("leaves a body's figures undated", () => {
    const claims = run(
      "The transport agency said on Monday the new line would open in May.\nAccording to the agency, 40,000 people use the route each day.",
    );
    expect(claims.map((c) => c.date)).toEqual(["2026-03-09", null]);
  });
});

describe("words told around the story's occasion", () => {
  it("skips a clause of time between the hearer and 'that'", () => {
    const [c] = run("Moss told reporters as he walked out of the court that he had done nothing wrong.");
    expect(c?.content.text).toBe("he had done nothing wrong");
  });
  it("dates words told to an outlet after the day's announcement like the rest of it", () => {
    const claims = run(
      "Coach Sera Tawake said on Tuesday the squad was the fittest she had picked.\nNewcomer Lusi Koroi told Radio Pasifika after the announcement that she had cried on hearing the news.",
    );
    expect(claims.map((c) => [c.speaker.name, c.date])).toEqual([
      ["Sera Tawake", "2026-03-10"],
      ["Lusi Koroi", "2026-03-10"],
    ]);
  });
  it("leaves an outlet's own interview with no occasion undated", () => {
    const claims = run(
      "Coach Sera Tawake said on Tuesday the squad was the fittest she had picked.\nFormer captain Ana Vula told Radio Pasifika that the squad lacked experience.",
    );
    expect(claims.map((c) => c.date)).toEqual(["2026-03-10", null]);
  });
});

describe("research teams and their papers", () => {
  it("reads 'X at Y and her colleagues' as X speaking for the team", () => {
    const [c] = run(
      "In their paper, published on 2 March, Lena Holt at the University of Oslo and her colleagues reported that the vaccine halved infections.",
    );
    expect([c?.speaker.name, c?.speaker.mention?.text, c?.date]).toEqual([
      "Lena Holt",
      "Lena Holt at the University of Oslo and her colleagues",
      "2026-03-02",
    ]);
  });
  it("dates a paper's words in the present by the day the paper came out", () => {
    const claims = run(
      "In a preprint posted on 4 March, a team led by Omar Said at Cairo University reported that the effect vanished.\n“It simply is not there,” says Said.\nThe effect also disappeared in mice, the authors write.\nA group in Lyon posted similar results on 6 March.\nIn its preprint, the Lyon group argues that the original samples were contaminated.",
    );
    expect(claims.map((c) => [c.cue.text, c.date])).toEqual([
      ["reported", "2026-03-04"],
      ["says", null],
      ["write", "2026-03-04"],
      ["argues", "2026-03-06"],
    ]);
  });
});

describe("a body named by its place or owner before the head noun", () => {
  it("keeps 'the Lyon group' apart from another group's university", () => {
    const claims = run(
      "Groups at the Institut Lumière in Lyon and at Kyoto University posted similar results on 6 March.\nIn its preprint, the Lyon group argues that the samples were contaminated.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Lyon group"]);
  });
  it("keeps 'the Okafor campaign' apart from the campaign quoted before", () => {
    const claims = run(
      "The Delaney campaign said the poll was flawed.\nThe Okafor campaign called the claims baseless.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Delaney campaign", "Okafor campaign"]);
  });
});

describe("who speaks in a description of membership or figures", () => {
  it("reads a member of a team as the speaker, not the team", () => {
    const [c] = run(
      "A scientist on the Leiden team, who asked not to be named because the work is unpublished, said the data were “messy”.",
    );
    expect(c?.speaker.name).toBe("scientist on the Leiden team");
  });
  it("reads a named body's statistics as the body", () => {
    const claims = run(
      "The Ministry of Health (MOH) said the clinics would open in May.\nAccording to MOH statistics, 12,000 patients waited more than a year.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Ministry of Health", "Ministry of Health"]);
  });
});

describe("a school epithet for someone just named", () => {
  it("resolves 'the former <school> student' to the person quoted before", () => {
    const claims = run(
      "Newcomer Sela Vaka, 18, said she had trained every morning before school.\n“I never thought this day would come,” said the former Suva Grammar School student.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Sela Vaka", "Sela Vaka"]);
  });
});

describe("accounts relayed inside someone's words", () => {
  it("makes no claim of what a third person 'had told' someone, inside a statement", () => {
    const claims = run(
      "Detective Sergeant Paul Ince said the accused had told officers the cash was a gift from his uncle.",
    );
    expect(claims.map((c) => [c.speaker.name, c.cue.text])).toEqual([["Paul Ince", "said"]]);
  });
  it("makes no claim of a share of those surveyed, inside a body's figures", () => {
    const claims = run(
      "According to the union's survey, drivers work 11 hours a day, and nearly one in four said they had been assaulted at work.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["According to"]);
    const figures = run(
      "According to ministry figures, exports fell in 2025, and 40 percent of firms said they had cut staff.",
    );
    expect(figures.map((c) => c.cue.text)).toEqual(["According to"]);
  });
  it("drops a participle with 'online' and its day from a description", () => {
    const [c] = run("Prices rose, according to two studies posted online this week.");
    expect(c?.speaker.mention?.text).toBe("two studies posted online this week");
    expect(c?.speaker.name).toBe("two studies");
  });
});

describe("a relative-clause claim inside a sentence's subject", () => {
  it("ends the gapped content where the sentence's own predicate begins", () => {
    const [c] = run(
      "A vaccine that its makers said last month would block infection does not appear to work in older adults.",
    );
    expect([c?.speaker.mention?.text, c?.content.text]).toEqual(["its makers", "would block infection"]);
  });
  it("keeps a clause with its own pronoun subject inside the content", () => {
    const [c] = run("They passed a measure that critics said would cost more than it is worth.");
    expect(c?.content.text).toBe("would cost more than it is worth");
  });
});

describe("a team that speaks through its leader", () => {
  it("reads 'a team led by X' as X and 'the authors' later as the same leader", () => {
    const claims = run(
      "In a paper published on 3 March, a team led by Ines Duarte at the University of Porto reported that the enzyme broke down plastic.\nThe enzyme also worked at room temperature, the authors write.",
    );
    expect(claims.map((c) => [c.speaker.name, c.speaker.mention?.text])).toEqual([
      ["Ines Duarte", "a team led by Ines Duarte at the University of Porto"],
      ["Ines Duarte", "the authors"],
    ]);
  });
  it("keeps 'the researchers' a description", () => {
    expect(run("The researchers say the samples were pure.")[0]?.speaker.name).toBe("researchers");
  });
});

describe("a team named before its leader", () => {
  it("resolves a lede's 'its discoverers' to the leader named further on", () => {
    const claims = run(
      "A material that its discoverers said last year could store hydrogen at room temperature does not hold up, according to two new studies.\nIn their paper, published on 2 March, Yuki Arai at the University of Osaka and her colleagues reported that the material was stable.",
    );
    const discoverers = claims.find((c) => c.speaker.mention?.text === "its discoverers");
    expect(discoverers?.speaker.name).toBe("Yuki Arai");
  });
});

describe("a finding inside a sentence given before its cue", () => {
  it("makes no claim of what the samples showed when the authors are the ones who say it", () => {
    const claims = run("The mice also showed no sign of weight loss, the authors write.");
    expect(claims.map((c) => [c.speaker.name, c.cue.text])).toEqual([["authors", "write"]]);
  });
});

describe("a name followed by its own script in parentheses", () => {
  it("keeps the characters in the mention of an inverted speaker, out of the name", () => {
    const [c] = run("“The rate is too low,” said Chen Wei-ting (陳瑋廷).");
    expect([c?.speaker.name, c?.speaker.mention?.text]).toEqual(["Chen Wei-ting", "Chen Wei-ting (陳瑋廷)"]);
    const [d] = run("Premier Cho Jung-tai (卓榮泰) told reporters that the budget was sound.");
    expect([d?.speaker.name, d?.speaker.mention?.text]).toEqual([
      "Cho Jung-tai",
      "Premier Cho Jung-tai (卓榮泰)",
    ]);
  });
});

describe("a paper's day is not the story's", () => {
  it("leaves later undated remarks undated instead of giving them the day a paper was published", () => {
    const claims = run(
      "In the original paper, published in The Lancet on 4 February, Ana Ruiz at the University of Seville reported that the drug halved relapses.\nA spokesperson for The Lancet said the journal was “aware of the concerns”.",
    );
    expect(claims.map((c) => c.date)).toEqual(["2026-02-04", null]);
  });
});

describe("a social media post with no day", () => {
  it("leaves words written on a Facebook page undated", () => {
    const claims = run(
      "Coach Sera Tawake said on Tuesday the squad was ready.\nFormer captain Ana Vula wrote on her Facebook page that the squad “will turn heads”.",
    );
    expect(claims.map((c) => c.date)).toEqual(["2026-03-10", null]);
  });
});

describe("a headline's noun compound", () => {
  it("makes no claim of 'X claim crumbles as …'", () => {
    expect(
      run(
        "Battery claim collapses as two labs fail to repeat it\nThe company said it stood by its data.",
      ).map((c) => c.cue.text),
    ).toEqual(["said"]);
  });
});

describe("a framing phrase before a sentence with its own source", () => {
  it("makes no 'In a study' claim when a long subject and its verb follow", () => {
    const claims = run(
      "In a study published on 2 March, Lena Holt at the University of Oslo and her colleagues reported that the vaccine halved infections.",
    );
    expect(claims.map((c) => [c.speaker.name, c.cue.text, c.date])).toEqual([
      ["Lena Holt", "reported", "2026-03-02"],
    ]);
  });
});

describe("a relative clause between the speaker and the cue", () => {
  it("is part of the mention, not of the name", () => {
    const [c] = run("Mara Lind, who has run the shelter for a decade, told reporters that beds were full.");
    expect([c?.speaker.name, c?.speaker.mention?.text]).toEqual([
      "Mara Lind",
      "Mara Lind, who has run the shelter for a decade",
    ]);
  });
});
