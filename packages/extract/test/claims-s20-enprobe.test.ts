// Session 20 (enprobe): speakers and attribution met in made-up reports in the styles of West African,
// Caribbean, southern African, Indian Ocean, Central Asian, Caucasian and South-East Asian outlets.
// Made-up sentences; none comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-20");
const who = (text: string) => en(text).map((c) => [c.speaker.name, c.speaker.mention?.text ?? null]);

describe("an office or body whose name joins two capitalised words with “and”", () => {
  it("keeps the whole name when it opens the sentence", () => {
    expect(
      who(
        "The Kaduna Power and Light Company (KPLC) said in a notice on Monday that meters would be replaced.",
      ),
    ).toEqual([["Kaduna Power and Light Company", "The Kaduna Power and Light Company (KPLC)"]]);
    expect(
      who("The Ministry of Lands and Rural Planning has announced that 600 plots will be allocated."),
    ).toEqual([["Ministry of Lands and Rural Planning", "The Ministry of Lands and Rural Planning"]]);
  });
  it("keeps a place joined by “and” after an office’s “of the”", () => {
    const [claim] = en(
      "The Governor of the Saint Kitts and Nevis Islands, Her Excellency Marian Doyle-Pryce, said in a statement that the bill would be signed.",
    );
    expect(claim?.speaker.name).toBe("Marian Doyle-Pryce");
    expect(claim?.speaker.mention?.text).toBe(
      "The Governor of the Saint Kitts and Nevis Islands, Her Excellency Marian Doyle-Pryce",
    );
  });
  it("keeps a body with two “and”s before a parenthetical", () => {
    expect(
      who(
        "The Saint Lucia Hotel and Marina and Tourism Association, in a statement released on Tuesday, said bookings were down.",
      ),
    ).toEqual([
      [
        "Saint Lucia Hotel and Marina and Tourism Association",
        "The Saint Lucia Hotel and Marina and Tourism Association",
      ],
    ]);
  });
  it("keeps two offices joined by “and” before a name", () => {
    const [claim] = en(
      "The Governor of the Eastern Province and Mayor of Kolla T.Ganzorig announced on Tuesday that coal sales would end.",
    );
    expect(claim?.speaker.name).toBe("T.Ganzorig");
    expect(claim?.speaker.mention?.text).toBe(
      "The Governor of the Eastern Province and Mayor of Kolla T.Ganzorig",
    );
  });
});

describe("an office known by its initials or its postpositive rank", () => {
  it("“the PS” is the Permanent Secretary named before", () => {
    const names = en(
      'The Permanent Secretary in the Ministry of Works, Sahr Lebbie, said the bridge was closed.\n\nAccording to the PS, a ferry will run from Monday.\n\n"We are doing our best," the PS said.',
    ).map((c) => c.speaker.name);
    expect(names).toEqual(["Sahr Lebbie", "Sahr Lebbie", "Sahr Lebbie"]);
  });
  it("“the Secretary General” is the one named before, not a person called General", () => {
    const names = en(
      'The Secretary General of the dockworkers\' union, Mr. Foday Kanu, said wages were late.\n\n"We will not wait another month," the Secretary General said.',
    ).map((c) => c.speaker.name);
    expect(names).toEqual(["Foday Kanu", "Foday Kanu"]);
  });
  it("“MD”, “ASP”, “Eng.” and “Engineer” are titles before a name", () => {
    const names = en(
      'The Managing Director of the Rokel Water Board, Osman Tarawally, said the pumps had failed.\n\n"We are repairing them," MD Tarawally said.\n\nASP Kadiatu Sesay said the suspect had fled.\n\nEng. Musa Bangalie said the line was old. "It is forty years old," Engineer Bangalie told this reporter.',
    ).map((c) => c.speaker.name);
    expect(names).toEqual([
      "Osman Tarawally",
      "Osman Tarawally",
      "Kadiatu Sesay",
      "Musa Bangalie",
      "Musa Bangalie",
    ]);
  });
  it("drops “Esq.” after a lawyer’s name and “Her Excellency” before a governor’s", () => {
    expect(
      en("Defence lawyer Alimamy Kargbo Esq. told the court that his client was at home.")[0]?.speaker.name,
    ).toBe("Alimamy Kargbo");
    expect(en("Her Excellency Joan Aldridge-Bell said the ordinance was needed.")[0]?.speaker.name).toBe(
      "Joan Aldridge-Bell",
    );
  });
});

