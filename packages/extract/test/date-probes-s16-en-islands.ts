// Made-up English articles (session 16) probing statement dates on outlets of Barbados, The Bahamas, Gibraltar,
// Mauritius, the Solomon Islands, Israel and Saudi Arabia. No text comes from a fixture; the expected dates were
// written before the extractor was run. Each expectation is [words of the claim's content, its date].
import type { DateProbe } from "./date-probes-en.ts";

export const ISLAND_PROBES: DateProbe[] = [
  {
    name: "a Barbados daily: a lede's 'has said', 'Addressing … last night', 'in a press release issued yesterday'",
    published: "2026-08-07",
    text:
      "Mottley: No new taxes in budget\n\n" +
      "Prime Minister Mia Mottley has said there will be no new taxes in next month's budget.\n\n" +
      "Addressing a Barbados Labour Party branch meeting at the St John's Primary School last night, Mottley said the economy had grown for 12 straight quarters.\n\n" +
      "“We will not balance the books on the backs of poor people,” she told supporters.\n\n" +
      "Opposition Leader Ralph Thorne, in a press release issued yesterday, said the Prime Minister was “campaigning, not governing”.",
    expect: [
      ["no new taxes in next month's budget", "2026-08-06"],
      ["grown for 12 straight quarters", "2026-08-06"],
      ["backs of poor people", "2026-08-06"],
      ["campaigning, not governing", "2026-08-06"],
    ],
  },
  {
    name: "a Nassau daily: 'He spoke during a tour of Freeport.', 'In a statement on Sunday'",
    published: "2026-10-12",
    text:
      "Davis: Hurricane repairs on schedule\n\n" +
      "Prime Minister Philip Davis said on Saturday that repairs to hurricane-damaged schools on Grand Bahama would be finished before Christmas.\n\n" +
      "He spoke during a tour of Freeport.\n\n" +
      "Minister of Works Clay Sweeting said contractors had been paid.\n\n" +
      "In a statement on Sunday, the Free National Movement said the government had “broken every deadline it set”.",
    expect: [
      ["finished before Christmas", "2026-10-10"],
      ["contractors had been paid", "2026-10-10"],
      ["broken every deadline it set", "2026-10-11"],
    ],
  },
  {
    name: "Gibraltar: 'told Parliament yesterday', 'In a statement issued this morning'",
    published: "2026-11-20",
    text:
      "Treaty ‘within touching distance’, says Picardo\n\n" +
      "Chief Minister Fabian Picardo told Parliament yesterday that a treaty with the EU was “within touching distance”.\n\n" +
      "Mr Picardo said negotiators would meet again in Brussels next week.\n\n" +
      "The Leader of the Opposition, Keith Azopardi, said the Government had kept the House in the dark.\n\n" +
      "In a statement issued this morning, the GSD said it would table a motion on the treaty.",
    expect: [
      ["within touching distance", "2026-11-19"],
      ["negotiators would meet again", "2026-11-19"],
      ["kept the House in the dark", "2026-11-19"],
      ["table a motion on the treaty", "2026-11-20"],
    ],
  },
  {
    name: "a Bahamian daily: 'said this morning', 'Speaking at police headquarters', 'said last night'",
    published: "2026-03-04",
    text:
      "Murders down 25 percent, says commissioner\n\n" +
      "POLICE Commissioner Clayton Fernander said this morning that murders were down 25 percent compared with the same period last year.\n\n" +
      "Speaking at police headquarters, Mr Fernander said the drop was the result of more patrols in New Providence.\n\n" +
      "National Security Minister Wayne Munroe said last night that more cameras would be installed downtown.",
    expect: [
      ["murders were down 25 percent", "2026-03-04"],
      ["the result of more patrols", "2026-03-04"],
      ["more cameras would be installed", "2026-03-03"],
    ],
  },
  {
    name: "Barbados: 'At Tuesday's meeting with the Ministry', 'said on Thursday'",
    published: "2026-10-03",
    text:
      "Teachers to go ahead with sick-out\n\n" +
      "The Barbados Union of Teachers (BUT) says it will not call off next week's planned sick-out.\n\n" +
      "At Tuesday's meeting with the Ministry of Education, BUT president Rudy Lovell said teachers had waited three years for reclassification.\n\n" +
      "“Our patience has run out,” Lovell said.\n\n" +
      "Chief Education Officer Dr Ramona Archer-Bradshaw said on Thursday that talks would continue.",
    expect: [
      ["waited three years for reclassification", "2026-09-29"],
      ["Our patience has run out", "2026-09-29"],
      ["talks would continue", "2026-10-01"],
    ],
  },
  {
    name: "Gibraltar broadcaster: 'has told GBC', then 'Speaking to GBC earlier today', 'in a statement yesterday'",
    published: "2026-03-04",
    text:
      "Hip operation waiting lists halved\n\n" +
      "The Minister for Health, Gemma Arias-Vasquez, has told GBC that waiting lists for hip operations have halved.\n\n" +
      "Speaking to GBC earlier today, Ms Arias-Vasquez said two new surgeons had joined the GHA.\n\n" +
      "The GSD's health spokesman, Daniel Feetham, said in a statement yesterday that patients were still waiting more than a year.",
    expect: [
      ["waiting lists for hip operations have halved", "2026-03-04"],
      ["two new surgeons had joined", "2026-03-04"],
      ["still waiting more than a year", "2026-03-03"],
    ],
  },
  {
    name: "a Bahamian broadcaster: 'At Friday's press conference', 'said this past weekend'",
    published: "2026-10-12",
    text:
      "New hospital to open in 2028\n\n" +
      "Health Minister Dr Michael Darville says the new hospital in New Providence will open in 2028.\n\n" +
      "At Friday's press conference at the Ministry of Health, Darville said construction would begin in January.\n\n" +
      "He said the government had already secured US$300 million in financing.\n\n" +
      "The Bahamas Nurses Union said this past weekend that nurses were still owed overtime pay.",
    expect: [
      ["construction would begin in January", "2026-10-09"],
      ["secured US$300 million", "2026-10-09"],
      ["still owed overtime pay", null],
    ],
  },
  {
    name: "a Mauritian dateline in French order, a rate decision, 'speaking on radio this morning'",
    published: "2026-08-07",
    text:
      "Bank of Mauritius holds key rate\n\n" +
      "PORT LOUIS, 6 August - The Bank of Mauritius kept its key rate unchanged at 4.5 per cent on Thursday.\n\n" +
      "Governor Rama Sithanen said inflation was expected to ease to 3 per cent by the end of the year.\n\n" +
      "He said the rupee had been stable since June.\n\n" +
      "Finance Minister Dharam Gokhool, speaking on radio this morning, said the decision would support growth.",
    expect: [
      ["ease to 3 per cent", "2026-08-06"],
      ["the rupee had been stable", "2026-08-06"],
      ["would support growth", "2026-08-07"],
    ],
  },
  {
    name: "Mauritius: a dateline with weekday and date, 'said on the sidelines of … on Monday', 'told the National Assembly on Tuesday'",
    published: "2026-11-20",
    text:
      "Mauritius to seek Chagos compensation\n\n" +
      "Port-Louis, Friday 20 November 2026 — Prime Minister Navin Ramgoolam said on the sidelines of the Africa-Indian Ocean summit in Nairobi on Monday that Mauritius would seek compensation over the Chagos deal.\n\n" +
      "He said the island's fishing rights had to be guaranteed.\n\n" +
      "Foreign Minister Ritish Ramful told the National Assembly on Tuesday that negotiations with London were “at an advanced stage”.",
    expect: [
      ["would seek compensation", "2026-11-16"],
      ["fishing rights had to be guaranteed", "2026-11-16"],
      ["at an advanced stage", "2026-11-17"],
    ],
  },
  {
    name: "Solomon Islands: 'has assured the public', 'Mr X gave the assurance during a visit … on Friday'",
    published: "2026-10-12",
    text:
      "No shortage of medicines, says PM\n\n" +
      "HONIARA — Prime Minister Jeremiah Manele has assured the public that the national referral hospital will not run out of medicines.\n\n" +
      "Mr Manele gave the assurance during a visit to the hospital on Friday.\n\n" +
      "He said a shipment of drugs from Australia had arrived last week.\n\n" +
      "Health Permanent Secretary Dr Pauline McNeil said the ministry was working to clear a backlog of orders.",
    expect: [
      ["will not run out of medicines", "2026-10-09"],
      ["a shipment of drugs from Australia", "2026-10-09"],
      ["clear a backlog of orders", "2026-10-09"],
    ],
  },
  {
    name: "Solomon Islands: 'Posted: Friday, 2 October 2026', 'told Parliament on Thursday', then 'She said'",
    published: "2026-10-02",
    text:
      "Teachers’ pay delayed by payroll upgrade\n\n" +
      "Posted: Friday, 2 October 2026\n\n" +
      "HONIARA — The Opposition has called on the Government to explain the delay in paying teachers' salaries.\n\n" +
      "Education Minister Lanelle Tanangada told Parliament on Thursday that the delay was caused by a payroll system upgrade.\n\n" +
      "She said all arrears would be paid by the end of the month.",
    expect: [
      ["caused by a payroll system upgrade", "2026-10-01"],
      ["all arrears would be paid", "2026-10-01"],
    ],
  },
  {
    name: "Israel: 'said Tuesday evening', 'said in a video statement', 'said in response', 'Earlier Tuesday'",
    published: "2026-06-03",
    text:
      "Netanyahu rules out ceasefire\n\n" +
      "Prime Minister Benjamin Netanyahu said Tuesday evening that Israel would not agree to a ceasefire until all hostages were returned.\n\n" +
      "“We will finish the job,” Netanyahu said in a video statement.\n\n" +
      "Opposition leader Yair Lapid said in response that the government had “abandoned” the hostages.\n\n" +
      "Earlier Tuesday, Defense Minister Israel Katz told soldiers in the north that the army was ready for any scenario.",
    expect: [
      ["would not agree to a ceasefire", "2026-06-02"],
      ["We will finish the job", "2026-06-02"],
      ["had “abandoned” the hostages", "2026-06-02"],
      ["ready for any scenario", "2026-06-02"],
    ],
  },
  {
    name: "Israel: 'on Sunday rejected … “…,” X said at the start of …', 'warned at the weekend'",
    published: "2026-10-12",
    text:
      "Smotrich rejects tax hike call\n\n" +
      "Finance Minister Bezalel Smotrich on Sunday rejected the Bank of Israel's call for tax increases.\n\n" +
      "“The government will not raise taxes on working families,” Smotrich said at the start of his party's faction meeting.\n\n" +
      "Bank of Israel Governor Amir Yaron warned at the weekend that the deficit could exceed 5 percent of GDP.\n\n" +
      "Yaron said the budget needed “significant adjustments”.",
    expect: [
      ["will not raise taxes on working families", "2026-10-11"],
      ["deficit could exceed 5 percent", null],
      ["significant adjustments", null],
    ],
  },
  {
    name: "Israel: 'in an interview with Channel 12 on Monday night', a quote, a reply on X",
    published: "2026-06-03",
    text:
      "Bennett to head new party\n\n" +
      "Former prime minister Naftali Bennett said in an interview with Channel 12 on Monday night that he would run at the head of a new party.\n\n" +
      "“Israel needs a government that works,” Bennett said.\n\n" +
      "Likud MK Tally Gotliv responded on X that Bennett had “betrayed his voters before”.",
    expect: [
      ["run at the head of a new party", "2026-06-01"],
      ["a government that works", "2026-06-01"],
      ["betrayed his voters before", null],
    ],
  },
  {
    name: "Saudi English press: an undated lede, 'Speaking at the … Summit in Riyadh on Sunday', 'told Arab News'",
    published: "2026-05-18",
    text:
      "Kingdom welcomed 30m foreign visitors\n\n" +
      "RIYADH: Saudi Arabia's Minister of Tourism Ahmed Al-Khateeb said the Kingdom had received 30 million international visitors in the past year.\n\n" +
      "Speaking at the Future Hospitality Summit in Riyadh on Sunday, Al-Khateeb said the sector now contributed 5 percent of GDP.\n\n" +
      "He added that 150,000 new hotel rooms would be built by 2030.\n\n" +
      "The Saudi Tourism Authority's CEO, Fahd Hamidaddin, told Arab News that marketing campaigns in China had doubled bookings.",
    expect: [
      ["30 million international visitors", "2026-05-17"],
      ["contributed 5 percent of GDP", "2026-05-17"],
      ["150,000 new hotel rooms", "2026-05-17"],
      ["had doubled bookings", null],
    ],
  },
  {
    name: "Saudi English press: 'approved on Tuesday', 'Following the session, Minister X said'",
    published: "2026-05-20",
    text:
      "Cabinet approves civil aviation law\n\n" +
      "JEDDAH — The Cabinet, chaired by Crown Prince Mohammed bin Salman, approved on Tuesday the new civil aviation law.\n\n" +
      "Following the session, Minister of Media Salman Al-Dossary said the Cabinet had reviewed the latest developments in the region.\n\n" +
      "He said the Kingdom had reaffirmed its support for a two-state solution.",
    expect: [
      ["reviewed the latest developments", "2026-05-19"],
      ["reaffirmed its support", "2026-05-19"],
    ],
  },
];
