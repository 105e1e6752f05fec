import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Speaker rules written for the misses of set R; every text here is made up.
// 2026-10-14 is a Wednesday
const run = englishOn("2026-10-14");

describe("English developers named by their business", () => {
  it("reads 'Properties' and 'Developments' as a company's name, which a deck's 'Company' and 'the company' find", () => {
    const claims = run(
      "Coastal builder Marlin Properties plans Dh2bn listing on DFM\n" +
        "Company says proceeds will pay for four towers in Jebel Ali\n" +
        "Marlin Properties, a developer owned by a Sharjah family, plans to raise Dh2 billion, it said on Monday.\n" +
        "Sales slowed in the third quarter, the company said.",
    );
    expect(said(claims, "four towers")?.speaker.name).toBe("Marlin Properties");
    expect(said(claims, "Sales slowed")?.speaker.name).toBe("Marlin Properties");
    const other = run(
      "Ridgeway Developments said it would build 400 homes. The company said prices would rise.",
    );
    expect(said(other, "prices would rise")?.speaker.name).toBe("Ridgeway Developments");
  });
});

describe("English speakers named with the body and town they speak from", () => {
  it("keeps the person before 'of <body> in <town>' as the speaker", () => {
    const claims = run(
      "Virologist Mira Santoso of Kestrel University in Malang told reporters that the figures were too low.",
    );
    expect(said(claims, "figures were too low")?.speaker.name).toMatch(/Mira Santoso$/);
  });
  it("reads a title word before 'Name of <body>' as a title, not part of a body's name", () => {
    const claims = run("Economist Dina Marlow of Westbrook University said prices would keep rising.");
    expect(said(claims, "prices would keep rising")?.speaker.name).toBe("Dina Marlow");
  });
});

describe("English generic bodies with a name among their modifiers", () => {
  it("keeps 'the state-run Kavo news agency' apart from an agency of another name quoted before", () => {
    const claims = run(
      "The Tarn Health Agency said 20 people were ill. " +
        "Two children died of fever in Tarn county last week, the state-run Kavo news agency reported.",
    );
    expect(said(claims, "Two children died")?.speaker.name).toMatch(/Kavo/);
  });
  it("still reads 'the agency' as the agency quoted before", () => {
    const claims = run(
      "The Tarn Health Agency said 20 people were ill. The agency said more cases were likely.",
    );
    expect(said(claims, "more cases")?.speaker.name).toBe("Tarn Health Agency");
  });
});

describe("English placeholders of a generic body", () => {
  it("does not give 'the state-run Kavo news agency' the name of an agency met later", () => {
    const claims = run(
      "Two children died of fever in Tarn county last week, the state-run Kavo news agency reported. " +
        "Tarn Health Agency head Rudi Hartono said 300 homes had been checked.",
    );
    expect(said(claims, "Two children died")?.speaker.name).toMatch(/Kavo/);
  });
});

describe("English 'the statement' after a statement the article quoted", () => {
  it("speaks for the body whose chief executive spoke in the statement, not the body met last", () => {
    const claims = run(
      "Marlin Properties plans to raise Dh2 billion in a listing, the company said on Wednesday.\n" +
        '"A listing holds us to the highest standards," chief executive Omar Haddad said in a statement.\n' +
        '"Pricing will be key," said Lina Farah, head of research at Dubai brokerage Qasr Securities.\n' +
        "Trading is set to begin on November 12, subject to market conditions, the statement said.",
    );
    expect(said(claims, "Trading is set to begin")?.speaker.name).toBe("Marlin Properties");
  });
  it("speaks for a body that itself spoke in a statement", () => {
    const claims = run(
      "The Harbour Authority said in a statement on Tuesday that it was disappointed. " +
        '"Ferries will run as usual," said Tom Reyes, an official at Coastline Ferries Group. ' +
        '"We remain open to dialogue," the statement read.',
    );
    expect(said(claims, "remain open to dialogue")?.speaker.name).toBe("Harbour Authority");
  });
});

describe("English mentions with Malaysian honorifics", () => {
  it("leaves 'Datuk Seri', 'Datuk', 'Tan Sri' out of the speaker's name, but not a family name 'Tan'", () => {
    const claims = run(
      "Housing Minister Datuk Seri Azlan Musa told Parliament the scheme would go ahead. " +
        "Tan Sri Halim Yusof said the banks were ready. Tan Wei Ming said prices would rise.",
    );
    expect(said(claims, "scheme would go ahead")?.speaker.name).toBe("Azlan Musa");
    expect(said(claims, "banks were ready")?.speaker.name).toBe("Halim Yusof");
    expect(said(claims, "prices would rise")?.speaker.name).toBe("Tan Wei Ming");
  });
});

describe("English scientists named with their field", () => {
  it("reads a field opening the sentence ('Epidemiologist', 'Virologist') as a title, not a given name", () => {
    const claims = run(
      "Epidemiologist Ana Lobo of Kestrel University said cases were undercounted. " +
        "Virologist Tomas Berg said the strain was mild.",
    );
    expect(said(claims, "undercounted")?.speaker.name).toBe("Ana Lobo");
    expect(said(claims, "strain was mild")?.speaker.name).toBe("Tomas Berg");
  });
});
