// Made-up English articles (session 15) probing the day each statement was made: wire copy, broadcasters and
// live blogs. No text comes from a fixture. Each expectation is [words of the claim's content, its date].
import type { DateProbe } from "./date-probes-en.ts";

export const WIRE_PROBES: DateProbe[] = [
  {
    name: "a Reuters dateline, the lede's own day, a participle, an analyst",
    published: "2026-03-03",
    text:
      "Kenya holds rate, says inflation within target\n\n" +
      "NAIROBI, March 3 (Reuters) - Kenya's central bank held its benchmark lending rate at 9.75% on Tuesday, saying inflation remained within its target range.\n\n" +
      "Governor Kamau Thuo told a news conference that the shilling had been stable against the dollar since January.\n\n" +
      "“We will act if price pressures return,” he said.\n\n" +
      "The finance ministry said on Monday that tax revenue was ahead of forecasts for the first eight months of the fiscal year.\n\n" +
      "“The decision was widely expected,” said Aly Mwangi, an economist at Nairobi-based Sterling Capital.",
    expect: [
      ["inflation remained within its target range", "2026-03-03"],
      ["the shilling had been stable", "2026-03-03"],
      ["We will act if price pressures return", "2026-03-03"],
      ["tax revenue was ahead of forecasts", "2026-03-02"],
      ["The decision was widely expected", null],
    ],
  },
  {
    name: "AP style: 'said Thursday', 'told reporters Wednesday', 'X said Thursday.' after a quote",
    published: "2026-06-12",
    text:
      "Senators strike deal on rail safety bill\n\n" +
      "WASHINGTON (AP) — Senate negotiators said Thursday they had reached a bipartisan agreement on a rail safety bill that would require longer warning times for hazardous cargo.\n\n" +
      "Sen. Maria Delgado, D-N.M., told reporters Wednesday that the talks had nearly collapsed over staffing rules.\n\n" +
      "“Nobody got everything they wanted,” Delgado said Thursday.\n\n" +
      "The Association of American Railroads said in a statement that it was reviewing the text.\n\n" +
      "Sen. Tom Brandt, R-Ohio, said the bill could reach the floor before the July Fourth recess.",
    expect: [
      ["they had reached a bipartisan agreement", "2026-06-11"],
      ["the talks had nearly collapsed", "2026-06-10"],
      ["Nobody got everything they wanted", "2026-06-11"],
      ["it was reviewing the text", "2026-06-11"],
      ["could reach the floor", "2026-06-11"],
    ],
  },
  {
    name: "a news conference in Geneva on Wednesday, then 'he added', then an email",
    published: "2026-05-20",
    text:
      "WHO warns of measles surge\n\n" +
      "GENEVA (AFP) – Measles cases in Europe more than doubled last year, the World Health Organization said Wednesday, urging parents to vaccinate their children.\n\n" +
      "At a news conference in Geneva on Wednesday, WHO chief Tedros Adhanom Ghebreyesus said vaccination rates had fallen to their lowest level in 15 years.\n\n" +
      "“This is a disease we know how to stop,” he said.\n\n" +
      "He added that outbreaks had been reported in 41 countries.\n\n" +
      "A spokesman for the European Commission said in an email that it was working with member states on catch-up campaigns.",
    expect: [
      ["Measles cases in Europe", "2026-05-20"],
      ["lowest level in 15 years", "2026-05-20"],
      ["a disease we know how to stop", "2026-05-20"],
      ["outbreaks had been reported in 41 countries", "2026-05-20"],
      ["catch-up campaigns", null],
    ],
  },
  {
    name: "a PTI dateline and 'The Supreme Court on Wednesday said'",
    published: "2026-11-26",
    text:
      "SC raps states over teachers' pensions\n\n" +
      "NEW DELHI, Nov 25 (PTI) The Supreme Court on Wednesday said states cannot deny pensions to retired teachers on technical grounds.\n\n" +
      "A bench of Justices Surya Kant and K V Viswanathan said the delay in paying the dues was “unconscionable”.\n\n" +
      "Additional Solicitor General Aishwarya Bhati told the court the Centre had already released its share.",
    expect: [
      ["cannot deny pensions to retired teachers", "2026-11-25"],
      ["the delay in paying the dues", "2026-11-25"],
      ["the Centre had already released its share", "2026-11-25"],
    ],
  },
  {
    name: "AP: 'said Tuesday night', then another speaker's 'said Wednesday' and a quote",
    published: "2026-03-04",
    text:
      "Governor vetoes school funding bill\n\n" +
      "SPRINGFIELD, Ill. (AP) — Gov. Dana Morrow said Tuesday night that she had vetoed a bill that would have shifted school funding to wealthier districts.\n\n" +
      "The bill's sponsor, Sen. Carl Ruiz, said Wednesday that he would seek to override the veto.\n\n" +
      "“The governor has chosen politics over kids,” Ruiz said.",
    expect: [
      ["she had vetoed a bill", "2026-03-03"],
      ["he would seek to override the veto", "2026-03-04"],
      ["chosen politics over kids", "2026-03-04"],
    ],
  },
  {
    name: "Bloomberg: 'he said in an interview Thursday' closing a present-tense lede",
    published: "2026-11-27",
    text:
      "Automaker CEO expects tariffs to ease\n\n" +
      "The chief executive of Hanwa Motors, Kenji Saito, expects U.S. tariffs on Japanese cars to ease next year, he said in an interview Thursday.\n\n" +
      "“We are preparing for every scenario,” Saito said in Tokyo.\n\n" +
      "The company's shares rose 3% on Friday.",
    expect: [
      ["U.S. tariffs on Japanese cars to ease", "2026-11-26"],
      ["We are preparing for every scenario", "2026-11-26"],
    ],
  },
  {
    name: "a calendar date across the new year: 'on Wednesday' and 'on Dec. 30' in a January paper",
    published: "2026-01-05",
    text:
      "Charity warns of winter shelter shortage\n\n" +
      "The homeless charity Crisis said on Wednesday that shelters in London had turned away 300 people over Christmas.\n\n" +
      "In a statement on Dec. 30, the mayor's office said emergency beds would be doubled.\n\n" +
      "Crisis chief executive Matt Downie said on Sunday that the extra beds were “welcome but late”.",
    expect: [
      ["had turned away 300 people", "2025-12-31"],
      ["emergency beds would be doubled", "2025-12-30"],
      ["welcome but late", "2026-01-04"],
    ],
  },
  {
    name: "a rally on Saturday, an interview on Sunday, then 'He added'",
    published: "2026-11-30",
    text:
      "Dallow attacks rival at Ohio rally\n\n" +
      "At a rally in Dayton, Ohio, on Saturday, Senate candidate Rick Dallow said the election was being “stolen in plain sight”.\n\n" +
      "On Sunday, in an interview with Fox News, he said he would accept the result only if it was “fair”.\n\n" +
      "He added that his lawyers were ready to challenge the count in three counties.",
    expect: [
      ["stolen in plain sight", "2026-11-28"],
      ["he would accept the result", "2026-11-29"],
      ["ready to challenge the count", "2026-11-29"],
    ],
  },
  {
    name: "'told a Senate hearing on Tuesday', 'Under questioning from', 'said after the hearing'",
    published: "2026-06-12",
    text:
      "Fed nominee signals caution on rates\n\n" +
      "Federal Reserve nominee Kevin Walsh told a Senate hearing on Tuesday that he would not rush to cut interest rates.\n\n" +
      "Under questioning from Sen. Laura Beck, he said the central bank must remain independent of the White House.\n\n" +
      "Beck said after the hearing that she would vote against him.",
    expect: [
      ["he would not rush to cut interest rates", "2026-06-09"],
      ["must remain independent of the White House", "2026-06-09"],
      ["she would vote against him", "2026-06-09"],
    ],
  },
  {
    name: "results on Thursday, 'told analysts on a conference call', a share move on Friday, a quote",
    published: "2026-04-25",
    text:
      "Retailer's profit falls 20%\n\n" +
      "Fashion retailer Marlowe said on Thursday that first-quarter profit fell 20%, hit by a cold spring.\n\n" +
      "Chief Executive Anna Pell told analysts on a conference call that sales had picked up in April.\n\n" +
      "Shares in the company fell 8% on Friday.\n\n" +
      "“The weather was against us,” Pell said.",
    expect: [
      ["first-quarter profit fell 20%", "2026-04-23"],
      ["sales had picked up in April", "2026-04-23"],
      ["The weather was against us", "2026-04-23"],
    ],
  },
  {
    name: "a live blog: posts of the dateline's day, one reporting Sunday's statement",
    published: "2026-11-30",
    text:
      "Storm Bert live: thousands without power as flood warnings issued\n" +
      "Mon 30 Nov 2026 09.12 GMT\n\n" +
      "09.05 GMT\nThe Met Office says winds of up to 80mph are possible in western Scotland this afternoon.\n\n" +
      "08.47 GMT\nScottish Power said 12,000 homes were without electricity.\n\n" +
      "08.30 GMT\nThe transport secretary told BBC Breakfast that rail services would be cut back.\n\n" +
      "08.10 GMT\nOn Sunday, the Environment Agency said 40 flood warnings were in place.",
    expect: [
      ["winds of up to 80mph", "2026-11-30"],
      ["12,000 homes were without electricity", "2026-11-30"],
      // (an outlet's interview stays undated in a live blog too: set I's "told the Guardian")
      ["rail services would be cut back", null],
      ["40 flood warnings were in place", "2026-11-29"],
    ],
  },
  {
    name: "a broadcaster: 'told ABC Radio Melbourne this morning'",
    published: "2026-05-20",
    text:
      "Premier flags ban on phones in schools\n\n" +
      "The Premier has told ABC Radio Melbourne this morning that mobile phones will be banned in all state secondary schools from next year.\n\n" +
      "“Teachers have told us loud and clear this is a distraction,” Jacinta Allbright said.\n\n" +
      "The Opposition's education spokesman, Brad Kerr, said the announcement had been made without consulting parents.",
    expect: [
      ["mobile phones will be banned", "2026-05-20"],
      ["loud and clear this is a distraction", "2026-05-20"],
      ["without consulting parents", "2026-05-20"],
    ],
  },
  {
    name: "'Speaking to the BBC on Sunday', 'He also told Sky News', 'said on Saturday'",
    published: "2026-09-14",
    text:
      "Minister defends hospital waiting list plan\n\n" +
      "The health secretary has defended the government's plan to cut hospital waiting lists, insisting it is “on track”.\n\n" +
      "Speaking to the BBC on Sunday, Wes Harlow said the number of patients waiting more than a year had fallen for six months in a row.\n\n" +
      "He also told Sky News that 2,000 extra surgeons would be recruited by next spring.\n\n" +
      "Shadow health secretary Dana Pryce said on Saturday the plan was “a fantasy”.",
    expect: [
      ["had fallen for six months in a row", "2026-09-13"],
      ["2,000 extra surgeons", "2026-09-13"],
      ["a fantasy", "2026-09-12"],
    ],
  },
  {
    name: "'Speaking on RTÉ's Morning Ireland this morning'",
    published: "2026-11-27",
    text:
      "Surplus will pay down debt, says Tánaiste\n\n" +
      "Speaking on RTÉ's Morning Ireland this morning, the Tánaiste said the budget surplus would be used to pay down debt.\n\n" +
      "He said the Government would not be “reckless” with the windfall.\n\n" +
      "Sinn Féin finance spokesman Pearse Doherty said families needed help now.",
    expect: [
      ["the budget surplus would be used", "2026-11-27"],
      ["would not be “reckless”", "2026-11-27"],
      ["families needed help now", "2026-11-27"],
    ],
  },
  {
    name: "'late on Thursday', 'Speaking on Thursday night', 'Early on Friday, … told state radio'",
    published: "2026-04-25",
    text:
      "Ministry denies report of troop build-up\n\n" +
      "ACCRA (Reuters) - The defence ministry said in a statement late on Thursday that reports of a troop build-up on the border were “baseless”.\n\n" +
      "Speaking on Thursday night, opposition leader Kofi Mensah said the government owed the public an explanation.\n\n" +
      "Early on Friday, the ministry's spokesman, Col. Ama Boateng, told state radio that only routine exercises were under way.",
    expect: [
      ["a troop build-up on the border", "2026-04-23"],
      ["owed the public an explanation", "2026-04-23"],
      ["only routine exercises were under way", "2026-04-24"],
    ],
  },
  {
    name: "'in an interview published on Saturday', 'told the newspaper', a speech on Thursday",
    published: "2026-11-30",
    text:
      "Central banker sees no cut before summer\n\n" +
      "Bundesbank President Andreas Vogt does not expect interest rates to fall before the summer, he said in an interview published on Saturday.\n\n" +
      "“Inflation is not yet beaten,” Vogt told the newspaper Die Zeit.\n\n" +
      "Vogt said in a speech in Frankfurt on Thursday that wage growth remained too strong.",
    expect: [
      ["interest rates to fall before the summer", "2026-11-28"],
      ["Inflation is not yet beaten", "2026-11-28"],
      ["wage growth remained too strong", "2026-11-26"],
    ],
  },
  {
    name: "'in an interview on Tuesday' and a quote after it",
    published: "2026-10-08",
    text:
      "Coach says squad is ready\n\n" +
      "In an interview on Tuesday, national team coach Ivan Petrov said his squad was ready for the World Cup qualifiers.\n\n" +
      "“We have never been fitter,” Petrov said.\n\n" +
      "The federation's president, Dmitri Volkov, told reporters on Wednesday that Petrov's contract would be extended.",
    expect: [
      ["ready for the World Cup qualifiers", "2026-10-06"],
      ["We have never been fitter", "2026-10-06"],
      ["contract would be extended", "2026-10-07"],
    ],
  },
];
