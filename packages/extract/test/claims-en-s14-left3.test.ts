// Three speaker shapes: an inverted verb before a capitalised office and the holder's name ("…," said the
// Minister of Lands and Natural Resources, X.); an office named by a country's initials and an adjective, then
// its holder between commas ("The PNG Electoral Commissioner, X, said …"); a verb first, a role with its
// determiner, the name and a colon ("Said the district commissioner, Mr X: …"). Made-up sentences.
import { describe, expect, it } from "vitest";

import { englishOn } from "./english.ts";

const en = englishOn("2026-05-20");
const brief = (text: string) => en(text).map((c) => [c.speaker.name, c.speaker.mention?.text, c.cue.text]);

describe("an inverted verb, a capitalised office, a comma and its holder", () => {
  it("reads the holder as the speaker, the office in the mention", () => {
    expect(brief(`"We will not sell the forest," said the Minister of Lands, Ama Owusu-Boateng.`)).toEqual([
      ["Ama Owusu-Boateng", "the Minister of Lands, Ama Owusu-Boateng", "said"],
    ]);
    expect(brief(`"The port will open in May," said the Secretary for Transport, Lee Chun Wai.`)).toEqual([
      ["Lee Chun Wai", "the Secretary for Transport, Lee Chun Wai", "said"],
    ]);
  });
  it("keeps an 'and' inside the portfolio", () => {
    expect(
      brief(
        `"We will not sell the forest," said the Minister of Lands and Natural Resources, Kofi Mensah Asare.`,
      ),
    ).toEqual([
      ["Kofi Mensah Asare", "the Minister of Lands and Natural Resources, Kofi Mensah Asare", "said"],
    ]);
    expect(brief(`"Prices will fall," said the Minister of Trade and Industry, Mary Okello.`)).toEqual([
      ["Mary Okello", "the Minister of Trade and Industry, Mary Okello", "said"],
    ]);
  });
});

describe("an office with an 'and' in its portfolio and no holder named", () => {
  it("gives no half of the portfolio as a name", () => {
    const names = en(`"Prices will fall," said the Minister of Trade and Industry.`).map(
      (c) => c.speaker.name,
    );
    expect(names).not.toContain("and Industry");
    expect(names).not.toContain("Industry");
  });
});

describe("an office with a country's initials or an adjective, then its holder between commas", () => {
  it("names the holder, not the office", () => {
    expect(brief("The PNG Electoral Commissioner, Ben Kaupa, said polling would close on Friday.")).toEqual([
      ["Ben Kaupa", "The PNG Electoral Commissioner, Ben Kaupa", "said"],
    ]);
    expect(brief("The Federal Commissioner, Ruth Adeyemi, said the audit was complete.")).toEqual([
      ["Ruth Adeyemi", "The Federal Commissioner, Ruth Adeyemi", "said"],
    ]);
    expect(brief("The EU Trade Commissioner, Anna Berg, told reporters the tariffs would stay.")).toEqual([
      ["Anna Berg", "The EU Trade Commissioner, Anna Berg", "told"],
    ]);
  });
});

describe("a verb first, then a role after a determiner, and a colon", () => {
  it("reads the role and the name after it as the speaker", () => {
    const text = `The bridge was shut for a week. Said the district commissioner, Mr Baraka Otieno: "It will reopen soon."`;
    expect(brief(text)).toEqual([["Baraka Otieno", "the district commissioner, Mr Baraka Otieno", "Said"]]);
    expect(en(text)[0]?.content.text).toBe(`"It will reopen soon."`);
    expect(brief(`Added the harbour master: "No ship will leave tonight."`)).toEqual([
      ["harbour master", "the harbour master", "Added"],
    ]);
  });
  it("leaves the one asked after 'Asked the …' no speaker", () => {
    expect(brief(`Asked the harbour master: "Will any ship leave tonight?"`)).toEqual([]);
  });
});

describe("a paragraph that opens with the verb, the name and a colon", () => {
  it("leaves the verb out of the speaker's name", () => {
    expect(brief(`Said Peter Mwangi: "We have waited long enough."`)).toEqual([
      ["Peter Mwangi", "Peter Mwangi", "Said"],
    ]);
    expect(
      brief(`The bridge was shut for a week.\n\nAdded Mrs Grace Njeri: "We have waited long enough."`),
    ).toEqual([["Grace Njeri", "Mrs Grace Njeri", "Added"]]);
  });
});

describe("an office opened by a nationality adjective, then its holder between commas", () => {
  it("names the holder", () => {
    expect(brief("The Kenyan Electoral Commissioner, Ruth Wanjiru, said the tally was final.")).toEqual([
      ["Ruth Wanjiru", "The Kenyan Electoral Commissioner, Ruth Wanjiru", "said"],
    ]);
    expect(brief("The Ghanaian Trade Minister, Kwame Asante, said exports had risen.")).toEqual([
      ["Kwame Asante", "The Ghanaian Trade Minister, Kwame Asante", "said"],
    ]);
  });
});