describe("a Mongolian name with the father’s initial joined to it", () => {
  it("is the holder after an office with a long portfolio", () => {
    expect(
      en("Minister of Mining and Heavy Industry Ch.Oyunbileg told reporters that exports had risen.")[0]
        ?.speaker.name,
    ).toBe("Ch.Oyunbileg");
  });
  it("is the holder after an opening “according to” office", () => {
    const [claim] = en(
      "According to the Head of the Darkhan City Health Department, B.Naranchimeg, the number of flu cases doubled last week.",
    );
    expect(claim?.speaker.name).toBe("B.Naranchimeg");
    expect(claim?.content.text).toBe("the number of flu cases doubled last week");
  });
});

describe("a news agency's credit lines and an explainer's kicker", () => {
  it("“Reporter: … | Editor: …” is no one's words", () => {
    const claims = en(
      "Fuel queues return to Baucau\n\nBAUCAU, 19 november 2026 (TATOLI)\n\nReporter: Ermelinda Pinto | Editor: Julião Amaral\n\nThe director, Afonso Mendes, said the tanker had arrived late.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Afonso Mendes"]);
  });
  it("“What We Know” after a headline's topic is no claim", () => {
    expect(
      en("Harbour Bridge Closure: What We Know\n\nThe bridge will close on Monday, the council said.").map(
        (c) => c.content.text,
      ),
    ).toEqual(["The bridge will close on Monday"]);
  });
});

describe("names with particles and honorifics of Portuguese and Malay usage", () => {
  it("“do” between capitalised names is inside a Timorese name", () => {
    const [claim] = en("A fish seller at the Comoro market, Lucia do Carmo, said prices had doubled.");
    expect(claim?.speaker.name).toBe("Lucia do Carmo");
  });
  it("an honorific after the body at which the office sits opens the name", () => {
    const [claim] = en(
      "Head of Vector Control at the MoH Dr Hajah Rosnah binti Haji Salleh said most larvae were found in flower pots.",
    );
    expect(claim?.speaker.name).toBe("Hajah Rosnah binti Haji Salleh");
  });
});

describe("an inverted speaker: an office with its body's initials, then the holder", () => {
  it("names the holder after “(initials), Eng.”", () => {
    const [claim] = en(
      "“The culvert has collapsed,” said the Director General of the Liberia Highway Authority (LHA), Eng. Musu Karnga, on Monday.",
    );
    expect(claim?.speaker.name).toBe("Musu Karnga");
    expect(claim?.speaker.mention?.text).toBe(
      "the Director General of the Liberia Highway Authority (LHA), Eng. Musu Karnga",
    );
  });
  it("leaves the body that speaks later its own speaker", () => {
    const claims = en(
      "“The culvert has collapsed,” said the Director General of the Liberia Highway Authority (LHA), Eng. Musu Karnga.\n\nThe Liberia Highway Authority said in a statement that the road would reopen on Friday.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Musu Karnga", "Liberia Highway Authority"]);
  });
});

describe("a hearer with its short form in brackets before the day", () => {
  it("ends before “that”", () => {
    const [claim] = en(
      "The minister told the Legislative Council (LegCo) on Tuesday that 900 flats were ready.",
    );
    expect(claim?.content.text).toBe("900 flats were ready");
  });
});

describe("more offices by initials, styles and joined-initial names", () => {
  it("“the AG” is the Attorney General named before", () => {
    const names = en(
      "Attorney General Hon. Rhonda Gardiner-Bell said 12 cases had been filed.\n\n“We will prosecute every one,” the AG said.",
    ).map((c) => c.speaker.name);
    expect(names).toEqual(["Rhonda Gardiner-Bell", "Rhonda Gardiner-Bell"]);
  });
  it("“Yang Berhormat” is a legislator's style, not a name (nor “Haji”, a style after it)", () => {
    expect(
      en("Yang Berhormat Haji Roslan bin Haji Daud said the scheme was too slow.")[0]?.speaker.name,
    ).toBe("Roslan bin Haji Daud");
  });
  it("a joined-initial name closes an office whose body ends in capitalised words", () => {
    expect(
      en("Speaker of the State Great Khural N.Ochirbat said the session would resume.")[0]?.speaker.name,
    ).toBe("N.Ochirbat");
  });
  it("“The Royal … and … Police Force” is one body", () => {
    expect(
      en("The Royal Anguilla and Sombrero Police Force said two men had been arrested.")[0]?.speaker.name,
    ).toBe("Royal Anguilla and Sombrero Police Force");
  });
});

describe("a lede's speaker known only by an office, after an outlet's and a date's lines", () => {
  it("is the one person the body names to the office", () => {
    const claims = en(
      "New ferry terminal for Soufrière\nSt Lucia Star Online\nMonday, November 16th, 2026\nWork on a new ferry terminal will begin in March, the Prime Minister announced on Friday.\nPrime Minister Dr. Roosevelt Baptiste, who also holds the finance portfolio, said the terminal would cost EC$14 million.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Roosevelt Baptiste", "Roosevelt Baptiste"]);
  });
});
