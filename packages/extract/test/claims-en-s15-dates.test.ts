import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Made-up English stories (session 15) for the date rules the probes of claims-en-s15-dates-probes.test.ts
// called for; no text here comes from a fixture. 2026-11-30 is a Monday.
const run = englishOn("2026-11-30");

describe("English statements after an occasion named by its day ('after Sunday's defeat')", () => {
  it("dates a match report's lede, the outlet's quote after it and the other side's words by the match day", () => {
    const claims = run(
      "Skipper says batters let country down\n\n" +
        "Captain Tom Latham said his batters had “let the country down” after Sunday's eight-wicket defeat by India in Pune.\n\n" +
        "“We have to find a way to bat for longer,” Latham told Sky Sport.\n\n" +
        "India's captain, Rohit Sharma, said the win was one of the best of his career.",
    );
    expect(said(claims, "let the country down")?.date).toBe("2026-11-29");
    expect(said(claims, "find a way to bat for longer")?.date).toBe("2026-11-29");
    expect(said(claims, "one of the best of his career")?.date).toBe("2026-11-29");
  });

  it("takes the day of 'following Thursday's hearing' though the words before it have 'to' in them", () => {
    const claims = run(
      "Landlord says tenants have nobody to blame\n\n" +
        "A landlord said his tenants had “only themselves to blame” for their eviction following Thursday's hearing at the housing tribunal.\n\n" +
        "A tenants' union spokesperson said the ruling would be appealed.",
    );
    expect(said(claims, "only themselves to blame")?.date).toBe("2026-11-26");
    expect(said(claims, "would be appealed")?.date).toBe("2026-11-26");
  });
});

describe("English scene sentences of a named statement ('The remarks, made on Friday at …,')", () => {
  it("dates the speaker's words before 'The comments, which were made at a dinner on Thursday, …'", () => {
    const claims = run(
      "Bank chief says rates have peaked\n\n" +
        "The governor of the Reserve Bank, Michele Bullock, said interest rates had probably peaked.\n\n" +
        "“The worst is behind us,” she said.\n\n" +
        "The comments, which were made at a dinner in Sydney on Thursday, lifted the dollar.",
    );
    expect(said(claims, "interest rates had probably peaked")?.date).toBe("2026-11-26");
    expect(said(claims, "The worst is behind us")?.date).toBe("2026-11-26");
  });
});

describe("English scene sentences of South Asian and parliamentary reporting", () => {
  const story = (scene: string): ReturnType<typeof run> =>
    run(
      "Province to hire 5,000 nurses\n\n" +
        "LAHORE: Punjab Health Minister Khawaja Salman Rafique said the province would hire 5,000 nurses by June.\n\n" +
        "He said a new nursing college would open in Multan.\n\n" +
        scene,
    );

  it.each([
    ["He was addressing a press conference here on Saturday.", "2026-11-28"],
    ["He was addressing the media at the Civil Secretariat on Friday.", "2026-11-27"],
    ["He expressed these views while addressing a seminar on Saturday.", "2026-11-28"],
    ["He made these observations while talking to reporters on Sunday.", "2026-11-29"],
    ["Mr Rafique was talking to journalists in Lahore on Friday.", "2026-11-27"],
    ["The minister stated this while chairing a meeting on Saturday.", "2026-11-28"],
    ["The provincial minister said this on Sunday while inaugurating a hospital.", "2026-11-29"],
    ["He was responding to questions in the Punjab Assembly on Friday.", "2026-11-27"],
  ])("dates the speaker's run by %s", (scene, day) => {
    const claims = story(scene);
    expect(said(claims, "would hire 5,000 nurses")?.date).toBe(day);
    expect(said(claims, "a new nursing college")?.date).toBe(day);
    expect(claims).toHaveLength(2);
  });

  it("leaves police 'responding to a call' no scene of the words before it", () => {
    const claims = run(
      "Man charged after stabbing\n\n" +
        "A 23-year-old man has been charged with attempted murder, police said on Sunday.\n\n" +
        "Officers were responding to a call in Harehills on Friday when they found the victim.",
    );
    expect(said(claims, "charged with attempted murder")?.date).toBe("2026-11-29");
  });
});

describe("English '…, and on Tuesday added that …'", () => {
  it("ends the first words before the day and dates the second statement by it", () => {
    const claims = englishOn("2026-12-02")(
      "The airline said on Monday that 12 flights had been cancelled, and on Tuesday added that the fault had been fixed.\n\n" +
        "The regulator said on Monday that it had opened an inquiry but yesterday said that no fine was planned.",
    );
    expect(said(claims, "12 flights")?.content.text).toBe("12 flights had been cancelled");
    expect(said(claims, "12 flights")?.date).toBe("2026-11-30");
    expect(said(claims, "the fault had been fixed")?.date).toBe("2026-12-01");
    expect(said(claims, "opened an inquiry")?.content.text).toBe("it had opened an inquiry");
    expect(said(claims, "no fine was planned")?.date).toBe("2026-12-01");
  });
});

