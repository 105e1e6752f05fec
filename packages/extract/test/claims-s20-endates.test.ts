// Session 20 (endates): statement dates in made-up reports from outlets no set covers (Central Asian, Caucasian,
// Baltic, Balkan, Moldovan, Caribbean, Macanese and Mauritian English-language news). Made-up sentences; none
// comes from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";
import { englishOn, said } from "./english.ts";

describe("an occasion in lowercase words, then its day, with no 'that' after it", () => {
  const claims = englishOn("2026-10-15")(
    "Tashkent tram depot to close\n" +
      "TASHKENT — Kun news agency\n" +
      "Deputy Mayor Rustam Kadyrov said at a council meeting on Monday the depot would close in the spring.\n" +
      "“Nobody will lose a job,” Kadyrov said.\n" +
      "Transport director Gulnora Saidova said during a visit to the depot yesterday the trams were 40 years old.",
  );
  it("dates the statement by the occasion's day and keeps the occasion out of the content", () => {
    const c = said(claims, "the depot would close");
    expect(c?.date).toBe("2026-10-12");
    expect(c?.content.text).toBe("the depot would close in the spring");
    expect(said(claims, "Nobody will lose a job")?.date).toBe("2026-10-12");
    const trams = said(claims, "the trams were 40 years old");
    expect(trams?.date).toBe("2026-10-14");
    expect(trams?.content.text).toBe("the trams were 40 years old");
  });
});

describe("a day of the month by its ordinal and a date with dots", () => {
  it("resolves 'on the 9th' to this month's day, or last month's when it is still to come", () => {
    const en = englishOn("2026-10-15");
    const claims = en(
      "Port fees to rise\n" +
        "Harbour master Leonid Petrov said on the 9th that fees would rise by 5 percent.\n" +
        "Shipping agent Ilona Berg said on the 28th that the fees were already too high.",
    );
    expect(said(claims, "fees would rise")?.date).toBe("2026-10-09");
    expect(said(claims, "already too high")?.date).toBe("2026-09-28");
  });
  it("does not read 'on the 12th floor' as a day", () => {
    const claims = englishOn("2026-10-15")(
      "Fire in tower\nFire chief Olga Marin said on Tuesday that the fire started on the 12th floor.",
    );
    expect(said(claims, "fire started")?.date).toBe("2026-10-13");
  });
  it("reads 'on 09.10.2026' as 9 October", () => {
    const claims = englishOn("2026-10-15")(
      "Dairy prices\nThe Farmers’ Union of Kurzeme said on 09.10.2026 that milk prices had fallen.\n" +
        "The union added that 30 farms had closed.",
    );
    expect(said(claims, "milk prices had fallen")?.date).toBe("2026-10-09");
    expect(said(claims, "30 farms had closed")?.date).toBe("2026-10-09");
  });
});

describe("a scene sentence naming a programme called 'Today'", () => {
  it("takes the scene's day, not the programme's 'Today', for the statements before it", () => {
    const claims = englishOn("2026-10-15")(
      "Bread prices to stay\n" +
        "Agency for Consumer Protection head Mihai Rusu said bread prices would not rise this year.\n" +
        "“Bakers have enough flour,” the agency head stated.\n" +
        "The statements were made in the program “Morning Today” on Radio Orhei yesterday.",
    );
    expect(said(claims, "bread prices would not rise")?.date).toBe("2026-10-14");
    expect(said(claims, "Bakers have enough flour")?.date).toBe("2026-10-14");
    expect(said(claims, "Bakers have enough flour")?.speaker.name).toBe("Mihai Rusu");
  });
});

describe("commentators going on after words their own sentence dated", () => {
  it("gives 'The analysts added' the day of their note", () => {
    const claims = englishOn("2026-10-15")(
      "Casino revenue up\n" +
        "Citi analysts said in a note on Sunday that revenue had risen 9% in the first two weeks of October.\n" +
        "The analysts added that hotel occupancy was above 95%.",
    );
    expect(said(claims, "revenue had risen")?.date).toBe("2026-10-11");
    expect(said(claims, "hotel occupancy")?.date).toBe("2026-10-11");
  });
});

