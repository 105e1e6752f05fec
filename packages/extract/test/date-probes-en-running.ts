// Made-up English articles (session 15) probing the day each statement was made: days told relative to another
// ("hours later", "on the same day"), evidence to inquiries, a day of the month alone, parts of the day, and
// the running day of a story across other voices. No text comes from a fixture.
import type { DateProbe } from "./date-probes-en.ts";

export const RUNNING_PROBES: DateProbe[] = [
  {
    name: "'Giving evidence on Wednesday, X told the inquiry', 'Cross-examined by …, she said'",
    published: "2026-11-27",
    text:
      "Ex-official denies cover-up over contaminated blood\n\n" +
      "Giving evidence on Wednesday, former health official Margaret Lyle told the inquiry that she had never seen the warning letters.\n\n" +
      "Cross-examined by counsel for the families, she said the files had been kept in another building.\n\n" +
      "“I had no reason to doubt my colleagues,” she said.\n\n" +
      "Campaigner Jason Evans said on Thursday that her account was “simply not credible”.",
    expect: [
      ["never seen the warning letters", "2026-11-25"],
      ["kept in another building", "2026-11-25"],
      ["no reason to doubt my colleagues", "2026-11-25"],
      ["simply not credible", "2026-11-26"],
    ],
  },
  {
    name: "'said last night', 'said this morning', 'tonight' in a British daily",
    published: "2026-11-30",
    text:
      "Rail firm apologises for weekend chaos\n\n" +
      "Network Rail said last night that overrunning engineering works had caused the cancellation of 400 trains.\n\n" +
      "The company's chief executive, Andrew Haines, said this morning that passengers would be refunded in full.\n\n" +
      "The rail minister will tell MPs tonight that an independent review has been ordered.",
    expect: [
      ["caused the cancellation of 400 trains", "2026-11-29"],
      ["passengers would be refunded in full", "2026-11-30"],
    ],
  },
  {
    name: "a lede's 'has said' dated by the same speaker's next dated words",
    published: "2026-06-12",
    text:
      "Union boss warns of summer of strikes\n\n" +
      "The leader of the country's biggest union has said workers will strike across the summer unless pay rises match inflation.\n\n" +
      "Sharon Graham told a rally in Birmingham on Thursday that members were “ready for a long fight”.\n\n" +
      "Business groups said the threat would damage the recovery.",
    expect: [
      ["workers will strike across the summer", "2026-06-11"],
      ["ready for a long fight", "2026-06-11"],
      ["the threat would damage the recovery", "2026-06-11"],
    ],
  },
  {
    name: "a quote after another voice's dated paragraph keeps its own speaker's day",
    published: "2026-11-30",
    text:
      "Mayor defends congestion charge\n\n" +
      "The mayor of Dublin, Emma Blain, said on Sunday that a congestion charge would cut traffic by a fifth.\n\n" +
      "Retailers said on Friday that the charge would drive shoppers out of the city centre.\n\n" +
      "“We have looked at every city that has done this,” Blain said.",
    expect: [
      ["cut traffic by a fifth", "2026-11-29"],
      ["drive shoppers out of the city centre", "2026-11-27"],
      ["every city that has done this", "2026-11-29"],
    ],
  },
  {
    name: "a company's annual report 'published on Tuesday' and its chief's words",
    published: "2026-12-02",
    text:
      "Brewer warns of higher costs\n\n" +
      "Brewer Carlsen said in its annual report published on Tuesday that energy costs would rise by a third next year.\n\n" +
      "Chief executive Jacob Aarup said the company would raise prices in January.",
    expect: [
      ["energy costs would rise by a third", "2026-12-01"],
      ["would raise prices in January", "2026-12-01"],
    ],
  },
  {
    name: "a tweet 'on Sunday morning' and a reply 'hours later'",
    published: "2026-11-30",
    text:
      "Minister and striker trade barbs online\n\n" +
      "On Sunday morning, Sports Minister Tom Ruddle tweeted that players who refused to sing the anthem should be dropped.\n\n" +
      "Striker Marcus Ade said on Instagram on Sunday that the minister should “stick to politics”.",
    expect: [
      ["refused to sing the anthem should be dropped", "2026-11-29"],
      ["stick to politics", "2026-11-29"],
    ],
  },
  {
    name: "a pre-match press conference on Thursday, the game on Saturday",
    published: "2026-11-28",
    text:
      "Coach confirms captain will start\n\n" +
      "Ireland coach Andy Farrell said at his pre-match press conference on Thursday that captain Caelan Doris would start against the All Blacks on Saturday.\n\n" +
      "“He has trained brilliantly all week,” Farrell said.\n\n" +
      "He said the team's scrum had improved since the defeat by France.",
    expect: [
      ["Caelan Doris would start against the All Blacks", "2026-11-26"],
      ["He has trained brilliantly all week", "2026-11-26"],
      ["the team's scrum had improved", "2026-11-26"],
    ],
  },
  {
    name: "a US dateline with a weekday and date: 'WASHINGTON, Sunday, Nov. 29 —'",
    published: "2026-11-30",
    text:
      "Budget talks stall\n\n" +
      "WASHINGTON, Nov. 29 — Congressional leaders said talks on a spending bill had stalled over defence funding.\n\n" +
      "House Speaker Mike Jordan said a short-term measure was the only option left.",
    expect: [
      ["talks on a spending bill had stalled", "2026-11-29"],
      ["a short-term measure was the only option left", "2026-11-29"],
    ],
  },
  {
    name: "a statement on a website late Friday, 'The announcement came a day after …'",
    published: "2026-11-30",
    text:
      "Embassy warns citizens to leave\n\n" +
      "The US embassy in Bamako told American citizens to leave Mali immediately, in a statement posted on its website late Friday.\n\n" +
      "The French foreign ministry said on Saturday it was reviewing its own advice.",
    expect: [["it was reviewing its own advice", "2026-11-28"]],
  },
  {
    name: "a dateline-less regional report: the lede's day, then voices with none",
    published: "2026-09-14",
    text:
      "School closed after roof collapse\n\n" +
      "A primary school in Cardiff will stay closed for at least a week after part of its roof collapsed on Saturday, the council said on Sunday.\n\n" +
      "Headteacher Rhian Jones said staff were “devastated”.\n\n" +
      "A council spokesperson said engineers were assessing the building.\n\n" +
      "Parent Gareth Lewis said children would be taught at a nearby leisure centre.",
    expect: [
      ["will stay closed for at least a week", "2026-09-13"],
      ["staff were “devastated”", "2026-09-13"],
      ["engineers were assessing the building", "2026-09-13"],
      ["taught at a nearby leisure centre", "2026-09-13"],
    ],
  },
  {
    name: "'In evidence to MPs on Tuesday' and a minister's reply on Wednesday",
    published: "2026-11-27",
    text:
      "Water boss says bills must rise\n\n" +
      "In evidence to MPs on Tuesday, the chief executive of Thames Water, Chris Weston, said bills would have to rise by 35% over five years.\n\n" +
      "Environment Secretary Steve Reed said on Wednesday that customers should not pay for years of underinvestment.",
    expect: [
      ["bills would have to rise by 35%", "2026-11-24"],
      ["customers should not pay for years", "2026-11-25"],
    ],
  },
  {
    name: "a Pakistani daily: 'He was addressing a press conference here on Sunday.' closing the run",
    published: "2026-11-30",
    text:
      "Sindh to build 50 new schools\n\n" +
      "KARACHI: Sindh Education Minister Syed Sardar Shah said the province would build 50 new schools in flood-hit districts next year.\n\n" +
      "He said teachers for the schools would be hired on merit through a third-party test.\n\n" +
      "He was addressing a press conference here on Sunday.",
    expect: [
      ["would build 50 new schools", "2026-11-29"],
      ["hired on merit", "2026-11-29"],
    ],
  },
  {
    name: "an Indian daily: 'He expressed these views while addressing …', 'Mr X was talking to journalists …'",
    published: "2026-11-30",
    text:
      "Governor calls for more research funding\n\n" +
      "BENGALURU: Universities must spend at least 2% of their budgets on research, Governor Thaawarchand Gehlot said.\n\n" +
      "He said the State would set up a fund for young scientists.\n\n" +
      "He expressed these views while addressing the convocation of Bangalore University on Saturday.\n\n" +
      "Higher Education Minister M C Sudhakar said the fund would get ₹50 crore.\n\n" +
      "Dr Sudhakar was talking to journalists in Mysuru on Sunday.",
    expect: [
      ["spend at least 2% of their budgets on research", "2026-11-28"],
      ["a fund for young scientists", "2026-11-28"],
      ["the fund would get ₹50 crore", "2026-11-29"],
    ],
  },
  {
    name: "a Bangladeshi daily: 'The minister said this on Saturday while inaugurating …'",
    published: "2026-11-30",
    text:
      "Dhaka metro to run till midnight\n\n" +
      "Metro rail services in Dhaka will run until midnight from next month, Road Transport Adviser Muhammad Fouzul Kabir Khan said.\n\n" +
      "He said two more stations would open on the Uttara line.\n\n" +
      "The adviser said this on Saturday while inaugurating a new bus terminal in Gabtoli.",
    expect: [
      ["will run until midnight", "2026-11-28"],
      ["two more stations would open", "2026-11-28"],
    ],
  },
  {
    name: "'She was responding to questions in the Senate on Tuesday' after her words",
    published: "2026-11-27",
    text:
      "Minister rules out new gas projects\n\n" +
      "Resources Minister Madeleine King said the government would not approve any new gas fields before the election.\n\n" +
      "“We have enough supply for the next decade,” she said.\n\n" +
      "She was responding to questions in the Senate on Tuesday.",
    expect: [
      ["would not approve any new gas fields", "2026-11-24"],
      ["enough supply for the next decade", "2026-11-24"],
    ],
  },
  {
    name: "parliamentary reports: 'told the Commons', 'told the Dáil', 'told the Lok Sabha' take the sitting's day",
    published: "2026-11-26",
    text:
      "Ministers face MPs over winter fuel\n\n" +
      "The prime minister said on Wednesday that winter fuel payments would be restored for pensioners on pension credit.\n\n" +
      "The chancellor told the Commons that the change would cost £450m a year.\n\n" +
      "Conservative leader Kemi Badenoch told the House of Commons that the government had been forced into a U-turn.\n\n" +
      "Across the Irish Sea, the Taoiseach told the Dáil that Ireland would not follow suit.",
    expect: [
      ["winter fuel payments would be restored", "2026-11-25"],
      ["would cost £450m a year", "2026-11-25"],
      ["forced into a U-turn", "2026-11-25"],
      ["Ireland would not follow suit", "2026-11-25"],
    ],
  },
  {
    name: "a state assembly and a council: 'told the Legislative Assembly', 'told the City Council'",
    published: "2026-11-30",
    text:
      "Premier promises new hospital\n\n" +
      "PERTH: The West Australian Premier, Roger Cook, said on Thursday a new hospital would be built in the northern suburbs.\n\n" +
      "Health Minister Meredith Hammat told the Legislative Assembly that the hospital would have 400 beds.\n\n" +
      "In a separate debate, Lord Mayor Basil Zempilas told the City Council that rates would rise by 3%.",
    expect: [
      ["a new hospital would be built", "2026-11-26"],
      ["would have 400 beds", "2026-11-26"],
      ["rates would rise by 3%", "2026-11-26"],
    ],
  },
  {
    name: "summit talks: 'told President X', 'told Mr Y', 'told Macron' are hearers at the meeting, no outlets",
    published: "2026-11-30",
    text:
      "Leaders pledge more air defence for Ukraine\n\n" +
      "PARIS (AFP) - European leaders meeting in Paris on Sunday pledged to send more air defence systems to Ukraine, President Emmanuel Macron said.\n\n" +
      "Volodymyr Zelensky told President Macron that Russian strikes on power plants had doubled since October.\n\n" +
      "He told Prime Minister Keir Starmer that Ukraine needed more long-range missiles.\n\n" +
      "Mr Starmer told Mr Zelensky that Britain would fund a new drone factory.\n\n" +
      "Zelensky later told Macron that he was grateful for French support.\n\n" +
      "A senior EU diplomat told Reuters that the pledges fell short of Kyiv's requests.",
    expect: [
      ["pledged to send more air defence systems", "2026-11-29"],
      ["strikes on power plants had doubled", "2026-11-29"],
      ["needed more long-range missiles", "2026-11-29"],
      ["fund a new drone factory", "2026-11-29"],
      ["grateful for French support", "2026-11-29"],
      ["fell short of Kyiv's requests", null],
    ],
  },
  {
    name: "two voices in one sentence: the day beside the second verb is not the first's",
    published: "2026-11-30",
    text:
      "Council split over city-centre tower\n\n" +
      "The council's planning committee approved a 40-storey tower in the city centre on Sunday after a four-hour debate.\n\n" +
      "The planning officer said the design met every policy, while opposition leader Jo Hart said on Friday that it was an eyesore.\n\n" +
      "The developer's director, Sam Okoro, said on Saturday that work would start in spring, and a heritage group said it would seek a judicial review.",
    expect: [
      ["the design met every policy", "2026-11-29"],
      ["it was an eyesore", "2026-11-27"],
      ["work would start in spring", "2026-11-28"],
      ["seek a judicial review", "2026-11-28"],
    ],
  },
  {
    name: "an Irish weekly: 'on Friday last' in a Friday paper is the Friday before",
    published: "2026-11-27",
    text:
      "Councillors back Kerry greenway extension\n\n" +
      "KILLARNEY: The council's director of services, Michael Scannell, told a meeting of the municipal district on Friday last that the greenway would be extended to Kenmare.\n\n" +
      "Cllr Niall Kelleher said on Monday that landowners along the route had been consulted.",
    expect: [
      ["the greenway would be extended to Kenmare", "2026-11-20"],
      ["landowners along the route had been consulted", "2026-11-23"],
    ],
  },
  {
    name: "'His comments come a day after … on Saturday' dates the words before it by the Sunday",
    published: "2026-11-30",
    text:
      "Minister rules out more money for resident doctors\n\n" +
      "The health secretary, Wes Streeting, has said there is no more money for resident doctors in England, calling the current offer fair.\n\n" +
      "“The offer on the table is fair and it is final,” he said.\n\n" +
      "His comments come a day after doctors voted on Saturday to strike for five days in January.",
    expect: [
      ["there is no more money for resident doctors", "2026-11-29"],
      ["The offer on the table is fair", "2026-11-29"],
    ],
  },
];
