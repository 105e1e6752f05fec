// Made-up English articles (session 15) probing the day each statement was made: regional and national
// dailies of several countries, court and sport reports. No text comes from a fixture.
import type { DateProbe } from "./date-probes-en.ts";

export const PAPER_PROBES: DateProbe[] = [
  {
    name: "a British regional daily: 'confirmed yesterday', then a meeting's speakers",
    published: "2026-11-27",
    text:
      "Council tax to rise by 4.99 per cent\n\n" +
      "Council tax in Stockport will rise by 4.99 per cent from April, the council's leader confirmed yesterday.\n\n" +
      "Cllr Helen Marsh told a meeting of the cabinet that the authority faced a £14m gap in its budget.\n\n" +
      "“These are the hardest choices we have faced,” she said.\n\n" +
      "Liberal Democrat group leader Peter Quinn said residents were being asked to pay more for less.\n\n" +
      "The budget will go before full council on March 3.",
    expect: [
      ["Council tax in Stockport will rise", "2026-11-26"],
      ["a £14m gap in its budget", "2026-11-26"],
      ["the hardest choices we have faced", "2026-11-26"],
      ["pay more for less", "2026-11-26"],
    ],
  },
  {
    name: "a Malaysian daily: 'Speaking to reporters after … yesterday, he said', a statement on Tuesday",
    published: "2026-10-08",
    text:
      "Flood relief centres on standby\n\n" +
      "KOTA BHARU: More than 300 relief centres in Kelantan are ready to receive flood victims, said state executive councillor Datuk Mohd Amar Hassan.\n\n" +
      "Speaking to reporters after launching a disaster drill in Pasir Mas yesterday, he said the state had also stockpiled food for 40,000 people.\n\n" +
      "He added that the Meteorological Department had warned of heavy rain from next week.\n\n" +
      "Meanwhile, the Fire and Rescue Department said in a statement on Tuesday that 12 boats had been sent to the state.",
    expect: [
      ["More than 300 relief centres", "2026-10-07"],
      ["stockpiled food for 40,000 people", "2026-10-07"],
      ["warned of heavy rain", "2026-10-07"],
      ["12 boats had been sent", "2026-10-06"],
    ],
  },
  {
    name: "'In a statement on 3 March', 'said on March 5', 'said on Monday'",
    published: "2026-03-10",
    text:
      "Water company fined over sewage spills\n\n" +
      "A water company has been fined £2.1m for pumping raw sewage into a river in Devon.\n\n" +
      "In a statement on 3 March, the Environment Agency said the spills had lasted for 11 days in the summer of 2024.\n\n" +
      "South West Water said on March 5 that it accepted the ruling and had invested £40m in the works since.\n\n" +
      "Magistrate Claire Dunn said on Monday that the company had shown “a cavalier disregard” for the river.",
    expect: [
      ["the spills had lasted for 11 days", "2026-03-03"],
      ["it accepted the ruling", "2026-03-05"],
      ["a cavalier disregard", "2026-03-09"],
    ],
  },
  {
    name: "'last Tuesday' in a Tuesday paper is the week before; 'On Monday, … warned'",
    published: "2026-03-10",
    text:
      "Mayor rejects bus fare rise\n\n" +
      "The mayor told a public meeting last Tuesday that bus fares would be frozen until 2028.\n\n" +
      "On Monday, the transport authority's finance director, Ruth Ellery, warned that the freeze would cost £18m a year.\n\n" +
      "The mayor's office said on Tuesday that the money would come from reserves.",
    expect: [
      ["bus fares would be frozen until 2028", "2026-03-03"],
      ["the freeze would cost £18m a year", "2026-03-09"],
      ["the money would come from reserves", "2026-03-10"],
    ],
  },
  {
    name: "'In Monday's statement', 'The statement, issued late on Sunday, said'",
    published: "2026-02-17",
    text:
      "Airline cancels flights as pilots strike\n\n" +
      "The airline cancelled 240 flights on Tuesday as pilots began a 48-hour strike.\n\n" +
      "In Monday's statement, the company said it had offered pilots a 9% pay rise over two years.\n\n" +
      "The pilots' union said in a statement issued late on Sunday that members had voted 92% in favour of action.",
    expect: [
      ["a 9% pay rise over two years", "2026-02-16"],
      ["members had voted 92%", "2026-02-15"],
    ],
  },
  {
    name: "a day inside the content dates the event: 'said on Monday that … found … on Saturday'",
    published: "2026-08-31",
    text:
      "Police name man found dead in canal\n\n" +
      "Police said on Monday that a man whose body was found in the Grand Union Canal on Saturday had been named as Dean Ashworth, 34.\n\n" +
      "Detective Inspector Sara Kohli said officers were not treating the death as suspicious.\n\n" +
      "She said Mr Ashworth had last been seen leaving a pub in the town on Thursday evening.\n\n" +
      "His family said in a statement released through police: “Dean was a loving son and brother.”",
    expect: [
      ["had been named as Dean Ashworth", "2026-08-31"],
      ["not treating the death as suspicious", "2026-08-31"],
      ["last been seen leaving a pub", "2026-08-31"],
      ["Dean was a loving son", "2026-08-31"],
    ],
  },
  {
    name: "a court report: 'told Bristol Crown Court on Thursday', 'The court heard that on 14 March last year'",
    published: "2026-06-12",
    text:
      "Driver jailed for killing cyclist\n\n" +
      "A van driver who killed a cyclist while looking at his phone has been jailed for six years.\n\n" +
      "Judge Martin Hale told Bristol Crown Court on Thursday that Lee Dawson's driving had been “grossly irresponsible”.\n\n" +
      "Prosecutor Amy Rhodes said Dawson had been travelling at 50mph in a 30mph zone on 14 March last year.\n\n" +
      "In a statement read to the court, the cyclist's widow said: “Part of me died that day.”\n\n" +
      "Defending, Neil Cope said his client was “deeply remorseful”.",
    expect: [
      ["grossly irresponsible", "2026-06-11"],
      ["travelling at 50mph", "2026-06-11"],
      ["Part of me died that day", "2026-06-11"],
      ["deeply remorseful", "2026-06-11"],
    ],
  },
  {
    name: "a football report: 'after Saturday's 2-1 derby win', 'told BBC Radio Lancashire', the other manager",
    published: "2026-09-14",
    text:
      "Hartley hails ‘brilliant’ Rovers after derby win\n\n" +
      "Rovers manager Gary Hartley said his side had been “brilliant” after Saturday's 2-1 derby win over City.\n\n" +
      "“We were on the front foot from the first whistle,” Hartley told BBC Radio Lancashire.\n\n" +
      "City boss Mick Dunne said his team had been unlucky to concede a late penalty.\n\n" +
      "“I thought the referee got it wrong,” he said.",
    expect: [
      ["his side had been “brilliant”", "2026-09-12"],
      ["on the front foot from the first whistle", "2026-09-12"],
      ["unlucky to concede a late penalty", "2026-09-12"],
      ["the referee got it wrong", "2026-09-12"],
    ],
  },
  {
    name: "'Minister X on Tuesday told reporters', 'The minister on Monday said'",
    published: "2026-03-03",
    text:
      "Fuel prices to stay unchanged\n\n" +
      "Petroleum Minister Hardeep Rana on Tuesday told reporters that petrol and diesel prices would not be raised before the state elections.\n\n" +
      "The minister on Monday said oil companies had recovered their losses.\n\n" +
      "Congress spokesperson Pawan Mehra said the government was using prices to win votes.",
    expect: [
      ["petrol and diesel prices would not be raised", "2026-03-03"],
      ["oil companies had recovered their losses", "2026-03-02"],
      ["using prices to win votes", "2026-03-03"],
    ],
  },
  {
    name: "'At Wednesday's hearing', 'Under questioning from', 'On Thursday, … said in a statement'",
    published: "2026-06-12",
    text:
      "Rail chief grilled over delays\n\n" +
      "At Wednesday's hearing of the transport committee, its chair, Ruth Oyelaran, said commuters had “run out of patience”.\n\n" +
      "Rail operator chief executive Greg Milne said the new timetable would be fixed by August.\n\n" +
      "Under questioning from Paul Iredale MP, Milne said the operator had been fined twice this year.\n\n" +
      "On Thursday, the union said in a statement that staff shortages were to blame.",
    expect: [
      ["run out of patience", "2026-06-10"],
      ["would be fixed by August", "2026-06-10"],
      ["had been fined twice this year", "2026-06-10"],
      ["staff shortages were to blame", "2026-06-11"],
    ],
  },
  {
    name: "'In a letter dated November 20', 'replied on Thursday'",
    published: "2026-11-30",
    text:
      "Universities warn over visa cap\n\n" +
      "In a letter dated November 20, the heads of 40 universities told the education minister that the cap on student visas would cost the sector £3bn.\n\n" +
      "The minister, Sarah Coyle, replied on Thursday that the cap was needed to bring migration down.",
    expect: [
      ["would cost the sector £3bn", "2026-11-20"],
      ["needed to bring migration down", "2026-11-26"],
    ],
  },
  {
    name: "a Scottish daily: 'yesterday urged', a day planned inside the content",
    published: "2026-11-30",
    text:
      "First Minister urges unions to call off strike\n\n" +
      "The First Minister yesterday said a rail strike planned for Saturday would “cause misery for thousands of families” heading to Christmas markets.\n\n" +
      "John Swinburne said ministers had offered talks.\n\n" +
      "RMT Scotland organiser Kevin Lindsay said members had been “left with no choice”.",
    expect: [
      ["cause misery for thousands of families", "2026-11-29"],
      ["ministers had offered talks", "2026-11-29"],
      ["left with no choice", "2026-11-29"],
    ],
  },
  {
    name: "Dawn style: 'PM X on Sunday said', 'Addressing a ceremony', 'at the weekly press briefing on Friday'",
    published: "2026-11-30",
    text:
      "PM vows to protect economic recovery\n\n" +
      "ISLAMABAD: Prime Minister Shehbaz Khan on Sunday said the government would not allow anyone to sabotage the economic recovery.\n\n" +
      "Addressing a ceremony at the Prime Minister's House, he said inflation had fallen to a six-year low.\n\n" +
      "Separately, Foreign Office spokesperson Mumtaz Baloch, at the weekly press briefing on Friday, said Pakistan wanted good relations with all its neighbours.",
    expect: [
      ["sabotage the economic recovery", "2026-11-29"],
      ["inflation had fallen to a six-year low", "2026-11-29"],
      ["wanted good relations with all its neighbours", "2026-11-27"],
    ],
  },
  {
    name: "a Nigerian daily: 'has said …' then 'disclosed this in a statement on Sunday'",
    published: "2026-09-14",
    text:
      "LASG begins free cholera vaccination\n\n" +
      "The Lagos State Government has said it will begin free cholera vaccination in 10 local government areas from next week.\n\n" +
      "The Commissioner for Health, Prof. Akin Abayomi, disclosed this in a statement on Sunday.\n\n" +
      "He said 42 cases had been confirmed since August.",
    expect: [
      ["free cholera vaccination", "2026-09-13"],
      ["42 cases had been confirmed", "2026-09-13"],
    ],
  },
  {
    name: "'told Parliament on Tuesday', 'told MPs', 'In a statement after the speech'",
    published: "2026-03-03",
    text:
      "Deficit narrows, finance minister says\n\n" +
      "Finance Minister Sipho Nkosi told Parliament on Tuesday that the budget deficit had narrowed to 4.5% of GDP.\n\n" +
      "He said revenue collection had exceeded estimates by R14bn.\n\n" +
      "DA finance spokesperson Mark Burke told MPs the figures hid a growing debt burden.\n\n" +
      "In a statement after the speech, business group Busa said it welcomed the focus on infrastructure.",
    expect: [
      ["the budget deficit had narrowed", "2026-03-03"],
      ["exceeded estimates by R14bn", "2026-03-03"],
      ["hid a growing debt burden", "2026-03-03"],
      ["welcomed the focus on infrastructure", "2026-03-03"],
    ],
  },
  {
    name: "posts: 'In a post on X on Friday', 'wrote on Instagram late on Saturday'",
    published: "2026-11-30",
    text:
      "Striker apologises for posts about referees\n\n" +
      "Striker Jordan Pike apologised on Sunday for a series of posts about referees.\n\n" +
      "In a post on X on Friday, Pike said the officials had “ruined the game”.\n\n" +
      "He wrote on Instagram late on Saturday that he had “let the club down”.",
    expect: [
      ["ruined the game", "2026-11-27"],
      ["let the club down", "2026-11-28"],
    ],
  },
  {
    name: "tennis: 'in Sunday's final', 'said after the final on Sunday', the loser",
    published: "2026-11-30",
    text:
      "Ruiz wins first Masters title\n\n" +
      "Carla Ruiz said winning her first Masters title was “a dream come true” after beating the world number one in Sunday's final in Madrid.\n\n" +
      "The 24-year-old said after the final that she had been close to quitting last year.\n\n" +
      "Her opponent, Mia Lange, said she had struggled with a shoulder injury all week.",
    expect: [
      ["a dream come true", "2026-11-29"],
      ["close to quitting last year", "2026-11-29"],
      ["struggled with a shoulder injury", "2026-11-29"],
    ],
  },
  {
    name: "'On Monday, X said', then 'She said' and a body with no day",
    published: "2026-08-31",
    text:
      "Government unveils housing plan\n\n" +
      "On Monday, Housing Minister Clare Dunphy said 50,000 social homes would be built by 2030.\n\n" +
      "She said planning rules would be relaxed for brownfield sites.\n\n" +
      "The Home Builders Federation said the target was achievable.",
    expect: [
      ["50,000 social homes", "2026-08-31"],
      ["planning rules would be relaxed", "2026-08-31"],
      ["the target was achievable", "2026-08-31"],
    ],
  },
];
