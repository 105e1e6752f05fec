// Session 28 (enprobe): English shapes the probe reports showed, each with made-up sentences (names and places no
// fixture or probe has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-05-14");
const dated = (text: string) => en(text).map((c) => [c.speaker.name, c.date]);

describe("'“…,” X told <outlet>.' right after X's words dated in the paragraph before", () => {
  it("is of that day, not an interview of its own", () => {
    const text =
      "The ferry to Kelvin Point will not sail until June, harbour master Ruta Vane said on Monday.\n" +
      "“The hull needs new plates,” Ms Vane told the Courier. “We will not rush it.”";
    expect(dated(text)).toEqual([
      ["Ruta Vane", "2026-05-11"],
      ["Ruta Vane", "2026-05-11"],
    ]);
  });
  it("stays undated when X's last words were two paragraphs before", () => {
    const text =
      "The ferry to Kelvin Point will not sail until June, harbour master Ruta Vane said on Monday.\n" +
      "The ferry has run since 1988.\n" +
      "Its crew of six has been laid off.\n" +
      "“The hull needs new plates,” Ms Vane told the Courier.";
    expect(dated(text)).toEqual([
      ["Ruta Vane", "2026-05-11"],
      ["Ruta Vane", null],
    ]);
  });
});

describe("'According to the <title>, …' right after that person's quoted words", () => {
  it("goes on with the person's statement and its day", () => {
    const text =
      "Minister for Lands Oren Tapsell said yesterday the survey would start in July.\n" +
      "“We have waited long enough for this,” the minister said.\n" +
      "According to the minister, the World Bank has agreed to pay for the maps.";
    expect(dated(text)).toEqual([
      ["Oren Tapsell", "2026-05-13"],
      ["Oren Tapsell", "2026-05-13"],
      ["Oren Tapsell", "2026-05-13"],
    ]);
  });
  it("leaves a body's figures undated", () => {
    const text =
      "The Lands Office said yesterday the survey would start in July.\n" +
      "According to the Lands Office, 4,000 plots have never been mapped.";
    expect(dated(text)).toEqual([
      ["Lands Office", "2026-05-13"],
      ["Lands Office", null],
    ]);
  });
});

describe("'“…,” X said in an interview with <outlet>.' after X's dated words", () => {
  it("stays undated: an interview is an occasion of its own", () => {
    const text =
      "Councillor Bex Amory said on Monday the depot should close.\n" +
      "“Nobody wants it there,” Amory said in an interview with Radio Kelvin.";
    expect(dated(text)).toEqual([
      ["Bex Amory", "2026-05-11"],
      ["Bex Amory", null],
    ]);
  });
});

describe("'will continue to run/operate/rise …' (a state going on, no words)", () => {
  it("is no claim", () => {
    expect(en("Buses to Marrow Bay will continue to run as normal until the bridge closes.")).toEqual([]);
    expect(en("Prices at the pump will continue to rise through the winter.")).toEqual([]);
  });
  it("keeps 'continued to insist that …'", () => {
    expect(
      en("Mayor Ilse Brandt continued to insist that the bridge was safe.").map((c) => c.content.text),
    ).toEqual(["the bridge was safe"]);
  });
});

describe("', a figure the minister has not disputed' after the content", () => {
  it("is the writer's, not the speaker's", () => {
    const text =
      "Councillor Mina Roh told the council that the pool had cost $9 million, a figure the mayor has not disputed.";
    expect(en(text).map((c) => c.content.text)).toEqual(["the pool had cost $9 million"]);
    expect(
      en("Ms Roh said the repairs would take a year, a claim the contractor did not dispute.").map(
        (c) => c.content.text,
      ),
    ).toEqual(["the repairs would take a year"]);
  });
});

describe("'Ms X’s warning that …' (a nominal cue with a possessive owner)", () => {
  it("names X without the possessive, and a later 'She' is the woman named after it", () => {
    const text =
      "Harbour chief Ines Morrow says the dredger will be late.\n" +
      "Ms Morrow’s warning that the channel could silt up was echoed by Senator Paul Okoro. He said the port needed a plan.\n" +
      "Okoro's claim that the board ignored the engineers was rejected by Ms Morrow. She said every report had been read.";
    const claims = en(text);
    expect(claims.map((c) => [c.speaker.name, c.speaker.mention?.text])).toEqual([
      ["Ines Morrow", "Harbour chief Ines Morrow"],
      ["Ines Morrow", "Ms Morrow"],
      ["Paul Okoro", "He"],
      ["Paul Okoro", "Okoro"],
      ["Ines Morrow", "She"],
    ]);
  });
});

describe("'The STAR understands that …', 'The Bulletin has learned …' (the outlet's own finding)", () => {
  it("is no claim", () => {
    expect(en("The STAR understands that the new jetty has no lights yet.")).toEqual([]);
    expect(en("The Bulletin has learned that two engineers resigned last month.")).toEqual([]);
    expect(en("The Courier understands the ferry will be sold.")).toEqual([]);
  });
});

describe("'X welcomed the news but said …' then X's words dated in the next paragraph", () => {
  it("dates X's first words by the next words' day", () => {
    const text =
      "Tasman Mills will reopen its Westport plant next year, the company told the Buller council on Monday.\n" +
      "Mayor Ana Pike welcomed the news but said the town would hold the company to its promise to hire local staff first.\n" +
      "“We lost 60 jobs,” Pike said in a phone interview Tuesday.";
    expect(dated(text).slice(1)).toEqual([
      ["Ana Pike", "2026-05-12"],
      ["Ana Pike", "2026-05-12"],
    ]);
  });
});

describe("a headline closing on a spaced dash and a lowercase title ('… – mayor')", () => {
  it("is the claim of the holder the story names", () => {
    const text =
      "Harbour dredging ‘cannot wait for the budget’ – mayor\n" +
      "By Pita Holm\n" +
      "Dredging of Kelvin harbour will start in June, Mayor Lina Oakes said on Monday.\n" +
      "Ms Oakes said the council would pay for it from reserves.";
    const claims = en(text);
    expect(claims[0]?.content.text).toBe("Harbour dredging ‘cannot wait for the budget’");
    expect(claims[0]?.speaker.mention?.text).toBe("mayor");
    expect(claims.map((c) => c.speaker.name)).toEqual(["Lina Oakes", "Lina Oakes", "Lina Oakes"]);
  });
  it("leaves '… – reports' and a lowercase word the story never uses as a title", () => {
    expect(
      en("Storm closes the airport for two days – reports\nBy Pita Holm\nThe airport shut on Monday."),
    ).toEqual([]);
  });
});
