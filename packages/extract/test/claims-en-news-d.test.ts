import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";
import { scoreGold } from "./gold.ts";

// 2026-11-18 is a Wednesday
const run = englishOn("2026-11-18");

describe("English news constructions (held-out batch D)", () => {
  it("keeps 'about' before a number as part of the content", () => {
    const claims = run(
      "Harbour Trust chair Nadia Perrin said about 2,300 boats used the marina each summer. She said about a quarter of them came from interstate.",
    );
    expect(said(claims, "boats used")?.content.text).toBe("about 2,300 boats used the marina each summer");
    expect(said(claims, "interstate")?.content.text).toBe("about a quarter of them came from interstate");
  });
  it("leaves the council or the newspaper told out of the content", () => {
    const claims = run(
      "Dairy farmer Owen Pike told the council the new road would cut his farm in two. His daughter told the newspaper she had not been consulted.",
    );
    expect(said(claims, "cut his farm")?.content.text).toBe("the new road would cut his farm in two");
    expect(said(claims, "consulted")?.content.text).toBe("she had not been consulted");
    const [bbc] = run("Polling expert Sir John Curtice told the BBC the figures were remarkably stable.");
    expect(bbc?.content.text).toBe("the figures were remarkably stable");
  });
  it("reads an upper-case place and colon opening the body as a dateline, not a speaker", () => {
    const claims = run(
      "Port workers end strike\nKOCHI: Dock workers on Monday called off their nine-day strike after the port authority said it would restore night-shift allowances.\nUnion secretary Joseph Mathew said the deal was fair.",
    );
    expect(claims.map((c) => c.speaker.name)).not.toContain("KOCHI");
    expect(said(claims, "restore night-shift")).toBeDefined();
  });
  it("gives a verb coordinated in an 'as X …ed and said' clause to that clause's subject", () => {
    const claims = run(
      "The ruling party lost its majority on Sunday, as Prime Minister Leela Varma conceded defeat and said she would step down within a week.",
    );
    expect(said(claims, "step down")?.speaker.name).toBe("Leela Varma");
  });
  it("names the person, not the age, in 'Name, 67, a retired nurse …, told'", () => {
    const claims = run(
      "Gloria Baptiste, 71, a widow who has lived on Fern Street since 1979, told the council her property taxes had tripled.",
    );
    expect(said(claims, "property taxes")?.speaker.name).toBe("Gloria Baptiste");
  });
  it("names the person in 'analyst X Y of the Institute of …', not the institute", () => {
    const claims = run(
      "Housing economist Marta Lindqvist of the Centre for Urban Policy said the cap would slow construction.",
    );
    expect(said(claims, "slow construction")?.speaker.name).toBe("Marta Lindqvist");
  });
  it("keeps a role's possessive inside a body's name ('the Sheriff's Office')", () => {
    const claims = run(
      "The Lane County Sheriff's Office said two deputies were treated for smoke inhalation. The State Auditor's Office said the audit would be published in March.",
    );
    expect(said(claims, "smoke inhalation")?.speaker.name).toBe("Lane County Sheriff's Office");
  });
  it("gives ', saying' after 'Country's lowercase body on Day verb …' to the whole description", () => {
    const claims = run(
      "Canada's competition watchdog on Tuesday sued two grocery chains, saying they had kept rivals out of dozens of towns.",
    );
    expect(said(claims, "kept rivals")?.speaker.name).toBe("Canada's competition watchdog");
  });
  it("skips an adverb between the verb and its content ('said separately on Friday it …', 'saying then that …')", () => {
    const claims = run(
      "The county on Monday closed two beaches.\nThe state health department said separately on Tuesday it had found the same bacteria at a third site. The county first reported the samples in August, saying then that the risk was low.",
    );
    const state = said(claims, "same bacteria");
    expect(state?.content.text).toBe("it had found the same bacteria at a third site");
    expect(state?.date).toBe("2026-11-17");
    expect(said(claims, "risk was low")?.content.text).toBe("the risk was low");
  });
  it("reads 'the firm's head of research and policy, Name Surname, wrote' as the named person", () => {
    const claims = run(
      "In a letter to staff, the bank's head of risk and compliance, Omar Haddad, wrote that no customer data had been lost.",
    );
    expect(said(claims, "customer data")?.speaker.name).toBe("Omar Haddad");
  });
  it("reads 'X, which …, said' as a body, so a later spokesperson speaks for it", () => {
    const claims = run(
      "Brightwell, which is owned by Toronto-based Carrow Holdings Inc, said it would appeal the ruling. A spokeswoman said the company had done nothing wrong.",
    );
    expect(said(claims, "nothing wrong")?.speaker.name).toBe("Brightwell");
  });
  it("gives 'a company spokesman' to the company that spoke, not to a public body met since", () => {
    const claims = run(
      "Halvard Motors said it would cut 900 jobs. The Ministry of Labour said it would meet the unions on Friday. A company spokesman said talks with the unions would continue.",
    );
    expect(said(claims, "talks with the unions")?.speaker.name).toBe("Halvard Motors");
  });
  it("gives 'according to a study by … published in the journal X' to the study, not the journal", () => {
    const claims = run(
      "Children who walk to school sleep longer, according to a study by Dutch researchers published on Monday in the journal Paediatric Health Reports.",
    );
    expect(said(claims, "sleep longer")?.speaker.name).toBe("study");
  });
  it("reads 'a plan that critics said would …' as the critics' claim, content after the cue", () => {
    const claims = run(
      "The board backed a toll that commuters said would cost them $900 a year and that business groups warned could drive shoppers away.",
    );
    expect(said(claims, "cost them")?.content.text).toBe("would cost them $900 a year");
    expect(said(claims, "cost them")?.speaker.name).toBe("commuters");
    expect(said(claims, "drive shoppers")?.content.text).toBe("could drive shoppers away");
  });
  it("does not end an object at the comma inside a number ('wants to cap fees at $12,500')", () => {
    const claims = run(
      "The governor wants to cap tuition at $12,500 for families earning less than $90,000.",
    );
    expect(said(claims, "cap tuition")?.content.text).toBe(
      "to cap tuition at $12,500 for families earning less than $90,000",
    );
  });
  it("resumes a quote after a place with abbreviations ('said during a rally in Ames, Ia., “…”')", () => {
    const claims = run(
      "“We will win this state,” Whitcomb said during a rally in Ames, Ia., “and then we will win the country.”",
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.content.text).toBe(
      "“We will win this state,” Whitcomb said during a rally in Ames, Ia., “and then we will win the country.”",
    );
  });
  it("ends the content at '…,” though' when the comma sits inside the closing quote", () => {
    const claims = run(
      "Okafor said the bill was “a good start,” though she noted that it did nothing for renters.",
    );
    expect(said(claims, "good start")?.content.text).toBe("the bill was “a good start,”");
    expect(said(claims, "nothing for renters")?.cue.text).toBe("noted");
  });
  it("reads 'The mayor, speaking at a news conference, said' as the mayor", () => {
    const claims = run(
      "Mayor Janet Whitfield opened the new library on Monday.\nThe mayor, speaking at a news conference on Tuesday, said the branch would open on Sundays.",
    );
    expect(said(claims, "open on Sundays")?.speaker.name).toBe("Janet Whitfield");
  });
  it("does not give 'the agency' to a person whose title the agency only owns", () => {
    const claims = run(
      "Three towns were flooded overnight, the Environment Agency said.\nThe agency’s chief executive, Sir Alan Crewe, told Sky News the defences had held.\nAccording to the agency, more than 300 homes were damaged.",
    );
    expect(said(claims, "300 homes")?.speaker.name).toBe("Environment Agency");
  });
  it("reads British and local-government titles as titles ('Local MP X', 'Councillor X', 'Labour MP X')", () => {
    const claims = run(
      "Local MP Rachel Dunn said the response had been too slow. Councillor Amy Brand said the rest centre would stay open. Labour MP Owen Pryce said ministers should visit.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Rachel Dunn", "Amy Brand", "Owen Pryce"]);
    const [winner] = run("Democrat Lena Marsh said voters had chosen change.");
    expect(winner?.speaker.name).toBe("Lena Marsh");
  });
  it("leaves a 'CITY, Date (PTI):' dateline out of the content", () => {
    const claims = run(
      "Metro fares to rise\nMUMBAI, Nov 17 (PTI): Metro fares will rise by 10 per cent from January, the transport minister said on Monday.",
    );
    expect(said(claims, "Metro fares")?.content.text).toBe(
      "Metro fares will rise by 10 per cent from January",
    );
  });
  it("reads 'termed X “…”' like 'called X “…”'", () => {
    const claims = run("Opposition leader Meera Iyer termed the budget “a betrayal of farmers”.");
    expect(said(claims, "betrayal")?.cue.text).toBe("termed");
  });
  it("names the speaker of 'The minister, however, said …' without 'however'", () => {
    const claims = run(
      "Health Minister Daniel Cowan announced the plan on Monday. The minister, however, said no money had been set aside.",
    );
    expect(said(claims, "no money")?.speaker.name).toBe("Daniel Cowan");
  });
  it("reads Australian titles and a body's office-holder ('Victorian Premier X', 'The AMA's Victorian president, Dr X')", () => {
    const claims = run(
      "Victorian Premier Jacinta Allard said the backlog was a legacy of the pandemic. The Australian Medical Association's Victorian president, Dr Jill Tomlinson, said doctors were exhausted.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Jacinta Allard", "Jill Tomlinson"]);
  });
  it("does not end a subordinate claim at the comma inside a number", () => {
    const claims = run(
      "The premier has defended her record on waiting times, after new figures showed more than 70,000 people were waiting for surgery.",
    );
    expect(said(claims, "waiting for surgery")?.content.text).toBe(
      "more than 70,000 people were waiting for surgery",
    );
  });
  it("ends the content before ', in a study published …' or ', in an interview with …' after it", () => {
    const claims = run(
      "Researchers at the University of Leeds found that bumblebees learned faster in cooler weather, in a study published on Wednesday in the journal Animal Cognition. Councillor Amy Brand said the budget was too small, in an interview with the Yorkshire Post on Sunday.",
    );
    expect(said(claims, "bumblebees")?.content.text).toBe("bumblebees learned faster in cooler weather");
    const brand = said(claims, "budget");
    expect(brand?.content.text).toBe("the budget was too small");
    expect(brand?.date).toBe("2026-11-15");
  });
  it("reads 'disclosed this while briefing journalists' as no new claim, and names 'The Minister of Information, Mr X'", () => {
    const claims = run(
      "The government said it had begun talks with the unions.\nThe Minister of Information, Mr Mohammed Bello, disclosed this while briefing journalists in Abuja.\nThe Minister of Information, Mr Mohammed Bello, said the talks would last two weeks.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["said", "said"]);
    expect(said(claims, "two weeks")?.speaker.name).toBe("Mohammed Bello");
  });
  it("finds the subject before a parenthetical of circumstances ('The ministry, in a statement on Monday, said')", () => {
    const claims = run(
      "The health ministry, in a statement on Monday, said the clinic would reopen. The Nigeria Labour Congress, in a statement signed by its president, Joe Ajaero, said workers would strike.",
    );
    expect(said(claims, "clinic would reopen")?.speaker.name).toBe("health ministry");
    expect(said(claims, "workers would strike")?.speaker.name).toBe("Nigeria Labour Congress");
  });
  it("gives 'quoted X as saying' to X, and 'X was quoted as saying' to X", () => {
    const claims = run(
      "The state news agency quoted Defence Minister Ali Rahimi as saying the drills would continue. The port's operator was quoted by local media as saying that supply was stable.",
    );
    expect(said(claims, "drills")?.speaker.name).toBe("Ali Rahimi");
    expect(said(claims, "supply was stable")?.speaker.name).toBe("port's operator");
  });
  it("leaves a sentence-initial 'But' and an opening adjunct out of the speaker", () => {
    const claims = run(
      "But Okafor said the vote would go ahead.\nIn the spin room after the debate, the governor's aides were upbeat, saying their man had won.\nChastened by the polls, Whitcomb changed course, promising to cut fuel taxes.",
    );
    expect(said(claims, "vote would go ahead")?.speaker.mention?.text).toBe("Okafor");
    expect(said(claims, "their man had won")?.speaker.mention?.text).toBe("the governor's aides");
    expect(said(claims, "cut fuel taxes")?.speaker.name).toBe("Whitcomb");
  });
  it("reads polls with numbers and how they were made ('The survey of 1,700 adults, carried out on Sunday, found')", () => {
    const claims = run(
      "A poll of 1,200 voters released Monday shows Marsh ahead. The survey of 1,700 adults, carried out on Sunday and Monday, found that 38% would vote Labour. The report, published on Tuesday, said prices would rise.",
    );
    expect(said(claims, "Marsh ahead")?.cue.text).toBe("shows");
    expect(said(claims, "38% would vote")?.speaker.mention?.text).toBe("The survey of 1,700 adults");
    expect(said(claims, "prices would rise")?.speaker.mention?.text).toBe("The report");
  });
});

describe("the English held-out articles of batch D (fixtures/en-heldout-d)", () => {
  // unseen (English rules of main at 74908da, gold committed first in e3d60b1): 53 of 56 matched (62 predicted),
  // names 0.81, dates 0.93
  it("finds, names and dates the claims (at least as well as after the batch-D rules)", () => {
    const t = scoreGold("en-heldout-d");
    expect(t.matched).toBeGreaterThanOrEqual(56);
    expect(t.predicted).toBeLessThanOrEqual(64);
    expect(t.attributed / t.matched).toBeGreaterThanOrEqual(0.98);
    expect(t.datedRight / t.dated).toBeGreaterThanOrEqual(0.98);
  });
});
