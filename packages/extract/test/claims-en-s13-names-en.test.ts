import { describe, expect, it } from "vitest";
import { parseEnglishMention } from "../src/en/mention.ts";
import { extract } from "../src/index.ts";

// Reviewer probes (session 13, lane names-en): made-up English news from many countries' outlets, the
// speaker each claim names and the words that refer to it.
const run = (text: string) =>
  extract({ text, publishedAt: "2026-11-30", lang: "en" }).claims.map((c) => ({
    name: c.speaker.name,
    kind: c.speaker.kind,
    mention: c.speaker.mention?.text,
    cue: c.cue.text,
  }));

describe("English speaker names: offices whose rank comes last, Irish titles", () => {
  it("names the person after 'The Attorney General,' and 'The Chief Constable,' (an office, not a body)", () => {
    expect(
      run(
        "The Solicitor General, Kate Brennan, said the appeal would proceed. The solicitor general said a date would be set.",
      ),
    ).toMatchObject([
      { name: "Kate Brennan", kind: "person", mention: "The Solicitor General, Kate Brennan" },
      { name: "Kate Brennan", mention: "The solicitor general" },
    ]);
    expect(run("The Attorney-General, Ruth Okafor, told the court the law was clear.")).toMatchObject([
      { name: "Ruth Okafor", kind: "person" },
    ]);
    expect(run("The Chief Constable, Dawn Pritchard, said the force was stretched.")).toMatchObject([
      { name: "Dawn Pritchard", kind: "person" },
    ]);
  });
  it("reads 'Taoiseach' and 'Tánaiste' as titles before a name, and 'the Taoiseach' as that person", () => {
    expect(
      run(
        "Taoiseach Ronan Kiely said he was deeply concerned by the report. The Taoiseach told reporters in Brussels that Ireland would raise it.",
      ),
    ).toMatchObject([
      { name: "Ronan Kiely", mention: "Taoiseach Ronan Kiely" },
      { name: "Ronan Kiely", mention: "The Taoiseach" },
    ]);
    expect(run("Tánaiste Orla Fahy said the talks had gone well.")).toMatchObject([{ name: "Orla Fahy" }]);
  });
});

describe("English speaker names: where the speaker works or spoke is not the speaker", () => {
  it("names the pundit, not the broadcaster, in '…,” said X on Sky Sports'", () => {
    expect(run('"It was never a penalty," said Martin Doyle on Sky Sports.')).toMatchObject([
      { name: "Martin Doyle", kind: "person" },
    ]);
    expect(run('"The keeper had to come," said Doyle on BBC Radio 5 Live.')).toMatchObject([
      { name: "Doyle" },
    ]);
  });
  it("keeps a titled portfolio 'on …' inside the title ('Special Assistant to the Chief Minister on Health X')", () => {
    expect(
      parseEnglishMention("Special Assistant to the Chief Minister on Health Farah Qureshi"),
    ).toMatchObject({
      name: "Farah Qureshi",
    });
  });
  it("reads 'Officials at the Ministry of Health in Kampala' as the officials, not the town", () => {
    const [claim] = run(
      "Officials at the Ministry of Health in Kampala said three new cases had been confirmed.",
    );
    expect(claim?.name).not.toBe("Kampala");
    expect(claim?.mention).toBe("Officials at the Ministry of Health in Kampala");
    const [doctors] = run("Doctors at the Royal Victoria Hospital in Belfast said the boy was stable.");
    expect(doctors?.name).not.toBe("Belfast");
    expect(doctors?.name).toMatch(/^Doctors at the Royal Victoria Hospital/);
  });
});

describe("English speaker names: 'they' for a family, 'the 41-year-old' for someone named", () => {
  it("reads 'they' after 'The family of X said' as the family", () => {
    expect(
      run(
        'The family of Declan Foley said they were "heartbroken". In a statement issued through gardaí, they said he was a loving son.',
      ),
    ).toMatchObject([
      { name: "family of Declan Foley", mention: "The family of Declan Foley" },
      { name: "family of Declan Foley", mention: "they" },
    ]);
    expect(
      run("The Okafor family said the inquest had answered nothing. They said they would appeal."),
    ).toMatchObject([{ name: "Okafor family" }, { name: "Okafor family", mention: "They" }]);
  });
  it("reads 'The 41-year-old added' as the person just named", () => {
    expect(
      run(
        '"We were second best in every department," said Tadhg Kearney, the Cork manager, after the defeat. The 41-year-old added that his players would learn from it.',
      ),
    ).toMatchObject([
      { name: "Tadhg Kearney", cue: "said" },
      { name: "Tadhg Kearney", mention: "The 41-year-old", cue: "added" },
    ]);
  });
});

describe("English speaker names: sports epithets and a lede named by the scene after it", () => {
  it("reads 'The two-time Olympic champion', 'The world champion' and 'The Australian captain' as the athlete just named", () => {
    expect(
      run(
        "Wanjiru said she felt strong ahead of the Berlin race. The two-time Olympic champion told reporters that the course suited her.",
      ),
    ).toMatchObject([
      { name: "Wanjiru", cue: "said" },
      { name: "Wanjiru", mention: "The two-time Olympic champion", cue: "told" },
    ]);
    expect(
      run("Tomas Lindgren won the sprint on Sunday. The world champion said the wind had helped."),
    ).toMatchObject([{ name: "Tomas Lindgren", mention: "The world champion" }]);
    expect(
      run("Hazlewood said the side was ready. The Australian captain said the pitch would favour pace."),
    ).toMatchObject([{ name: "Hazlewood" }, { name: "Hazlewood", mention: "The Australian captain" }]);
  });
  it("keeps a claim whose subject is a described entrepreneur ('The edtech entrepreneur said')", () => {
    expect(
      run(
        "Ravi Menon said the allegations were false. The edtech entrepreneur said he would fight the case.",
      ),
    ).toMatchObject([{ name: "Ravi Menon" }, { mention: "The edtech entrepreneur", cue: "said" }]);
  });
  it("names a lede's '“…,” the premier said.' by the titled name in the scene sentence after it", () => {
    expect(
      run(
        '"There is no place for violence in our politics," the premier said.\n\nTasmanian Premier Colin Fenwick was speaking after a candidate was assaulted in Launceston.',
      ),
    ).toMatchObject([{ name: "Colin Fenwick", mention: "the premier" }]);
  });
});

