/** The words of English person mentions: titles, honorifics, organisation words and the gender a title shows. */
import { EN_WEEKDAY_NAMES } from "../dates.ts";
import { lowercase } from "../text/chars.ts";

export const ORG_WORDS =
  /\b(?:Times|Post|News|Journal|Press|Committee|Party|Department|House|Association|Campaign|University|Institute|Museum|Gallery|Library|Hospital|Center|Centre|Council|Shire|Agency|Administration|Office|Commission|Bureau|Foundation|Network|Inc|Corp|Company|Group|Court|Senate|Congress|Ministry|Government|Police|Patrol|Army|Reuters|AP|CNN|NBC|CBS|ABC|Fox|MSNBC|BBC|Bloomberg|Politifact|Gallup|Poll|Union|Board|Service|Services|Fund|Bank|Council|Motors|Airlines|Airways|Holdings|Industries|Technologies|Systems|Partners|Capital|Semiconductors?|Energy|Pharma|Pharmaceuticals|Trust|Programme|Program|Force|Forces|Authority|Corporation|Ltd|Nations|Parliament|Assembly|Alliance|Coalition|Federation|Chamber|League|Organi[sz]ation|College|Society|Academy|Guild|Navy|Command|Survey|Guard|Directorate|Secretariat|Inspectorate|Engineering|Shipbuilding|Construction|Logistics|Insurance|Securities|Investments|Properties|Developments|Transport|Transit|Railways?|Ports|Downing Street|Rovers|Wanderers|Rangers|Albion|Athletic|Hotspur|FC|Garda(?=\s+S[ií]och[aá]na))\b/;
/**
 * Industry words that end a company's name ("Northgate Water", "Summit Foods", "Bayview Mining"): only as the
 * last of two words or more, where no family name stands ("Power", "Steel", "Wood" are left out: surnames).
 */
export const INDUSTRY_TAILS = new Set(
  (
    "Water Foods Food Mining Minerals Metals Resources Dairy Dairies Farms Brewing Brewery Breweries Beverages " +
    "Retail Stores Supermarkets Homes Healthcare Media Telecom Telecoms Communications Electric Electronics " +
    "Software Labs Laboratories Biotech Therapeutics Chemicals Petroleum Oil Gas Utilities Shipping Aviation Rail " +
    "Freight Ferries Hotels Resorts Leisure Entertainment Studios Publishing Apparel Textiles Cement Packaging " +
    "Plastics Solar Renewables Finance Financial Bancorp Payments Ventures Solutions Automotive Aerospace Seafood " +
    "Seafoods Fisheries Timber Forestry Line Lines Cruises Tankers Products Enterprises"
  ).split(" "),
);
/** A name of two words or more whose last word is an industry's ("Harbour Energy", "Atlas Logistics"). */
export const endsInIndustry = (nameWords: string[]): boolean =>
  nameWords.length >= 2 && INDUSTRY_TAILS.has(nameWords[nameWords.length - 1] as string);
/**
 * States news quotes by their one-word name ("Tanzania said it would not sign"): a government speaking, no
 * person (not those that are also common given or family names: Jordan, Georgia, Chad).
 */