describe("English words told to a chamber or a sitting body ('told the Commons', 'told the Lok Sabha')", () => {
  it("gives them the story's day, not an outlet interview's null; 'told the Irish Times' stays undated", () => {
    const claims = run(
      "Minister defends rail fares\n\n" +
        "The railways minister said on Friday that fares would not rise this year.\n\n" +
        "He told the Lok Sabha that 300 new trains would be bought.\n\n" +
        "The opposition leader told the Rajya Sabha Committee on Railways that safety had been neglected.\n\n" +
        "A Dublin TD told the Dáil that Irish Rail should learn from India.\n\n" +
        "The minister's former adviser told the Irish Times that the plan was unaffordable.",
    );
    expect(said(claims, "300 new trains")?.date).toBe("2026-11-27");
    expect(said(claims, "safety had been neglected")?.date).toBe("2026-11-27");
    expect(said(claims, "should learn from India")?.date).toBe("2026-11-27");
    expect(said(claims, "the plan was unaffordable")?.date).toBeNull();
  });
});

describe("English words told to a person by title or by the family name the article gave ('told Mr X', 'told Putin')", () => {
  it("dates them by the meeting's day, and keeps an outlet's words undated", () => {
    const claims = run(
      "Leaders discuss gas prices\n\n" +
        "Chancellor Friedrich Merz and Prime Minister Giorgia Meloni met in Rome on Friday to discuss gas prices.\n\n" +
        "Merz told Ms Meloni that Germany would back a price cap.\n\n" +
        "Meloni told Merz that Italy wanted the cap to cover LNG.\n\n" +
        "An Italian official told Corriere della Sera that no deal had been reached.",
    );
    expect(said(claims, "would back a price cap")?.date).toBe("2026-11-27");
    expect(said(claims, "cover LNG")?.date).toBe("2026-11-27");
    expect(said(claims, "no deal had been reached")?.date).toBeNull();
  });
});

describe("English time words beside another statement's verb in the same sentence", () => {
  it("leaves 'X said …, while Y said on Friday …' to Y, and 'On Monday, …' to both", () => {
    const claims = run(
      "Unions and employers split over pay offer\n\n" +
        "Nurses and midwives at the country's largest hospital group voted to reject a 4% pay offer on Sunday after a month-long ballot.\n\n" +
        "The hospital group said the offer was the best it could afford, but the nurses' union said on Thursday that it was an insult.\n\n" +
        "On Saturday, the health minister said talks would resume and the union said it was ready to meet.",
    );
    expect(said(claims, "the best it could afford")?.date).toBe("2026-11-29");
    expect(said(claims, "it was an insult")?.date).toBe("2026-11-26");
    expect(said(claims, "talks would resume")?.date).toBe("2026-11-28");
    expect(said(claims, "ready to meet")?.date).toBe("2026-11-28");
  });
});

describe("English 'on Friday last' (Irish and Indian papers for 'last Friday')", () => {
  it("is the Friday before a Friday paper, not the paper's day; 'on Friday last week' keeps its week", () => {
    const claims = englishOn("2026-11-27")(
      "The county manager told councillors on Friday last that the new library would open in March.\n\n" +
        "The architect, Ruth Moran, said on Sunday last that the roof was finished.\n\n" +
        "A local TD said on Thursday last week that the project was over budget.",
    );
    expect(said(claims, "the new library would open")?.date).toBe("2026-11-20");
    expect(said(claims, "the roof was finished")?.date).toBe("2026-11-22");
    expect(said(claims, "over budget")?.date).toBe("2026-11-19");
  });
});

describe("English scene sentences told by another event ('The remarks came a day after …')", () => {
  it("counts the days from that event's day: 'a day after' Friday is Saturday, 'hours after' is the same day", () => {
    const story = (scene: string): ReturnType<typeof run> =>
      run(
        "Airline boss defends fare rises\n\n" +
          "The chief executive of Aer Celtic, Lynne Embleton, has defended fare rises of up to 20% on routes to Britain, calling them unavoidable.\n\n" +
          "“Fuel alone costs us a third more than last year,” she said.\n\n" +
          scene,
      );
    const dayAfter = story(
      "Her remarks came a day after the airline's pilots voted on Friday to accept a new contract.",
    );
    expect(said(dayAfter, "Fuel alone costs us")?.date).toBe("2026-11-28");
    const hoursAfter = story(
      "The comments came hours after the airline's pilots voted on Friday to accept a new contract.",
    );
    expect(said(hoursAfter, "Fuel alone costs us")?.date).toBe("2026-11-27");
  });
});
