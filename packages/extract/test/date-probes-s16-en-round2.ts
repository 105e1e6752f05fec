// Made-up English articles (session 16, second round): written after the first round's failures were seen, for
// constructions the first round did not try (ordinal dates, statements dated by a document's date, arrivals,
// phone-in programmes, the eve of an event, a weekend rally, morning and evening parts of a day). No text comes
// from a fixture. Each expectation is [words of the claim's content, its date].
import type { DateProbe } from "./date-probes-en.ts";

export const ROUND2_PROBES: DateProbe[] = [
  {
    name: "Ghana-style arrival: 'Speaking to journalists on arrival at Kotoka airport on Thursday'",
    published: "2026-11-14",
    text:
      "President returns from Paris summit\n\n" +
      "ACCRA — President John Mahama said Ghana had secured $2 billion in new investment commitments at the Paris summit.\n\n" +
      "Speaking to journalists on arrival at Kotoka International Airport on Thursday, Mr Mahama said the money would go to roads and railways.\n\n" +
      "He said more details would be announced in the budget.",
    expect: [
      ["$2 billion in new investment", "2026-11-12"],
      ["would go to roads and railways", "2026-11-12"],
      ["more details would be announced", "2026-11-12"],
    ],
  },
  {
    name: "an ordinal date: 'said on 10th November', 'in a statement dated 11 November'",
    published: "2026-11-14",
    text:
      "Council disputes audit findings\n\n" +
      "The Lilongwe City Council said on 10th November that it had accounted for all the funds flagged by the auditor.\n\n" +
      "In a statement dated 11 November, the National Audit Office said the council had not supplied receipts for K2 billion.",
    expect: [
      ["accounted for all the funds", "2026-11-10"],
      ["had not supplied receipts", "2026-11-11"],
    ],
  },
  {
    name: "a radio phone-in: 'during a phone-in programme on Sunday', 'told callers'",
    published: "2026-02-16",
    text:
      "Minister defends fuel price rise\n\n" +
      "Energy Minister Ibrahim Matola said during a phone-in programme on Zodiak radio on Sunday that the fuel price rise was unavoidable.\n\n" +
      "He told callers that the price would be reviewed in three months.\n\n" +
      "Consumers Association of Malawi executive director John Kapito said the increase would push up transport fares.",
    expect: [
      ["fuel price rise was unavoidable", "2026-02-15"],
      ["reviewed in three months", "2026-02-15"],
      ["push up transport fares", "2026-02-15"],
    ],
  },
  {
    name: "'on the eve of the summit' gives no day; 'at a weekend rally' gives none",
    published: "2026-04-14",
    text:
      "Leaders split over regional force\n\n" +
      "Kenya's foreign minister said on the eve of the summit that a regional force was the only way to end the fighting.\n\n" +
      "Rwanda's President Paul Kagame told a weekend rally that foreign troops would not be welcome.",
    expect: [
      ["the only way to end the fighting", null],
      ["foreign troops would not be welcome", null],
    ],
  },
  {
    name: "'on Sunday evening', 'overnight', 'early on Monday'",
    published: "2026-06-22",
    text:
      "Floods kill 14 in Kampala\n\n" +
      "KAMPALA — Uganda's disaster ministry said on Sunday evening that 14 people had been killed by floods in the capital.\n\n" +
      "Police said overnight that rescue teams had pulled 30 people from the water.\n\n" +
      "Early on Monday, Kampala mayor Erias Lukwago told a local radio station that drainage channels had been blocked for months.",
    expect: [
      ["14 people had been killed", "2026-06-21"],
      ["pulled 30 people from the water", "2026-06-21"],
      ["drainage channels had been blocked", "2026-06-22"],
    ],
  },
  {
    name: "a date line under the headline: 'Updated: Tuesday, 29 September 2026', then 'said on Monday'",
    published: "2026-09-29",
    text:
      "Port strike ends after pay deal\n\n" +
      "Updated: Tuesday, 29 September 2026\n\n" +
      "Dock workers at the port of Beira will return to work after union leaders accepted a 12 percent pay rise, the union said on Monday.\n\n" +
      "Union secretary Joaquim Mabote said members had voted to accept the offer.\n\n" +
      "“This is a victory for every worker on the docks,” he said.",
    expect: [
      ["will return to work", "2026-09-28"],
      ["members had voted to accept the offer", "2026-09-28"],
      ["a victory for every worker", "2026-09-28"],
    ],
  },
  {
    name: "'In remarks to parliament on Wednesday', then a quote with no day, then 'On Thursday, her deputy said'",
    published: "2026-11-14",
    text:
      "Samoa to tighten fishing rules\n\n" +
      "In remarks to parliament on Wednesday, Prime Minister Fiamē Naomi Mataʻafa said foreign fishing fleets would face new inspections.\n\n" +
      "“Our fish are not for sale to the highest bidder,” she said.\n\n" +
      "On Thursday, her deputy, Tuala Tevaga Iosefo Ponifasio, said the rules would take effect in January.",
    expect: [
      ["face new inspections", "2026-11-11"],
      ["not for sale to the highest bidder", "2026-11-11"],
      ["take effect in January", "2026-11-12"],
    ],
  },
  {
    name: "a Jamaican daily: 'yesterday', then 'Tuesday's press briefing' for another voice",
    published: "2026-04-14",
    text:
      "Murders down, says police chief\n\n" +
      "Police Commissioner Kevin Blake yesterday said murders were down 20 per cent this year.\n\n" +
      "Blake said the decline was the result of targeted operations in western parishes.\n\n" +
      "At Tuesday's post-Cabinet press briefing, Information Minister Dana Morris Dixon said the government would hire 1,000 more police officers.",
    expect: [
      ["murders were down 20 per cent", "2026-04-13"],
      ["targeted operations in western parishes", "2026-04-13"],
      ["hire 1,000 more police officers", "2026-04-14"],
    ],
  },
  {
    name: "Fiji: 'confirmed this to The Fiji Times yesterday', a body with no day",
    published: "2026-02-16",
    text:
      "Airport upgrade on track\n\n" +
      "Fiji Airports chief executive Mark Wilson said the upgrade of Nadi International Airport would be finished by June.\n\n" +
      "Mr Wilson confirmed this to The Fiji Times yesterday.\n\n" +
      "The Fiji Hotel and Tourism Association said the new terminal would help the industry.",
    expect: [
      ["would be finished by June", "2026-02-15"],
      ["help the industry", "2026-02-15"],
    ],
  },
  {
    name: "a Sri Lankan daily: 'said at a media briefing in Colombo yesterday (13)'",
    published: "2026-04-14",
    text:
      "Power tariffs to fall\n\n" +
      "Power and Energy Minister Kumara Jayakody said at a media briefing in Colombo yesterday (13) that electricity tariffs would be cut by 15 percent.\n\n" +
      "He said the cut would apply from May.\n\n" +
      "The Public Utilities Commission said it had not yet received a proposal.",
    expect: [
      ["tariffs would be cut by 15 percent", "2026-04-13"],
      ["would apply from May", "2026-04-13"],
      ["had not yet received a proposal", "2026-04-13"],
    ],
  },
  {
    name: "a Nepali daily: 'said on Sunday', then 'said in a press release issued on Monday'",
    published: "2026-06-22",
    text:
      "Parties agree on election date\n\n" +
      "KATHMANDU — The ruling coalition said on Sunday that parliamentary elections would be held in November.\n\n" +
      "Nepali Congress spokesperson Prakash Sharan Mahat said the date had been agreed by all coalition partners.\n\n" +
      "The Election Commission said in a press release issued on Monday that it would begin voter registration next month.",
    expect: [
      ["elections would be held in November", "2026-06-21"],
      ["agreed by all coalition partners", "2026-06-21"],
      ["begin voter registration next month", "2026-06-22"],
    ],
  },
  {
    name: "a Botswana daily: the lede's 'this week' gives no day, then 'on Wednesday' for another speaker",
    published: "2026-11-14",
    text:
      "Diamond sales slump\n\n" +
      "GABORONE — Debswana said this week that diamond sales had fallen by 40 percent in the third quarter.\n\n" +
      "Minerals Minister Bogolo Kenewendo told parliament on Wednesday that the government would cut spending.",
    expect: [
      ["fallen by 40 percent", null],
      ["would cut spending", "2026-11-11"],
    ],
  },
];
