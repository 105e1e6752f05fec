// Made-up English articles (session 16) probing statement dates on outlets of Cambodia, Myanmar, Kazakhstan and
// Georgia. No text comes from a fixture; the expected dates were written before the extractor was run. Each
// expectation is [words of the claim's content, its date].
import type { DateProbe } from "./date-probes-en.ts";

export const ASIA_PROBES: DateProbe[] = [
  {
    name: "a Phnom Penh daily: 'yesterday said', 'Speaking at a graduation ceremony', 'told Khmer Times'",
    published: "2026-12-01",
    text:
      "Canal to be finished by 2028, says PM\n\n" +
      "PHNOM PENH – Prime Minister Hun Manet yesterday said Cambodia would complete the Funan Techo canal by 2028.\n\n" +
      "Speaking at a graduation ceremony at the Institute of Technology of Cambodia, Hun Manet said the canal would cut shipping costs by a third.\n\n" +
      "He added that the government had secured financing from domestic investors.\n\n" +
      "Ministry of Public Works spokesman Heng Sokkung told Khmer Times that dredging would begin in March.",
    expect: [
      ["complete the Funan Techo canal", "2026-11-30"],
      ["cut shipping costs by a third", "2026-11-30"],
      ["secured financing from domestic investors", "2026-11-30"],
      ["dredging would begin in March", null],
    ],
  },
  {
    name: "Cambodia: 'in an interview published on Sunday', 'He told the … daily', 'said on Monday', an analyst",
    published: "2026-03-10",
    text:
      "Hun Sen says he will not retire\n\n" +
      "Senate President Hun Sen said in an interview published on Sunday that he had no plans to retire from politics.\n\n" +
      "He told the Khmer-language daily Kampuchea Thmey that he would lead the ruling party into the 2028 election.\n\n" +
      "Cambodian People's Party spokesman Sok Eysan said on Monday that the remarks reflected the party's unity.\n\n" +
      "Political analyst Em Sovannara said the comments were aimed at rivals within the party.",
    expect: [
      ["no plans to retire from politics", "2026-03-08"],
      ["lead the ruling party into the 2028 election", "2026-03-08"],
      ["reflected the party's unity", "2026-03-09"],
      ["aimed at rivals within the party", null],
    ],
  },
  {
    name: "Cambodia: a quote run closed by 'X was speaking at a meeting … on Wednesday', then a body",
    published: "2026-11-20",
    text:
      "Labour minister pledges higher minimum wage\n\n" +
      "Minister of Labour Heng Sour said garment workers would receive a minimum wage of $215 a month from January.\n\n" +
      "“This is the highest increase in five years,” he said.\n\n" +
      "He added that factories which failed to pay would face fines.\n\n" +
      "Heng Sour was speaking at a meeting of the National Council on Minimum Wage in Phnom Penh on Wednesday.\n\n" +
      "The Garment Manufacturers Association in Cambodia said the increase would hurt competitiveness.",
    expect: [
      ["minimum wage of $215 a month", "2026-11-18"],
      ["highest increase in five years", "2026-11-18"],
      ["would face fines", "2026-11-18"],
      ["hurt competitiveness", "2026-11-18"],
    ],
  },
  {
    name: "Myanmar: 'said on Thursday', 'told a press conference in Naypyitaw', 'told The Irrawaddy', residents",
    published: "2026-01-09",
    text:
      "Junta claims 55 percent turnout\n\n" +
      "The junta's election commission said on Thursday that turnout in the second phase of voting had reached 55 percent.\n\n" +
      "Commission chairman Ko Ko told a press conference in Naypyitaw that results would be announced within two weeks.\n\n" +
      "A spokesman for the National Unity Government, Nay Phone Latt, told The Irrawaddy the figure was “a fabrication”.\n\n" +
      "Residents in Mandalay said polling stations were largely empty.",
    expect: [
      ["had reached 55 percent", "2026-01-08"],
      ["results would be announced within two weeks", "2026-01-08"],
      ["a fabrication", null],
      ["polling stations were largely empty", "2026-01-08"],
    ],
  },
  {
    name: "Myanmar state daily: 'NAY PYI TAW, 8 Jan —', 'He made the remark while meeting … yesterday'",
    published: "2026-01-09",
    text:
      "Municipal elections later this year\n\n" +
      "NAY PYI TAW, 8 Jan — Senior General Min Aung Hlaing said the country would hold municipal elections later this year.\n\n" +
      "He made the remark while meeting with members of the Union Election Commission at the commission's office yesterday.\n\n" +
      "The Senior General said voter lists must be updated in all townships.\n\n" +
      "Union Election Commission Chairman U Than Soe said the commission had trained 40,000 polling officials.",
    expect: [
      ["hold municipal elections later this year", "2026-01-08"],
      ["voter lists must be updated", "2026-01-08"],
      ["trained 40,000 polling officials", "2026-01-08"],
    ],
  },
  {
    name: "Kazakhstan: 'announced on Oct. 2', 'In his address to the nation', 'told reporters on Sept. 30'",
    published: "2026-10-03",
    text:
      "Kazakhstan to hold nuclear referendum\n\n" +
      "ASTANA – President Kassym-Jomart Tokayev announced on Oct. 2 that Kazakhstan would hold a referendum on building a nuclear power plant.\n\n" +
      "In his address to the nation, Tokayev said the country faced an electricity deficit by 2030.\n\n" +
      "“We cannot postpone this decision any longer,” the President said.\n\n" +
      "Energy Minister Almassadam Satkaliyev told reporters on Sept. 30 that three sites were under consideration.",
    expect: [
      ["hold a referendum on building a nuclear power plant", "2026-10-02"],
      ["an electricity deficit by 2030", "2026-10-02"],
      ["cannot postpone this decision", "2026-10-02"],
      ["three sites were under consideration", "2026-09-30"],
    ],
  },
  {
    name: "a Kazakh agency: '…, Minister X said at a Government meeting on Tuesday.', 'X noted'",
    published: "2026-05-20",
    text:
      "Grain harvest to exceed 20 million tonnes\n\n" +
      "ASTANA. KAZINFORM – Kazakhstan's grain harvest will exceed 20 million tonnes this year, Agriculture Minister Aidarbek Saparov said at a Government meeting on Tuesday.\n\n" +
      "“Weather conditions remain favourable,” Saparov noted.",
    expect: [
      ["will exceed 20 million tonnes", "2026-05-19"],
      ["Weather conditions remain favourable", "2026-05-19"],
    ],
  },
  {
    name: "Central Asia: 'agreed on Tuesday, September 29,', 'At a joint press conference in Tashkent'",
    published: "2026-10-03",
    text:
      "Uzbekistan and Kazakhstan agree water-sharing deal\n\n" +
      "The presidents of Kazakhstan and Uzbekistan agreed on Tuesday, September 29, to share the waters of the Syr Darya under a new ten-year agreement.\n\n" +
      "At a joint press conference in Tashkent, Uzbek President Shavkat Mirziyoyev said the deal would end decades of disputes.\n\n" +
      "Kazakh President Kassym-Jomart Tokayev said the two countries would build three new reservoirs.\n\n" +
      "Environmental groups said the agreement ignored the Aral Sea.",
    expect: [
      ["end decades of disputes", "2026-09-29"],
      ["build three new reservoirs", "2026-09-29"],
      ["ignored the Aral Sea", "2026-09-29"],
    ],
  },
  {
    name: "Georgia: 'said on March 3', 'He made the remarks at a briefing after Tuesday's cabinet meeting', Facebook",
    published: "2026-03-04",
    text:
      "Tbilisi will not recall EU envoy\n\n" +
      "TBILISI — Prime Minister Irakli Kobakhidze said on March 3 that the government would not recall its ambassador from Brussels.\n\n" +
      "He made the remarks at a briefing after Tuesday's cabinet meeting.\n\n" +
      "President Salome Zourabichvili wrote on Facebook that the decision was “a step towards isolation”.\n\n" +
      "The EU delegation said in a statement on Wednesday that it regretted the government's position.",
    expect: [
      ["would not recall its ambassador", "2026-03-03"],
      ["a step towards isolation", null],
      ["regretted the government's position", "2026-03-04"],
    ],
  },
  {
    name: "Georgia: 'Tbilisi, 3 June 2026 –', a committee's statement, 'told journalists after the meeting'",
    published: "2026-06-03",
    text:
      "National Bank raises rate to 8.5 percent\n\n" +
      "Tbilisi, 3 June 2026 – The National Bank of Georgia has raised its refinancing rate by 0.5 percentage points to 8.5 percent.\n\n" +
      "The bank's Monetary Policy Committee said in a statement that inflationary pressures had intensified.\n\n" +
      "NBG Governor Natia Turnava told journalists after the meeting that the lari had weakened by 4 percent since April.",
    expect: [
      ["inflationary pressures had intensified", "2026-06-03"],
      ["the lari had weakened by 4 percent", "2026-06-03"],
    ],
  },
  {
    name: "Georgia: 'said late on Wednesday', 'The ministry said', 'said on Thursday', 'told reporters'",
    published: "2026-01-09",
    text:
      "40 detained at Tbilisi protest\n\n" +
      "Georgia's Interior Ministry said late on Wednesday that 40 protesters had been detained outside Parliament.\n\n" +
      "The ministry said the detainees had attacked police officers.\n\n" +
      "Public Defender Levan Ioseliani said on Thursday that his office had received reports of beatings in custody.\n\n" +
      "“We have documented at least 12 cases,” Ioseliani told reporters.",
    expect: [
      ["40 protesters had been detained", "2026-01-07"],
      ["had attacked police officers", "2026-01-07"],
      ["received reports of beatings", "2026-01-08"],
      ["documented at least 12 cases", "2026-01-08"],
    ],
  },
];