const STATE_NAMES = new Set(
  (
    "Kenya Uganda Tanzania Rwanda Burundi Ethiopia Nigeria Ghana Zambia Zimbabwe Malawi Mozambique Namibia " +
    "Botswana Angola Somalia Eritrea Sudan Egypt Libya Tunisia Algeria Morocco Senegal Mali Cameroon Gabon Congo " +
    "India Pakistan Bangladesh Nepal Bhutan China Japan Taiwan Vietnam Thailand Cambodia Laos Myanmar Malaysia " +
    "Singapore Indonesia Philippines Australia Russia Ukraine Belarus Poland Germany France Italy Spain Portugal " +
    "Greece Turkey Britain Ireland Canada Mexico Brazil Argentina Chile Peru Colombia Venezuela Cuba Israel Iran " +
    "Iraq Syria Lebanon Qatar Kuwait Bahrain Oman Yemen Afghanistan Armenia Azerbaijan Kazakhstan Uzbekistan " +
    "Hungary Romania Bulgaria Serbia Croatia Austria Switzerland Belgium Netherlands Sweden Norway Denmark Finland " +
    "Estonia Latvia Lithuania Moldova Fiji Samoa Tonga"
  ).split(" "),
);
/** A state's one-word name ("Tanzania"), which names no person. */
export const isStateName = (name: string | null): boolean => !!name && STATE_NAMES.has(name);
const TITLE_ABBREVIATIONS: Record<string, string> = {
  sen: "senator",
  rep: "representative",
  gov: "governor",
  gen: "general",
  brig: "brigadier",
  pres: "president",
  dr: "doctor",
  lt: "lieutenant",
  col: "colonel",
  sgt: "sergeant",
  capt: "captain",
  prof: "professor",
  rev: "reverend",
  cllr: "councillor",
  cr: "councillor",
  del: "delegate",
  sens: "senators",
  reps: "representatives",
  cmdr: "commander",
  adm: "admiral",
  maj: "major",
  supt: "superintendent",
  insp: "inspector",
  atty: "attorney",
  det: "detective",
  const: "constable",
  coun: "councillor",
  cpl: "corporal",
  pvt: "private",
  pfc: "private",
  ald: "alderman",
  amb: "ambassador",
  msgr: "monsignor",
  // Nigerian, East African and church styles before a name ("Engr. Musa Bello", "Eng. Felix Gakuba", "Barr. Ada
  // Obi", "Alh. Sani Dauda", "Fr. John Okoro")
  engr: "engineer",
  eng: "engineer",
  barr: "barrister",
  alh: "alhaji",
  fr: "priest",
  pst: "pastor",
  ch: "chief",
};
export const TIME_NAMES = new Set([
  ...EN_WEEKDAY_NAMES,
  ..."January February March April May June July August September October November December".split(" "),
]);
/** Capitalised title words that precede a name: "Senate Minority Leader", "Press Secretary". */
export const CAPITAL_TITLES = new Set(
  (
    "Senate House Minority Majority Leader Whip Legislator Speaker President Vice Secretary Press Chief Deputy Attorney General Governor Senator Representative Mayor Judge Justice Recorder Magistrate Coroner Prosecutor Chancellor Prime Minister Foreign Defense State Treasury Director Administrator Chairman Chairwoman Commissioner Ambassador Special Counsel Former Acting White Democratic Republican GOP U.S. Supreme Court Executive Officer CEO Spokesman Spokeswoman Spokesperson Adviser Advisor Manager Strategist Economist Analyst Inspector Superintendent Sheriff Commander Admiral Colonel Captain Lieutenant Sergeant Professor Chair " +
    // scientists named by their field before the name ("Entomologist Prof X of Y University told …")
    "Entomologist Epidemiologist Virologist Meteorologist Hydrologist Geologist Seismologist Climatologist Criminologist " +
    "Sociologist Psychologist Cardiologist Oncologist Pathologist Immunologist Toxicologist Ecologist Biologist Microbiologist " +
    "Anthropologist Archaeologist Ornithologist Glaciologist Volcanologist " +
    // British, Irish, Indian and local-government titles ("Local MP Rachel Dunn", "Councillor Amy Brand")
    "MP MSP MLA MEP TD MHK MLC MHA MNA MPP Councillor Councilor Councilmember Councilman Councilwoman Alderman Alderwoman Assemblyman " +
    "Assemblywoman Assemblymember Supervisor Local Labour Conservative Tory Premier Treasurer Opposition Democrat " +
    // Irish heads of government and police ranks ("Taoiseach Micheál Martin", "Chief Constable Jo Farrell")
    "Taoiseach Tánaiste Constable " +
    // offices of one ("State Mediator Kristín Ara", "Ombudsman Tom Ryan", "Registrar Ana Silva")
    "Mediator Ombudsman Registrar " +
    // Indian and Pakistani courts' counsel ("Senior Advocate Kapil Mehra", "Advocate General")
    "Senior Advocate " +
    // Ghanaian and Nigerian papers' public relations officer and district heads ("Police PRO Jane Mensah",
    // "Ho MCE Kofi Mensah", "Keta DCE Ama Dzifa")
    "PRO MCE DCE"
  ).split(" "),
);
// ("Hon." before a legislator's name in Kenyan, Nigerian and Ugandan papers: "Minority Leader Hon. Joseph Wafula")
/**
 * Lowercase particles inside a person's name ("Pieter van Wyk", "Ana de la Cruz", "Omar bin Said", "Ronaldo dela
 * Cruz", "Siti binti Ali").
 */
export const NAME_PARTICLES = new Set(
  "van von de der den du da do di del della dela delos la le ter ten bin binti bint ibn dos das cha ya wa ole arap".split(
    " ",
  ),
);
// ("Federal Minister for Energy Sardar Faisal Awan": a Pakistani style before the name)
export const HONORIFICS = new Set("mr mrs ms miss mx hon rt comrade sardar sir dame".split(" "));
/**
 * How many words of a Malaysian or Fijian honorific open a name: "Datuk Seri Rosli Kamaruddin", "Tan Sri Azman
 * Hashim", "Dato' Wira Ahmad" (not "Tan" alone, a family name, nor "Sri" alone, a given name), the chiefly
 * "Ratu Meli Nakau" and "Adi Litia Tuivanua" ("Adi" only before a full name: "Adi Godrej" is one); 0 when none.
 */
