// English leftovers of 1.59: a medium's phrase before a clause with a determiner, "remind" as a reporting
// verb, an office whose portfolio has an "and" right before its holder's name, lower-case "gardaí".
// Made-up sentences.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-06-10");
const brief = (text: string) => en(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);
const named = (text: string) => en(text).map((c) => [c.speaker.name, c.speaker.mention?.text, c.cue.text]);

describe("a medium's phrase, then a clause opened by a determiner", () => {
  it("leaves 'in a statement' out of the words", () => {
    expect(brief("The nurses' union said in a statement the nurses had not been paid since March.")).toEqual([
      ["nurses' union", "said", "the nurses had not been paid since March"],
    ]);
    expect(brief("The brewer wrote in a letter its new plant would open in June.")).toEqual([
      ["brewer", "wrote", "its new plant would open in June"],
    ]);
    expect(brief("The board said in an email all the meetings were cancelled.")).toEqual([
      ["board", "said", "all the meetings were cancelled"],
    ]);
  });
  it("still reads a relative clause after the medium as part of the occasion", () => {
    expect(
      brief("The board said in a statement the club issued on Monday that the coach had resigned."),
    ).toEqual([["board", "said", "the coach had resigned"]]);
  });
});

describe("'remind' reports what the hearer is reminded of as a clause", () => {
  it("reads the words after the hearer", () => {
    expect(brief("The senator reminded voters nurses had not been paid.")).toEqual([
      ["senator", "reminded", "nurses had not been paid"],
    ]);
    expect(brief("The senator reminded voters that the clinic had closed.")).toEqual([
      ["senator", "reminded", "the clinic had closed"],
    ]);
    expect(brief("The judge reminded the jury the defendant had no record.")).toEqual([
      ["judge", "reminded", "the defendant had no record"],
    ]);
    expect(brief("The mayor reminded residents the water was still unsafe.")).toEqual([
      ["mayor", "reminded", "the water was still unsafe"],
    ]);
  });
  it("reports nothing when someone is reminded of a thing", () => {
    expect(brief("The old mill reminded her of home.")).toEqual([]);
    expect(brief("The film reminds viewers of the war.")).toEqual([]);
  });
  it("keeps two hearer nouns together unless a verb follows the second", () => {
    expect(brief("The chief told police officers he would resign.")).toEqual([
      ["chief", "told", "he would resign"],
    ]);
    expect(brief("The senator told voters nurses had not been paid.")).toEqual([
      ["senator", "told", "nurses had not been paid"],
    ]);
  });
});

describe("an inverted verb, an office with an 'and' in its portfolio and its holder, no comma", () => {
  it("names the holder, the whole office in the title", () => {
    expect(
      named(`"We will not sell the forest," said Minister of Lands and Natural Resources Kofi Asare.`),
    ).toEqual([["Kofi Asare", "Minister of Lands and Natural Resources Kofi Asare", "said"]]);
    expect(named(`"The road is ready," said Minister for Roads and Highways Kwame Addo.`)).toEqual([
      ["Kwame Addo", "Minister for Roads and Highways Kwame Addo", "said"],
    ]);
    expect(named("Minister of Trade and Industry Mary Okello said prices would fall.")).toEqual([
      ["Mary Okello", "Minister of Trade and Industry Mary Okello", "said"],
    ]);
  });
  it("still gives no half of the portfolio as a name when no holder is named", () => {
    expect(named(`"Prices will fall," said Minister of Trade and Industry.`).map((c) => c[0])).not.toContain(
      "and Industry",
    );
  });
});

describe("lower-case 'gardaí' (Ireland's police)", () => {
  it("is a police body, as 'police' is", () => {
    const [c] = en("The gardaí said a woman was also held.");
    expect([c?.speaker.name, c?.speaker.kind]).toEqual(["gardaí", "organisation"]);
    const [d] = en("Gardai said the road was closed.");
    expect(d?.speaker.kind).toBe("organisation");
  });
});

describe("a spokeswoman for a body, before or after the verb (one convention)", () => {
  it("names the described spokeswoman both ways, the body inside the name", () => {
    const text =
      "The Ministry of Health said the clinic would close in May.\n\n" +
      'Added a spokeswoman for the ministry: "The road will open in June."\n\n' +
      "A spokeswoman for the ministry said the bridge would open in July.";
    expect(en(text).map((c) => c.speaker.name)).toEqual([
      "Ministry of Health",
      "Ministry of Health spokeswoman",
      "Ministry of Health spokeswoman",
    ]);
  });
});

describe("a noun-like verb in a relative clause whose subject is the noun before it", () => {
  it("reads 'claims' as the verb when the clause's gap follows", () => {
    expect(brief("The phone has a battery that the company claims lasts two days.")).toEqual([
      ["company", "claims", "lasts two days"],
    ]);
    expect(brief("The firm sells a charger which the company claims will last ten years.")).toEqual([
      ["company", "claims", "will last ten years"],
    ]);
    expect(brief("The council backed a plan that the mayor said saved $2m last year.")).toEqual([
      ["mayor", "said", "saved $2m last year"],
    ]);
  });
  it("still reads a plural noun after a verb's 'that', and a weak verb's object", () => {
    expect(brief("The judge ruled that the company claims were false.")).toEqual([
      ["judge", "ruled", "the company claims were false"],
    ]);
    expect(
      brief("The ministry said in a statement that Estonia would support sanctions if talks failed.").map(
        (c) => c[0],
      ),
    ).toEqual(["ministry"]);
  });
});

describe("', according to the agency' after the agency's dated statement", () => {
  const statement =
    "The disaster agency said in a statement on Monday that 40 people had died in the floods.\n\n";
  it("takes the statement's day", () => {
    const claims = en(`${statement}More than 2,000 homes were destroyed, according to the agency.`);
    expect(claims.map((c) => c.date)).toEqual(["2026-06-08", "2026-06-08"]);
  });
  it("takes the day of a plain dated statement too (sets V and W), but not for figures opening the sentence", () => {
    const said = "The disaster agency said on Monday that 40 people had died in the floods.\n\n";
    expect(en(`${said}More than 2,000 homes were destroyed, according to the agency.`)[1]?.date).toBe(
      "2026-06-08",
    );
    expect(
      en(`${statement}According to the agency, 2,000 homes lie below the flood line.`)[1]?.date,
    ).toBeNull();
  });
});

describe("a museum, gallery, library or hospital named inside another speaker's words", () => {
  it("is the body 'the museum' later names", () => {
    const text =
      "Storm damages harbour\n\nThe mayor said the Harbour Museum of Art would close for repairs.\n\n" +
      "The museum said the roof had leaked for years.";
    expect(en(text).map((c) => c.speaker.name)).toEqual(["mayor", "Harbour Museum of Art"]);
    const gallery =
      "Gallery to reopen\n\nThe city said the Kestrel Gallery would reopen in May.\n\nThe gallery said its insurers had paid.";
    expect(en(gallery).map((c) => c.speaker.name)).toEqual(["city", "Kestrel Gallery"]);
  });
  it("is an organisation, not a person's name", () => {
    const [c] = en("Storm damages harbour\n\nThe Oakfield Library said the basement had flooded.");
    expect([c?.speaker.name, c?.speaker.kind]).toEqual(["Oakfield Library", "organisation"]);
  });
});
