// Made-up English articles (session 15) probing the day each statement was made: occasions named by a
// possessive day ("after Saturday's win", "In Wednesday's ruling"), days after the content, a day's part,
// pluperfects and plans. No text comes from a fixture.
import type { DateProbe } from "./date-probes-en.ts";

export const OCCASION_PROBES: DateProbe[] = [
  {
    name: "a rugby report: 'said after Saturday's defeat', 'told Sky Sports'",
    published: "2026-11-30",
    text:
      "Warriors coach rues missed chances\n\n" +
      "Warriors coach Dan Mottram said his players had “nobody to blame but ourselves” after Saturday's 24-10 defeat by Leicester.\n\n" +
      "“We left 20 points out there,” Mottram told Sky Sports.\n\n" +
      "Leicester captain Ellis Genge said the win would give his side belief.",
    expect: [
      ["nobody to blame but ourselves", "2026-11-28"],
      ["We left 20 points out there", "2026-11-28"],
      ["give his side belief", "2026-11-28"],
    ],
  },
  {
    name: "a court ruling: 'In Wednesday's ruling, Judge X wrote', 'said in a statement after the ruling'",
    published: "2026-11-27",
    text:
      "Judge blocks state abortion ban\n\n" +
      "A federal judge has blocked a state law banning abortion after six weeks.\n\n" +
      "In Wednesday's ruling, U.S. District Judge Ana Flores wrote that the law was “plainly at odds” with the state constitution.\n\n" +
      "The state's attorney general, Ken Paxman, said in a statement after the ruling that he would appeal.",
    expect: [
      ["plainly at odds", "2026-11-25"],
      ["he would appeal", "2026-11-25"],
    ],
  },
  {
    name: "the day after the quote: '“…,” she told the Guardian on Thursday.' and 'the ministry said Monday.'",
    published: "2026-11-30",
    text:
      "Teachers threaten strike over pay\n\n" +
      "“We cannot go on like this,” the general secretary of the teachers' union, Amy Rowe, told the Guardian on Thursday.\n\n" +
      "Talks with employers would resume next week, the education ministry said Monday.",
    expect: [
      ["We cannot go on like this", "2026-11-26"],
      ["Talks with employers would resume next week", "2026-11-30"],
    ],
  },
  {
    name: "a pluperfect 'had said on Friday', 'Earlier on Monday', 'Later on Tuesday'",
    published: "2026-12-01",
    text:
      "Port strike ends after pay deal\n\n" +
      "Dock workers at Felixstowe will return to work on Wednesday after accepting a pay offer, the Unite union said on Tuesday.\n\n" +
      "The port's owner had said on Friday that the strike was costing it £5m a day.\n\n" +
      "Earlier on Monday, the business secretary said the dispute was damaging the economy.\n\n" +
      "Later on Tuesday, the port's chief executive, Clemence Cheng, said she was “relieved”.",
    expect: [
      ["Dock workers at Felixstowe will return to work", "2026-12-01"],
      ["costing it £5m a day", "2026-11-27"],
      ["damaging the economy", "2026-11-30"],
      ["she was “relieved”", "2026-12-01"],
    ],
  },
  {
    name: "'said on Friday ahead of Saturday's game': the plan's day is no statement's",
    published: "2026-11-29",
    text:
      "Boss says squad has no fresh injuries\n\n" +
      "United manager Ruben Amorim said on Friday ahead of Saturday's game against Everton that his squad had no fresh injuries.\n\n" +
      "He said the club would not sign a striker in January.",
    expect: [
      ["his squad had no fresh injuries", "2026-11-27"],
      ["would not sign a striker in January", "2026-11-27"],
    ],
  },
  {
    name: "'in a televised address on Sunday night', 'in a video posted on Telegram on Saturday'",
    published: "2026-11-30",
    text:
      "President declares state of emergency\n\n" +
      "President Aline Moreau declared a state of emergency in three provinces in a televised address on Sunday night.\n\n" +
      "She said the army would help police restore order.\n\n" +
      "In a video posted on Telegram on Saturday, the rebel commander, Issa Diallo, said his fighters controlled the main road to the north.",
    expect: [
      ["the army would help police restore order", "2026-11-29"],
      ["controlled the main road to the north", "2026-11-28"],
    ],
  },
  {
    name: "'in a court filing on Monday', 'wrote in a ruling on Friday'",
    published: "2026-12-01",
    text:
      "Chipmaker sues rival over patents\n\n" +
      "Chipmaker Arvon said in a court filing on Monday that its rival had copied the design of its memory controllers.\n\n" +
      "In an earlier case, Judge Paul Grewal wrote in a ruling on Friday that the two companies' licensing deal had expired.",
    expect: [
      ["copied the design of its memory controllers", "2026-11-30"],
      ["licensing deal had expired", "2026-11-27"],
    ],
  },
  {
    name: "a sentencing: 'the judge said when sentencing him on Monday', 'At the inquest on Tuesday'",
    published: "2026-12-02",
    text:
      "Builder jailed over fatal wall collapse\n\n" +
      "A builder whose garden wall fell on a child has been jailed for 18 months.\n\n" +
      "The wall had been “an accident waiting to happen”, Judge Rachel Moss said when sentencing Darren Cole at Preston Crown Court on Monday.\n\n" +
      "At the inquest on Tuesday, the coroner said the boy's death had been preventable.",
    expect: [
      ["an accident waiting to happen", "2026-11-30"],
      ["the boy's death had been preventable", "2026-12-01"],
    ],
  },
  {
    name: "'In comments reported by the state news agency on Tuesday', 'according to a statement on Monday'",
    published: "2026-11-26",
    text:
      "Iran says enrichment will continue\n\n" +
      "DUBAI, Nov 26 (Reuters) - Iran will continue enriching uranium, its foreign minister said in comments reported by the state news agency IRNA on Tuesday.\n\n" +
      "The country's nuclear chief said on Wednesday that a new cascade of centrifuges had been installed.",
    expect: [
      ["Iran will continue enriching uranium", "2026-11-24"],
      ["a new cascade of centrifuges", "2026-11-25"],
    ],
  },
  {
    name: "a day's part: 'On Monday evening', 'said overnight', 'late Sunday'",
    published: "2026-11-30",
    text:
      "Wildfire forces evacuations\n\n" +
      "SYDNEY (Reuters) - Firefighters said late Sunday that a bushfire west of Sydney had burned more than 10,000 hectares.\n\n" +
      "The state premier, Chris Minns, said the fire could reach the town of Lithgow within hours.\n\n" +
      "On Monday evening, the Rural Fire Service said the wind had changed direction.",
    expect: [
      ["had burned more than 10,000 hectares", "2026-11-29"],
      ["could reach the town of Lithgow", "2026-11-29"],
      ["the wind had changed direction", "2026-11-30"],
    ],
  },
  {
    name: "'Last Thursday, X said', 'Asked on Monday whether …, Y said'",
    published: "2026-11-26",
    text:
      "Council defends bin collection changes\n\n" +
      "Last Thursday, the council's environment chief, Jo Blake, said fortnightly collections would save £1.2m a year.\n\n" +
      "Asked on Monday whether the council would reverse the decision, council leader Amir Khan said it would not.\n\n" +
      "Residents' group spokesman Tony Hirst said people were “fed up with overflowing bins”.",
    expect: [["fortnightly collections would save £1.2m a year", "2026-11-19"]],
  },
  {
    name: "'the ministry's statement on Friday said', 'Friday's announcement'",
    published: "2026-11-30",
    text:
      "Ministry confirms bird flu outbreak\n\n" +
      "The agriculture ministry's statement on Friday said 40,000 birds would be culled at a farm in Norfolk.\n\n" +
      "The National Farmers' Union said on Saturday that Friday's announcement had caused alarm among poultry keepers.",
    expect: [
      ["40,000 birds would be culled", "2026-11-27"],
      ["caused alarm among poultry keepers", "2026-11-28"],
    ],
  },
  {
    name: "an Indian daily: 'said here on Saturday', 'told The Hindu', 'said in a press release'",
    published: "2026-11-30",
    text:
      "Metro phase two by 2028: Minister\n\n" +
      "CHENNAI: The second phase of the Chennai Metro will be completed by 2028, Chief Minister M K Stalin said here on Saturday.\n\n" +
      "Speaking at the inauguration of a new depot, he said 60% of the civil works were complete.\n\n" +
      "A senior CMRL official told The Hindu that land acquisition was still pending on two stretches.",
    expect: [
      ["second phase of the Chennai Metro", "2026-11-28"],
      ["60% of the civil works were complete", "2026-11-28"],
      ["land acquisition was still pending", null],
    ],
  },
  {
    name: "a Kenyan daily: 'said yesterday', 'last week' left alone, 'on Sunday' for another speaker",
    published: "2026-11-30",
    text:
      "Teachers' union rejects pay offer\n\n" +
      "The Kenya National Union of Teachers yesterday rejected a 7% pay offer, saying it did not match the rising cost of living.\n\n" +
      "Knut secretary general Collins Oyuu said teachers would down their tools in January.\n\n" +
      "Education Cabinet Secretary Julius Ogamba said on Saturday that the government had no more money.",
    expect: [
      ["did not match the rising cost of living", "2026-11-29"],
      ["would down their tools in January", "2026-11-29"],
      ["the government had no more money", "2026-11-28"],
    ],
  },
  {
    name: "two days in one sentence: 'said on Monday that …, and on Tuesday added that'",
    published: "2026-12-02",
    text:
      "Carmaker recalls 80,000 vehicles\n\n" +
      "Carmaker Volta said on Monday that 80,000 vehicles would be recalled over faulty airbags, and on Tuesday added that no injuries had been reported.\n\n" +
      "The transport safety regulator said it was monitoring the recall.",
    expect: [
      ["80,000 vehicles would be recalled", "2026-11-30"],
      ["no injuries had been reported", "2026-12-01"],
    ],
  },
  {
    name: "'The remarks, made on Friday at …, drew criticism' dating the lede and quote",
    published: "2026-11-30",
    text:
      "Mayor says city 'cannot afford' Olympic bid\n\n" +
      "The mayor of Brisbane, Adrian Shrinner, said the city could not afford to host more Olympic events.\n\n" +
      "“The money is not there,” he said.\n\n" +
      "The remarks, made on Friday at a business lunch, drew criticism from the state government.",
    expect: [
      ["could not afford to host more Olympic events", "2026-11-27"],
      ["The money is not there", "2026-11-27"],
    ],
  },
  {
    name: "a dateline a day before publication dates the statements that give no day",
    published: "2026-11-30",
    text:
      "Bank of England warns on mortgage arrears\n\n" +
      "LONDON, Nov 29 (Reuters) - The Bank of England said mortgage arrears were likely to rise next year as fixed-rate deals expire.\n\n" +
      "Deputy Governor Sarah Breeden said lenders were well placed to absorb losses.",
    expect: [
      ["mortgage arrears were likely to rise", "2026-11-29"],
      ["lenders were well placed to absorb losses", "2026-11-29"],
    ],
  },
];