export function styledHonorific(words: string[]): number {
  // (only the first two words can be the honorific's)
  const first = words[0] === undefined ? undefined : lowercase(words[0]);
  const second = words[1] === undefined ? undefined : lowercase(words[1]);
  let n = 0;
  if (/^(?:datuk|dato['’]?|datin|ratu)$/.test(first ?? "") || (first === "adi" && words.length > 2)) n = 1;
  // ("Mama Teina Marsters": the Cook Islands' style for an older woman, before a full name; not "Papa", a
  // Senegalese given name: "Papa Bouba Diop")
  else if (first === "mama" && words.length > 2) n = 1;
  else if (/^(?:tan|puan)$/.test(first ?? "") && /^(?:sri|seri)$/.test(second ?? "")) n = 2;
  else if (first === "toh" && second === "puan") n = 2;
  // ("Her Excellency Helen Carrington": a governor's or ambassador's style)
  else if ((first === "his" || first === "her") && second === "excellency") n = 2;
  // ("Yang Berhormat Haji Suhaimi": a Bruneian or Malaysian legislator's style)
  else if (first === "yang" && /^(?:berhormat|mulia)$/.test(second ?? "")) n = 2;
  if (n === 1 && /^(?:seri|sri|paduka|patinggi|wira|amar)$/.test(second ?? "")) n = 2;
  return n < words.length ? n : 0;
}
const HONORIFIC_GENDER: Record<string, "m" | "f"> = { mr: "m", mrs: "f", ms: "f", miss: "f" };
/** Words that are a title, never a given name, before a family name ("Minister Fuenzalida"). */
export const TITLE_HEADS = new Set(
  "Minister Secretary Executive Officer CEO CFO COO CTO President Director Chairman Chairwoman Chair Leader Governor Commissioner Ambassador Spokesman Spokeswoman Spokesperson Mayor Judge Justice Chancellor Counsel Attorney Adviser Advisor Coordinator Envoy Manager Member Editor Professor Commander Inspector Prosecutor Magistrate Coroner Registrar Ombudsman Representative Senator Speaker Whip Economist Analyst Founder Superintendent Sheriff Administrator Premier Treasurer Comptroller Auditor Rapporteur Negotiator Admiral Colonel Captain Lieutenant Sergeant Coach MP MSP MLA MEP MHK MLC MHA MNA MPP Councillor Councilor Councilmember Councilman Councilwoman Alderman Alderwoman Assemblyman Assemblywoman Assemblymember Supervisor Taoiseach Tánaiste Constable Advocate CM PM Chief Pastor Reverend Imam Apostle Evangelist Madam Alhaji Alhaja Hajia Haji Lyonpo Dasho Councillors PS MD AG PRO MCE DCE ASP DSP DCOP ACP Engineer Bailiff".split(
    " ",
  ),
);

export const DETERMINERS = /^(?:the|a|an|his|her|their|its|our)$/i;
export const withoutDot = (w: string): string => (w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w);
export const bareWord = (w: string): string => lowercase(withoutDot(w));
// Map lookups with the object literals' answers, inherited names ("constructor") included: a keyed
// property access with a word made at run time is slower than a Map lookup
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
const ABBREVIATIONS = new Map(Object.entries(TITLE_ABBREVIATIONS));
export const abbreviation = (w: string): string | undefined =>
  ABBREVIATIONS.get(w) ?? (INHERITED.has(w) ? TITLE_ABBREVIATIONS[w] : undefined);
const HONORIFIC_GENDERS = new Map(Object.entries(HONORIFIC_GENDER));
export const honorificGender = (w: string): "m" | "f" | undefined =>
  HONORIFIC_GENDERS.get(w) ?? (INHERITED.has(w) ? HONORIFIC_GENDER[w] : undefined);

/** Letters after a name that are a rank, not part of it ("Helen Ashdown KC", "Sir John Smith QC"). */
// (and a Manx member's letters, "Alfred Cannan MHK"; not "MP", the head of "the Ablekuma North MP")
// ("Ibrahim Bangura Esq.": a West African lawyer's style)
const POST_NOMINALS = new Set("KC QC SC SAN OBE MBE CBE KBE DBE MHK MLC SHK Esq Esq.".split(" "));
/** Drops post-nominal letters from the end of the name words. */
export function dropPostNominals(nameWords: string[]): void {
  while (nameWords.length > 2 && POST_NOMINALS.has(nameWords[nameWords.length - 1] as string))
    nameWords.pop();
}

export const PARTY_MEMBER =
  /^(?:Republicans?|Democrats?|Conservatives?|Liberals?|Tory|Tories|Socialists?|Greens?|Independents?|Nationalists?)$/;

/** A definite description of a person by office: "the home secretary", "the senator", "the chief executive". */
export const ROLE_HEAD =
  /\b(?:secretary|minister|senator|president|governor|mayor|chancellor|executive|director|leader|chairman|chairwoman|chair|officer|commissioner|ambassador|judge|premier|envoy|spokes(?:man|woman|person)|lawmaker|congressman|congresswoman|representative|speaker|prosecutor|attorney|coach|manager|founder|chief|king|queen|prince|princess|pope|general|commander|sheriff|superintendent|economist|analyst)$/i;

/** "A spokesman for X", "The chief executive of X": a role, then the body it works for. */
// (also "WFP's regional director for eastern Africa": an owner's role and the region it covers)
export const EMPLOYER_HEAD =
  /^(?:(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}.-]*[’']s)\s+)?(?:[a-z][\w-]*\s+){1,4}(?:for|of|at|with|to)\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central)\s+)?\p{Lu}/u;
/** "Permanent Secretary in the Ministry of Health", "Head Coach at the Lagos Academy": a capitalised office in a named body. */
const OFFICE_IN_BODY = /^(?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}-]*)\s+(?:in|at)\s+the\s+\p{Lu}/u;
export const officeInBody = (role: string): boolean => TITLE_HEADS.has(OFFICE_IN_BODY.exec(role)?.[1] ?? "");
export const TITLED_ROLE_OF_BODY =
  /^(?:the|its|his|her|their)\s+(?:[\w-]+\s+){1,3}(?:of|for)\s+(?:the\s+)?\p{Lu}/iu;
const FEMININE =
  /\b(?:[a-z]*wom[ae]n|wife|widow|(?:grand|step)?(?:mother|daughter)|sister|niece|aunt|girlfriend|fianc[eé]e|actress|waitress|heiress|queen|princess|duchess|baroness|lady|mrs|ms|miss|madam)\b/i;
const MASCULINE =
  /\b(?:(?:spokes|chair|congress|business|council|assembly|police|sales|anchor|sports|states|clergy|fire)?m[ae]n|husband|widower|(?:grand|step)?(?:father|son)|brother|nephew|uncle|boyfriend|fianc[eé]|king|prince|duke|baron|lord|mr|sir)\b/i;
export function genderOf(title: string | null): "m" | "f" | undefined {
  if (!title) return undefined;
  if (FEMININE.test(title)) return "f";
  if (MASCULINE.test(title)) return "m";
  return undefined;
}

/** Capitalised sentence adverbs that may open a speaker's phrase before the name ("Meanwhile Tobias Renn"). */
export const OPENING_ADVERBS = new Set(
  "Meanwhile However Separately Instead Still Later Earlier Yesterday Today Now Also Then Even Although Though".split(
    " ",
  ),
);

/** Lowercase roles that open a sentence right before a name ("Rival Hillary Clinton had mocked …", "Pastor Dale Whitaker"). */
export const OPENING_ROLES = new Set(
  (
    "rival opponent critic ally aide adviser advisor colleague lawyer attorney barrister solicitor pastor priest " +
    "lawmaker legislator spokesman spokeswoman spokesperson businessman businesswoman billionaire mogul star actor " +
    "actress author writer historian student teacher activist campaigner economist analyst strategist pollster " +
    "consultant founder boss candidate nominee detective inspector prosecutor magistrate coroner diplomat envoy " +
    "negotiator veteran survivor witness farmer resident neighbour neighbor singer rapper comedian journalist reporter " +
    // scientists quoted on their field ("Epidemiologist Ana Lobo of …", "Virologist Tom Hale said")
    "epidemiologist virologist immunologist scientist researcher physician surgeon psychologist psychiatrist " +
    "sociologist criminologist demographer climatologist ecologist biologist academic lecturer " +
    // players described by their place in the squad ("Debutant Ana Rokosuka, 19, said", "Winger Tom Pale")
    "debutant debutante newcomer rookie teammate skipper winger striker midfielder goalkeeper " +
    // everyday voices of local news ("Shopkeeper Anisa Gumbs, whose store …", "Fisherman Kai Mose said")
    "shopkeeper storekeeper fisherman fisherwoman vendor trader nurse pensioner retiree grandmother grandfather " +
    // ("Parent Inga Sol said", "Commuter Ola Berg, 34,", "Homeowner Rui Lage", "Rancher Dell Amos")
    "parent shopper commuter motorist passenger homeowner tenant landlord volunteer rancher worker owner crewman " +
    "customer patient voter villager islander caregiver beekeeper"
  ).split(" "),
);
