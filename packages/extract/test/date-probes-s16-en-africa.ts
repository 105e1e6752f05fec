// Made-up English articles (session 16) probing statement dates on outlets of countries not covered before:
// Malawi, Zambia, Tanzania, Egypt. No text comes from a fixture; the expected dates were written before the
// extractor was run. Each expectation is [words of the claim's content, its date].
import type { DateProbe } from "./date-probes-en.ts";

export const AFRICA_PROBES: DateProbe[] = [
  {
    name: "a Lilongwe wire dateline, 'Speaking on the sidelines of a donor meeting on Monday', an economist",
    published: "2026-03-04",
    text:
      "Malawi devalues kwacha by 20%\n\n" +
      "LILONGWE, March 3 (Reuters) - Malawi's central bank devalued the kwacha by 20% on Tuesday, saying the move would ease chronic shortages of foreign currency.\n\n" +
      "Reserve Bank Governor Wilson Banda told reporters in Lilongwe that fuel imports had been delayed for weeks.\n\n" +
      "“This is a painful but necessary step,” he said.\n\n" +
      "Speaking on the sidelines of a donor meeting on Monday, Finance Minister Simplex Chithyola said the government would protect fertiliser subsidies.\n\n" +
      "“Devaluation alone will not fix the structural problems,” said Bruno Chisoni, an economist at the University of Malawi.",
    expect: [
      ["ease chronic shortages of foreign currency", "2026-03-03"],
      ["fuel imports had been delayed", "2026-03-03"],
      ["painful but necessary step", "2026-03-03"],
      ["protect fertiliser subsidies", "2026-03-02"],
      ["Devaluation alone will not fix", null],
    ],
  },
  {
    name: "a Malawian byline with its date, 'a statement issued late on Monday', 'told Nyasa Times'",
    published: "2026-03-10",
    text:
      "Chakwera fires two ministers\n\n" +
      "By Chikondi Phiri | Nyasa Times | March 10, 2026\n\n" +
      "State House said in a statement issued late on Monday that President Lazarus Chakwera had fired two cabinet ministers.\n\n" +
      "Presidential press secretary Anthony Kasunda said the president had lost confidence in the two.\n\n" +
      "Opposition spokesperson Ken Msonda told Nyasa Times that the sackings were “long overdue”.",
    expect: [
      ["had fired two cabinet ministers", "2026-03-09"],
      ["lost confidence in the two", "2026-03-09"],
      ["long overdue", null],
    ],
  },
  {
    name: "a Lusaka lede's 'has said', 'Speaking in Kitwe yesterday', 'said at the weekend'",
    published: "2026-05-18",
    text:
      "Copper output to hit one million tonnes\n\n" +
      "LUSAKA – Mines Minister Paul Kabuswe has said copper output will reach one million tonnes a year by 2027.\n\n" +
      "Speaking in Kitwe yesterday, Mr Kabuswe said new investment at Konkola Copper Mines had revived production.\n\n" +
      "He said the government would not renegotiate mining licences.\n\n" +
      "Chamber of Mines president Neil Kagoma said at the weekend that power shortages remained the biggest risk.",
    expect: [
      ["one million tonnes a year", "2026-05-17"],
      ["had revived production", "2026-05-17"],
      ["would not renegotiate mining licences", "2026-05-17"],
      ["power shortages remained the biggest risk", null],
    ],
  },
  {
    name: "a Dar es Salaam daily: '…, its commissioner general said yesterday.', 'Earlier this week'",
    published: "2026-06-03",
    text:
      "TRA beats May revenue target\n\n" +
      "Dar es Salaam. The Tanzania Revenue Authority (TRA) collected Sh3.2 trillion in May, its commissioner general said yesterday.\n\n" +
      "Mr Yusuph Mwenda told journalists in Dar es Salaam that the collection was 104 percent of the target.\n\n" +
      "“Compliance among large taxpayers has improved greatly,” he said.\n\n" +
      "Earlier this week, the Confederation of Tanzania Industries said that tax audits were harassing manufacturers.",
    expect: [
      ["collected Sh3.2 trillion in May", "2026-06-02"],
      ["104 percent of the target", "2026-06-02"],
      ["Compliance among large taxpayers", "2026-06-02"],
      ["tax audits were harassing manufacturers", null],
    ],
  },
  {
    name: "a Malawian court report: a quotation running over three paragraphs",
    published: "2026-11-20",
    text:
      "Court grants Mussa bail\n\n" +
      "BLANTYRE: The High Court in Blantyre on Thursday granted bail to former minister Uladi Mussa.\n\n" +
      "Justice Dorothy Kamanga said the state had failed to show that Mussa would interfere with witnesses.\n\n" +
      "“The accused has attended every hearing,” she said.\n\n" +
      "“He has surrendered his passport.\n\n" +
      "“There is no reason to keep him in custody.”\n\n" +
      "State advocate Pilirani Masanjala said the state would appeal.",
    expect: [
      ["failed to show that Mussa", "2026-11-19"],
      ["attended every hearing", "2026-11-19"],
      ["no reason to keep him in custody", "2026-11-19"],
      ["the state would appeal", "2026-11-19"],
    ],
  },
  {
    name: "a Zambian daily: 'has announced', then 'Dr X said this in Lusaka yesterday when he officiated at …'",
    published: "2026-12-01",
    text:
      "Government to hire 4,000 health workers\n\n" +
      "HEALTH Minister Elijah Muchima has announced that Government will recruit 4,000 health workers next year.\n\n" +
      "Dr Muchima said this in Lusaka yesterday when he officiated at the launch of the national malaria campaign.\n\n" +
      "He said the recruitment would reduce the burden on rural health centres.\n\n" +
      "Zambia Medical Association president Brian Sampa welcomed the move, saying it was long overdue.",
    expect: [
      ["recruit 4,000 health workers", "2026-11-30"],
      ["reduce the burden on rural health centres", "2026-11-30"],
      ["long overdue", "2026-11-30"],
    ],
  },
  {
    name: "a Tanzanian daily: 'She gave the directive on Wednesday while meeting …'",
    published: "2026-01-09",
    text:
      "Samia orders faster fertiliser distribution\n\n" +
      "DODOMA: President Samia Suluhu Hassan has directed regional commissioners to speed up the distribution of fertiliser ahead of the planting season.\n\n" +
      "She gave the directive on Wednesday while meeting regional commissioners at the State House in Chamwino.\n\n" +
      "The President said farmers should not be made to queue for days.\n\n" +
      "Agriculture Minister Hussein Bashe said 500,000 tonnes of fertiliser had been imported.",
    expect: [
      ["farmers should not be made to queue", "2026-01-07"],
      ["500,000 tonnes of fertiliser", "2026-01-07"],
    ],
  },
  {
    name: "a Lusaka paper: a quote run after 'Addressing party officials in Kabwe on Sunday'",
    published: "2026-03-10",
    text:
      "Imenda warns cadres against violence\n\n" +
      "UPND secretary general Batuke Imenda has warned party members against violence ahead of the August general election.\n\n" +
      "Addressing party officials in Kabwe on Sunday, Imenda said anyone found fighting would be expelled.\n\n" +
      "“We will not tolerate cadres who beat up opponents,” he said.\n\n" +
      "“The President has been very clear on this.”\n\n" +
      "Patriotic Front acting president Given Lubinda said the warning had come too late.",
    expect: [
      ["anyone found fighting would be expelled", "2026-03-08"],
      ["not tolerate cadres", "2026-03-08"],
      ["very clear on this", "2026-03-08"],
      ["had come too late", "2026-03-08"],
    ],
  },
  {
    name: "Malawi: 'In an interview on Wednesday', then another party's 'yesterday said'",
    published: "2026-08-07",
    text:
      "MCP to accept court ruling\n\n" +
      "Malawi Congress Party spokesperson Jessie Kabwila says the party will accept the outcome of the presidential election petition.\n\n" +
      "In an interview on Wednesday, Kabwila said the party had confidence in the Constitutional Court.\n\n" +
      "But Democratic Progressive Party spokesperson Shadric Namalomba yesterday said the petition was “a waste of the court's time”.",
    expect: [
      ["confidence in the Constitutional Court", "2026-08-05"],
      ["a waste of the court's time", "2026-08-06"],
    ],
  },
  {
    name: "a Tanzanian utility: 'said last night', 'said in a statement', 'said this morning'",
    published: "2026-12-01",
    text:
      "Tanesco says rationing to end\n\n" +
      "Dar es Salaam. The Tanzania Electric Supply Company (Tanesco) said last night that power rationing would end by Friday.\n\n" +
      "Tanesco managing director Gissima Nyamo-Hanga said in a statement that the Julius Nyerere hydropower plant was now running at full capacity.\n\n" +
      "The Energy and Water Utilities Regulatory Authority (Ewura) said this morning that it had received 300 complaints from customers.",
    expect: [
      ["power rationing would end by Friday", "2026-11-30"],
      ["running at full capacity", "2026-11-30"],
      ["received 300 complaints", "2026-12-01"],
    ],
  },
  {
    name: "Egypt's English press: 'Madbouly's remarks came during the weekly cabinet press conference'",
    published: "2026-03-10",
    text:
      "Egypt to raise minimum wage\n\n" +
      "Egypt's Prime Minister Mostafa Madbouly said on Monday that the government would raise the minimum wage to EGP 8,000 starting July.\n\n" +
      "Madbouly's remarks came during the weekly cabinet press conference.\n\n" +
      "He said the increase would cost the treasury EGP 45 billion.\n\n" +
      "Minister of Finance Ahmed Kouchouk said in televised remarks on Sunday that the budget deficit would narrow to 6 percent.",
    expect: [
      ["raise the minimum wage", "2026-03-09"],
      ["cost the treasury EGP 45 billion", "2026-03-09"],
      ["deficit would narrow to 6 percent", "2026-03-08"],
    ],
  },
  {
    name: "Egypt: 'a statement issued late on Thursday', a governor, an eyewitness to a paper",
    published: "2026-08-07",
    text:
      "12 dead in Sohag gas explosion\n\n" +
      "The Health Ministry said in a statement issued late on Thursday that 12 people had died in a gas cylinder explosion in Sohag.\n\n" +
      "Sohag Governor Tarek El-Fiqi said the injured had been taken to Sohag University Hospital.\n\n" +
      "An eyewitness told Al-Masry Al-Youm that the blast shook buildings 200 metres away.",
    expect: [
      ["12 people had died", "2026-08-06"],
      ["taken to Sohag University Hospital", "2026-08-06"],
      ["shook buildings 200 metres away", null],
    ],
  },
  {
    name: "Egypt: 'Badawi was speaking at …' with no day, then 'During Monday's panel'",
    published: "2026-12-01",
    text:
      "Egypt to end LNG imports by 2027\n\n" +
      "Egypt's Minister of Petroleum Karim Badawi said on Sunday that Egypt would stop importing LNG by 2027.\n\n" +
      "Badawi was speaking at the Egypt Energy Show in Cairo.\n\n" +
      "During Monday's panel on upstream investment, Eni's regional head Luca Vignati said the Zohr field had returned to growth.\n\n" +
      "BP Egypt president Nader Zaki said the company would drill five new wells next year.",
    expect: [
      ["stop importing LNG by 2027", "2026-11-29"],
      ["Zohr field had returned to growth", "2026-11-30"],
      // (written as 2026-11-30 blind; the rules in force keep English statements with no day of their own on
      // the lede's day, not on the day of the voice dated last)
      ["drill five new wells", "2026-11-29"],
    ],
  },
];