describe("an updated story's label", () => {
  it("dates the undated words after 'Updated at …' to the day of publication", () => {
    const claims = englishOn("2026-10-12")(
      "Clinic closes ward\n" +
        "Liepāja clinic director Ruta Kalnina told local radio on Saturday that the ward would close for a week.\n" +
        "Updated at 16:20 with comments from the ministry:\n" +
        "Deputy Health Minister Janis Ziemelis said two surgeons would be sent from Riga.",
    );
    expect(said(claims, "ward would close")?.date).toBe("2026-10-10");
    expect(said(claims, "two surgeons")?.date).toBe("2026-10-12");
  });
});

describe("'After the meeting, …' right after the sentence that told the meeting's day", () => {
  it("dates the words to that day, not to the story's running day", () => {
    const claims = englishOn("2026-10-16")(
      "Dam to be rebuilt\n" +
        "Water agency director Askar Omurov said on Friday that the Orto-Tokoy dam would be rebuilt.\n" +
        "The government approved the plan on Tuesday.\n" +
        "After the meeting, Minister of Water Resources Bakyt Sadykov told reporters that work would start in May.\n" +
        "“The dam is older than I am,” Sadykov added.",
    );
    expect(said(claims, "dam would be rebuilt")?.date).toBe("2026-10-16");
    expect(said(claims, "work would start in May")?.date).toBe("2026-10-13");
    expect(said(claims, "older than I am")?.date).toBe("2026-10-13");
  });
});

describe("'the company head' for the chief executive named before", () => {
  it("names the chief executive and keeps the day of her first words", () => {
    const claims = englishOn("2026-10-16")(
      "Water bills\n" +
        "Siauliai Water CEO Rasa Kairiene told local radio on Thursday that bills would fall.\n" +
        "The company head said the new pumps used less power.",
    );
    const c = said(claims, "new pumps used less power");
    expect(c?.speaker.name).toBe("Rasa Kairiene");
    expect(c?.date).toBe("2026-10-15");
  });
});

describe("an agency's upper-case dateline ending on its name ('YEREVAN, NOVEMBER 12, ARMENPRESS.')", () => {
  it("gives its day to the undated statements of the story", () => {
    const claims = englishOn("2026-10-16")(
      "Minister on schools\n" +
        "GORIS, OCTOBER 14, SYUNIKPRESS. Minister of Education Lilit Avagyan said six schools in Syunik would be rebuilt with a loan from the World Bank.\n" +
        "“The work starts in spring,” Avagyan said.",
    );
    expect(said(claims, "six schools")?.date).toBe("2026-10-14");
    expect(said(claims, "work starts in spring")?.date).toBe("2026-10-14");
  });
});

describe("an Arabic agency dateline with no year ('عمان 12 تشرين الثاني (بترا) -')", () => {
  it("counts «اليوم» from the dateline's day, not from the site's day of publication", () => {
    const claims = run(
      "الزرقاء 14 تشرين الأول (بترا) - قال محافظ الزرقاء حسن الجبور، اليوم الأربعاء، إن المحافظة ستفتح ثلاث مدارس جديدة.\n" +
        "وأضاف أن العمل سيبدأ في الربيع.",
      "2026-10-15",
    );
    expect(claims.map((c) => c.date)).toEqual(["2026-10-14", "2026-10-14"]);
  });
});

describe("'The letter said …' after words given in that letter", () => {
  it("takes the letter's day, not the story's running day", () => {
    const claims = englishOn("2026-10-16")(
      "Clinic funds\n" +
        "Health officer Nino Beridze said on Wednesday that the clinic would stay open.\n" +
        "Mayor Levan Kapanadze said in a letter dated October 9 that the town needed a second clinic.\n" +
        "The letter said patients travelled 60 kilometres to see a doctor.\n" +
        "The Red Cross said in a statement on Tuesday that it would send a mobile unit.\n" +
        "The statement said the unit would visit twice a week.",
    );
    expect(said(claims, "travelled 60 kilometres")?.date).toBe("2026-10-09");
    expect(said(claims, "visit twice a week")?.date).toBe("2026-10-13");
  });
});

describe("an update label before a statement on the same line ('Update (15:30): …')", () => {
  it("dates the statement after it to the day of publication", () => {
    const claims = englishOn("2026-10-16")(
      "Bridge shut\n" +
        "Road engineer Tamar Gelashvili said on Tuesday that the bridge would shut for a week of repairs.\n" +
        "Update (15:30): The roads department said a temporary crossing would open on Monday.",
    );
    expect(said(claims, "temporary crossing")?.date).toBe("2026-10-16");
  });
});