describe("English speaker mentions: where the speaker's words begin and end", () => {
  it("ends a participle's subject before its main verb ('The opposition walked out, saying')", () => {
    expect(run("The opposition walked out, saying it had not been consulted on the bill.")).toMatchObject([
      { name: "opposition", mention: "The opposition", cue: "saying" },
    ]);
    expect(run("The teachers' union hit back, saying the offer was an insult.")).toMatchObject([
      { mention: "The teachers' union", cue: "saying" },
    ]);
    expect(run("The newly elected mayor walked out, saying the count was flawed.")).toMatchObject([
      { mention: "The newly elected mayor", cue: "saying" },
    ]);
  });
  it("keeps the body before a lowercase unit and role ('IMF mission chief X', 'World Bank country director X')", () => {
    expect(run("IMF mission chief Oksana Varga said the reforms were working.")).toMatchObject([
      { name: "Oksana Varga", mention: "IMF mission chief Oksana Varga" },
    ]);
    expect(run("World Bank country director Mara Osei said growth would pick up.")).toMatchObject([
      { name: "Mara Osei", mention: "World Bank country director Mara Osei" },
    ]);
  });
  it("keeps a role of a body named by its kind before an appositive name ('The chief of the state health service, X,')", () => {
    expect(run("The chief of the state health service, Ana Silva, said every bed was full.")).toMatchObject([
      { name: "Ana Silva", mention: "The chief of the state health service, Ana Silva" },
    ]);
  });
  it("reads 'Senior Advocate' as a title before a name", () => {
    expect(
      run(
        "The petitioners' lawyer, Senior Advocate Rohan Mehra, told the bench that the law was void. Mehra argued the state had no power to pass it.",
      ),
    ).toMatchObject([
      { name: "Rohan Mehra", cue: "told" },
      { name: "Rohan Mehra", mention: "Mehra", cue: "argued" },
    ]);
  });
});

describe("English speaker names: a relative by given name, a body by initials with its 'of'", () => {
  it("keeps 'The boy's father, Ramesh, said' and 'His wife, Anita, said' (a given name alone after a relative)", () => {
    expect(run("The boy's father, Suresh, said the school had failed him.")).toMatchObject([
      { name: "Suresh", kind: "person", mention: "The boy's father, Suresh" },
    ]);
    expect(
      run(
        "Verma's mother, Kavita, told reporters that her son had been missing for a week. She said police had ignored her.",
      ),
    ).toMatchObject([
      { name: "Kavita", cue: "told" },
      { name: "Kavita", mention: "She", cue: "said" },
    ]);
    expect(run("His wife, Achieng, said he had been threatened.")).toMatchObject([{ name: "Achieng" }]);
  });
  it("reads 'MOM' as 'Singapore's Ministry of Manpower' (initials with the 'of', after an owner's possessive)", () => {
    expect(
      run(
        "Singapore's Ministry of Manpower said employers who broke the rules would be fined. MOM added that inspections would increase next year.",
      ),
    ).toMatchObject([
      { name: "Singapore's Ministry of Manpower" },
      { name: "Singapore's Ministry of Manpower", kind: "organisation", mention: "MOM" },
    ]);
  });
});

describe("English speaker names: no speaker taken from the content, no state as a person", () => {
  it("reads no claim in 'A and B had agreed to the plan' (a deal accepted) and keeps the minister unnamed", () => {
    const claims = run(
      "The minister told Parliament that Kenya would not borrow more. She said Uganda and Rwanda had agreed to the plan.",
    );
    expect(claims.map((c) => c.name)).not.toContain("Rwanda");
    expect(claims[0]).toMatchObject({ mention: "The minister", cue: "told" });
    expect(run("The union agreed to pay the fine.")).toHaveLength(1);
  });
  it("never names a lede's unnamed minister after a state quoted by its name ('Tanzania said')", () => {
    expect(
      run("The minister said Kenya would not borrow more from China. Tanzania said it would keep borrowing."),
    ).toMatchObject([{ mention: "The minister", name: "minister" }, { name: "Tanzania" }]);
  });
});

describe("English speaker names: an office by its initials", () => {
  it("reads 'The CM' and 'The PM' as the chief minister and prime minister the article named", () => {
    expect(
      run(
        "Chief Minister Revanth Gowda said the state would appeal. The CM told reporters in Hyderabad that the Centre had been unfair.",
      ),
    ).toMatchObject([
      { name: "Revanth Gowda" },
      { name: "Revanth Gowda", mention: "The CM", kind: "person" },
    ]);
    expect(
      run(
        "Prime Minister Anil Mehta said the economy was strong. The PM told the rally that jobs would follow.",
      ),
    ).toMatchObject([{ name: "Anil Mehta" }, { name: "Anil Mehta", mention: "The PM" }]);
  });
});
