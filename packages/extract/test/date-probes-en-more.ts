// Made-up English articles (session 15) probing the day each statement was made: one occasion's day stated
// once, explicit calendar dates, and statements that stay undated. No text comes from a fixture.
import type { DateProbe } from "./date-probes-en.ts";

export const MORE_PROBES: DateProbe[] = [
  {
    name: "'At a press conference in Pretoria on Tuesday', 'He added', a second speaker there",
    published: "2026-05-20",
    text:
      "Police unveil plan to curb cash-in-transit heists\n\n" +
      "At a press conference in Pretoria on Tuesday, Police Minister Bheki Nkosi said cash-in-transit robberies had risen by 30% this year.\n\n" +
      "He added that a new unit of 200 detectives would be deployed in Gauteng.\n\n" +
      "“These criminals will be hunted down,” he said.\n\n" +
      "National Commissioner Fannie Masemola said 45 suspects had been arrested since January.\n\n" +
      "The security industry association said on Wednesday that the plan came too late.",
    expect: [
      ["had risen by 30% this year", "2026-05-19"],
      ["200 detectives would be deployed", "2026-05-19"],
      ["These criminals will be hunted down", "2026-05-19"],
      ["45 suspects had been arrested", "2026-05-19"],
      ["the plan came too late", "2026-05-20"],
    ],
  },
  {
    name: "'said in a statement on Sunday that a patient … died on Friday', 'told the Western Telegraph'",
    published: "2026-11-30",
    text:
      "Hospital confirms patient death after long wait\n\n" +
      "The hospital said in a statement on Sunday that a patient who waited nine hours in the emergency department died on Friday.\n\n" +
      "The health board's medical director, Dr Owen Price, said an investigation had been launched.\n\n" +
      "The patient's daughter told the Western Telegraph her mother had been “left on a trolley like a parcel”.",
    expect: [
      ["waited nine hours in the emergency department", "2026-11-29"],
      ["an investigation had been launched", "2026-11-29"],
      ["left on a trolley like a parcel", null],
    ],
  },
  {
    name: "'On Nov. 20, X told a Senate panel', 'said on Wednesday', 'said in a filing'",
    published: "2026-11-30",
    text:
      "Energy chief says grid reserves secured\n\n" +
      "On Nov. 20, Energy Secretary Lisa Grant told a Senate panel that the grid could not cope with a cold winter.\n\n" +
      "Grant said on Wednesday that the department had since secured emergency reserves.\n\n" +
      "The grid operator said in a filing that it had added 2 gigawatts of backup capacity.",
    expect: [
      ["the grid could not cope with a cold winter", "2026-11-20"],
      ["secured emergency reserves", "2026-11-25"],
      ["2 gigawatts of backup capacity", null],
    ],
  },
  {
    name: "a weekday with its date: 'heard on Tuesday, 24 November', 'On Wednesday 25 November'",
    published: "2026-11-30",
    text:
      "Fire inquiry hears alarm was switched off\n\n" +
      "Former site manager Colin Reeves told the inquiry on Tuesday, 24 November, that the fire alarm had been switched off for a week.\n\n" +
      "He said the alarm had kept going off without reason.\n\n" +
      "On Wednesday 25 November, fire officer Janet Burr said crews had arrived within six minutes.",
    expect: [
      ["switched off for a week", "2026-11-24"],
      ["kept going off without reason", "2026-11-24"],
      ["crews had arrived within six minutes", "2026-11-25"],
    ],
  },
  {
    name: "a Singapore daily: 'said … yesterday' after the speaker, 'In a Facebook post on Saturday'",
    published: "2026-09-14",
    text:
      "More dormitories to be built away from estates\n\n" +
      "SINGAPORE — More foreign workers' dormitories will be built away from housing estates, said Manpower Minister Tan See Leng yesterday.\n\n" +
      "Dr Tan said 11 new dormitories would be ready by 2030.\n\n" +
      "In a Facebook post on Saturday, MP Louis Chua said residents in his ward had raised concerns about noise.",
    expect: [
      ["dormitories will be built away from housing estates", "2026-09-13"],
      ["11 new dormitories would be ready", "2026-09-13"],
      ["raised concerns about noise", "2026-09-12"],
    ],
  },
  {
    name: "'X was speaking at a campaign event in Valencia on Tuesday' closing the speaker's run",
    published: "2026-10-08",
    text:
      "Opposition leader vows to scrap fuel tax\n\n" +
      "The leader of the opposition, Rafael Ortiz, said his party would scrap the new fuel tax if it wins next year's election.\n\n" +
      "“This tax punishes people who have to drive to work,” he said.\n\n" +
      "He said the revenue could be replaced by cutting spending on consultants.\n\n" +
      "Ortiz was speaking at a campaign event in Valencia on Tuesday.",
    expect: [
      ["would scrap the new fuel tax", "2026-10-06"],
      ["punishes people who have to drive to work", "2026-10-06"],
      ["cutting spending on consultants", "2026-10-06"],
    ],
  },
  {
    name: "'said on Sunday', a pluperfect 'had told staff last Tuesday', a body with no day",
    published: "2026-11-30",
    text:
      "Airport says baggage system fixed\n\n" +
      "A spokesperson for Dublin Airport said on Sunday that the baggage system had been fully repaired.\n\n" +
      "The airport's chief executive, Kenny Jacobs, had told staff last Tuesday that the fault was caused by a software update.\n\n" +
      "Aer Lingus said 3,000 bags were still waiting to be returned to passengers.",
    expect: [
      ["the baggage system had been fully repaired", "2026-11-29"],
      ["caused by a software update", "2026-11-24"],
      ["3,000 bags were still waiting", "2026-11-29"],
    ],
  },
  {
    name: "a Philippine daily: 'yesterday assured', 'In a radio interview' with no day",
    published: "2026-07-04",
    text:
      "Palace assures rice supply is enough\n\n" +
      "Malacañang yesterday assured the public that the country's rice supply was enough to last until the next harvest.\n\n" +
      "Palace Press Officer Claire Castro said imports from Vietnam would arrive next week.\n\n" +
      "In a radio interview, Agriculture Secretary Francisco Laurel said prices would start to ease in August.",
    expect: [
      ["rice supply was enough", "2026-07-03"],
      ["imports from Vietnam would arrive", "2026-07-03"],
      ["prices would start to ease in August", null],
    ],
  },
  {
    name: "'earlier this month' and 'this week' stay undated; 'On Friday, … told MPs'",
    published: "2026-11-30",
    text:
      "Regulator to review energy price cap\n\n" +
      "The energy regulator said earlier this month that it would review how the price cap is calculated.\n\n" +
      "Consumer group Citizens Advice said this week that bills were still 40% higher than before the crisis.\n\n" +
      "On Friday, the chief executive of Ofgem, Jonathan Marr, told MPs that the review would report by the spring.",
    expect: [
      ["how the price cap is calculated", null],
      ["bills were still 40% higher", null],
      ["the review would report by the spring", "2026-11-27"],
    ],
  },
  {
    name: "'Monday's statement' as the subject; 'the statement said'",
    published: "2026-12-01",
    text:
      "Miner halts output after landslide\n\n" +
      "JOHANNESBURG, Dec 1 (Reuters) - Platinum miner Sibanye Gold has halted production at its Marikana shaft after a landslide killed two workers.\n\n" +
      "Monday's statement from the company said rescue teams had recovered both bodies.\n\n" +
      "The National Union of Mineworkers said on Tuesday that the shaft should stay closed until an inspection.",
    expect: [
      ["rescue teams had recovered both bodies", "2026-11-30"],
      ["the shaft should stay closed", "2026-12-01"],
    ],
  },
  {
    name: "'speaking to reporters on Air Force One on Thursday', 'said on the sidelines of … on Friday'",
    published: "2026-06-06",
    text:
      "President says trade deal close\n\n" +
      "The president told reporters aboard Air Force One on Thursday that a trade deal with India was “very close”.\n\n" +
      "India's commerce minister, Piyush Rao, said on the sidelines of a business summit in Mumbai on Friday that talks would resume next week.\n\n" +
      "“We are not in a hurry,” Rao said.",
    expect: [
      ["a trade deal with India was", "2026-06-04"],
      ["talks would resume next week", "2026-06-05"],
      ["We are not in a hurry", "2026-06-05"],
    ],
  },
  {
    name: "'said in remarks broadcast on Sunday' and 'told a news conference on Saturday'",
    published: "2026-08-31",
    text:
      "Ceasefire talks to resume\n\n" +
      "CAIRO, Aug 31 (Reuters) - Egypt's foreign minister said in remarks broadcast on Sunday that ceasefire talks would resume in Cairo this week.\n\n" +
      "Qatar's prime minister told a news conference in Doha on Saturday that the gaps between the sides had narrowed.\n\n" +
      "“We are closer than at any time since March,” he said.",
    expect: [
      ["ceasefire talks would resume in Cairo", "2026-08-30"],
      ["the gaps between the sides had narrowed", "2026-08-29"],
      ["closer than at any time since March", "2026-08-29"],
    ],
  },
];
