import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Speaker rules written for the misses of set Q; every text here is made up.
// 2026-06-10 is a Wednesday
const run = englishOn("2026-06-10");

describe("English generic bodies with words of their own", () => {
  it("keeps 'the state news agency' apart from the public body quoted just before", () => {
    const claims = run(
      "Two sawmills closed in March, according to the National Forest Service (Sefor). " +
        "Three more were shut on Tuesday, the state news agency reported.",
    );
    expect(said(claims, "Three more were shut")?.speaker.name).toBe("state news agency");
  });
  it("still reads a bare 'the agency' as the agency just quoted", () => {
    const claims = run(
      "The National Seed Agency said stocks were low. The agency added that imports would resume in July.",
    );
    expect(said(claims, "imports would resume")?.speaker.name).toBe("National Seed Agency");
  });
});

describe("English bodies by the short form given in brackets", () => {
  it("names a body by the full name its bracketed short form was declared with, before and after", () => {
    const claims = run(
      "River freight halted at Lobau: VSA\n" +
        "Shipping on the upper river stopped on Monday, the Federal Inland Waterways Agency (VSA) said. " +
        "Barges were moored at Krems, the VSA added.",
    );
    expect(said(claims, "River freight halted")?.speaker.name).toBe("Federal Inland Waterways Agency");
    expect(said(claims, "Barges were moored")?.speaker.name).toBe("Federal Inland Waterways Agency");
  });
  it("takes a short form whose letters are not the English name's, and drops 'figures from'", () => {
    const claims = run(
      "Wildfires burned 4,000 hectares in March, according to the National Forest Service (Sefor). " +
        "Most of the fires were set to clear land, Sefor said. " +
        "Ten villages lost power, figures from the Federal Statistics Bureau (Fedstat) showed.",
    );
    expect(said(claims, "set to clear land")?.speaker.name).toBe("National Forest Service");
    expect(said(claims, "Ten villages")?.speaker.name).toBe("Federal Statistics Bureau");
  });
  it("reads a body's name with 'and' or 'for the' whole when brackets follow it", () => {
    const claims = run(
      "Exports fell 4%, according to the Institute for the Coastal Economy (IKW). " +
        "Repairs will take a year, the Federal Roads and Bridges Administration (FSB) said.",
    );
    expect(said(claims, "Exports fell")?.speaker.name).toBe("Institute for the Coastal Economy");
    expect(said(claims, "Repairs will take")?.speaker.name).toBe("Federal Roads and Bridges Administration");
    const plain = run("The Federal Roads and Bridges Administration said the tunnel would reopen in May.");
    expect(said(plain, "tunnel would reopen")?.speaker.name).toBe("Federal Roads and Bridges Administration");
  });
  it("leaves a party in brackets after a person's name to the party", () => {
    const claims = run(
      "Governor Ana Ruiz Tello (PAN) said the dam was safe. The PAN said it would back the plan.",
    );
    expect(said(claims, "dam was safe")?.speaker.name).toBe("Ana Ruiz Tello");
    expect(said(claims, "back the plan")?.speaker.name).toBe("PAN");
  });
});

describe("English 'according to' with the source's name in apposition", () => {
  it("takes the name after 'according to the <description>,' at the sentence's end into the source", () => {
    const claims = run(
      "Fares will rise by 8% in July, according to the city's transit operator, Transportes Urbanos de Lerma (TUL). " +
        "Buses will run less often, according to the mayor, Ana Ortiz.",
    );
    const fares = said(claims, "Fares will rise");
    expect(fares?.speaker.name).toBe("Transportes Urbanos de Lerma");
    expect(fares?.speaker.mention?.text).toBe(
      "the city's transit operator, Transportes Urbanos de Lerma (TUL)",
    );
    expect(fares?.content.text).toBe("Fares will rise by 8% in July");
    expect(said(claims, "Buses will run")?.speaker.name).toBe("Ana Ortiz");
  });
});

describe("English speakers owned by a common noun's possessive", () => {
  it("reads 'The farmers' union' and 'The chemical industry's lobby group' back to the determiner", () => {
    const claims = run(
      "The dairy farmers' union said milk prices had fallen. " +
        "The glass industry's lobby group warned that furnaces could go cold.",
    );
    expect(said(claims, "milk prices")?.speaker.mention?.text).toBe("The dairy farmers' union");
    expect(said(claims, "furnaces could")?.speaker.mention?.text).toBe("The glass industry's lobby group");
  });
  it("names a lobby met first by its field when a body of that field is named later", () => {
    const claims = run(
      "The timber industry's lobby group warned that sawmills could close within weeks.\n" +
        "The Federation of Road Hauliers said fuel costs had doubled. " +
        "The National Timber Industry Association said on Monday that orders had fallen by a third.",
    );
    expect(said(claims, "sawmills could close")?.speaker.name).toBe("National Timber Industry Association");
    expect(said(claims, "fuel costs")?.speaker.name).toBe("Federation of Road Hauliers");
  });
});

describe("English participles after a subject with an 'of' phrase", () => {
  it("keeps 'of …' with a plural head before ', however,' as the speaker of ', saying'", () => {
    const claims = run(
      "Owners of small bakeries, however, shut their doors for a day, saying the levy would close shops. " +
        "Heads of state met in Rome, saying talks had gone well.",
    );
    expect(said(claims, "close shops")?.speaker.name).toBe("Owners of small bakeries");
    expect(said(claims, "talks had gone")?.speaker.name).toBe("Heads");
  });
});
