import { CANDIDACY_HEADS } from "../entity-traits.ts";
import type { MentionParse } from "../speakers.ts";
import { startsUppercase } from "../text/chars.ts";
import { lowerOf, type Token } from "../text/tokens.ts";

/**
 * Nationality nouns a report uses for a person it has named ("the Scot", "the Portuguese", "the
 * Dutchman"). A closed list: "the Guardian", "the Republican" or "the Times" look the same and are not.
 */
const DEMONYMS = new Set(
  (
    "Scot Scotsman Scotswoman Englishman Englishwoman Welshman Welshwoman Irishman Irishwoman Briton Brit " +
    "Frenchman Frenchwoman Dutchman Dutchwoman Dane Swede Norwegian Finn Icelander Pole Czech Slovak Hungarian " +
    "Austrian German Swiss Belgian Luxembourger Spaniard Portuguese Italian Greek Cypriot Maltese Croat Croatian " +
    "Serb Serbian Slovenian Bosnian Montenegrin Albanian Macedonian Bulgarian Romanian Moldovan Ukrainian " +
    "Russian Belarusian Lithuanian Latvian Estonian Georgian Armenian Azerbaijani Turk Israeli Lebanese Syrian " +
    "Jordanian Iraqi Iranian Saudi Emirati Qatari Kuwaiti Omani Yemeni Egyptian Libyan Tunisian Algerian " +
    "Moroccan Sudanese Ethiopian Eritrean Somali Kenyan Ugandan Tanzanian Rwandan Nigerian Ghanaian Ivorian " +
    "Senegalese Malian Cameroonian Congolese Angolan Zambian Zimbabwean Mozambican Malawian Namibian " +
    "Afghan Pakistani Indian Bangladeshi Nepali Nepalese Chinese Japanese Korean Taiwanese Vietnamese Thai " +
    "Filipino Filipina Malaysian Singaporean Indonesian Australian Kiwi American Canadian Mexican Brazilian " +
    "Argentine Argentinian Uruguayan Paraguayan Chilean Peruvian Colombian Venezuelan Ecuadorian Bolivian " +
    "Cuban Jamaican Haitian Dominican Panamanian Honduran Guatemalan Salvadoran Nicaraguan Trinidadian"
  ).split(" "),
);

/** "Russian", "Israeli": a nationality word (a noun for one person, or the adjective). */
export const isDemonym = (word: string): boolean => DEMONYMS.has(word);

/**
 * "the Scot", "the Portuguese" (a nationality noun alone), "the 41-year-old" (an age alone), "the former Celtic midfielder" (a past
 * career) and "the Republican nominee" (a candidacy): epithets sports and features writers use for someone already named; the parse points back to
 * that person, as a pronoun would, or null when `words` (a mention's words) are no epithet.
 */
export function epithetParse(words: string[]): MentionParse | null {
  if (words.length < 2 || !/^the$/i.test(words[0] as string)) return null;
  const last = words[words.length - 1] as string;
  const demonym = words.length === 2 && DEMONYMS.has(last);
  // ("the former Celtic midfielder", "the ex-Liverpool striker": a role the person no longer holds)
  // ("the former Natabua High School student": a school's name may take three words)
  const career =
    words.length >= 3 &&
    words.length <= 7 &&
    (words.length <= 5 || words.slice(2, -1).every((w) => /^\p{Lu}/u.test(w))) &&
    /^(?:former|ex-\p{Lu}.*)$/u.test(words[1] as string) &&
    /^[a-z]+$/.test(last) &&
    CAREER_ROLES.test(last);
  // ("the 41-year-old": a person the report has named, by age alone)
  const aged = words.length === 2 && /^\d{1,3}-year-old$/.test(last);
  if (!demonym && !aged && !career && !describedWorker(words) && !candidacy(words)) return null;
  const gender = /(?:man|woman)$/.test(last) ? (last.endsWith("woman") ? "f" : "m") : undefined;
  return {
    name: null,
    title: words.slice(1).join(" "),
    kind: "person",
    pronoun: false,
    epithet: true,
    ...(gender ? { gender } : {}),
  };
}

/**
 * Nouns for what someone does, which a report uses for a person it has just named ("the Conservative
 * frontbencher", "the fifth-year guard", "the retired fitter and turner"): trades, positions in a team and
 * places on a party's benches — not offices ("the chancellor": a title the article gives someone) nor kin
 * ("the brother": often someone never named).
 */
const WORKER_HEADS =
  /^(?:frontbencher|backbencher|guard|forward|center|centre|point-guard|quarterback|linebacker|pitcher|catcher|shortstop|outfielder|infielder|batter|bowler|batsman|all-rounder|fly-half|scrum-half|prop|hooker|lock|flanker|winger|midfielder|striker|defender|goalkeeper|keeper|fitter|turner|welder|electrician|plumber|carpenter|mechanic|farmer|fisherman|teacher|nurse|paramedic|pensioner|retiree|grandmother|grandfather|veteran|rookie|sophomore|freshman|novelist|author|actor|actress|singer|musician|artist|filmmaker|director|entrepreneur|businessman|businesswoman|campaigner|activist|champion|runner|sprinter|athlete|cyclist|swimmer|golfer|boxer|jockey|player|footballer|cricketer|captain|skipper|medallist|medalist)$/;
/** Lowercase words that describe a worker before the noun ("retired", "veteran"); hyphenated ones pass too. */
const WORKER_MODIFIERS =
  /^(?:retired|veteran|former|young|elderly|rookie|star|seasoned|longtime|experienced|injured|embattled|outspoken|world|reigning|defending|ex-\S+|[a-z0-9]+(?:-[a-z]+)+)$/;
/**
 * "the Conservative frontbencher", "the fifth-year guard", "the retired fitter and turner": "the", one or two
 * modifiers (capitalised, or describing words), then worker nouns (two joined by "and").
 */
function describedWorker(words: string[]): boolean {
  if (words.length < 3 || words.length > 6) return false;
  let k = words.length - 1;
  if (!WORKER_HEADS.test(words[k] as string)) return false;
  if (words[k - 1] === "and" && WORKER_HEADS.test(words[k - 2] ?? "")) k -= 2;
  const modifiers = words.slice(1, k);
  return (
    modifiers.length >= 1 &&
    modifiers.length <= 2 &&
    modifiers.every((w) => (/^\p{Lu}[\p{L}-]*$/u.test(w) && !/[’']s$/.test(w)) || WORKER_MODIFIERS.test(w))
  );
}

/** Parties whose candidates campaign coverage names by party alone ("the Republican nominee", "the Democrat"). */
const PARTY = /^(?:Republican|Democratic|GOP|Libertarian|Green|Labour|Conservative|Tory|Liberal)$/;
const PARTY_MEMBER = /^(?:Republican|Democrat)$/;
/**
 * "the Republican presidential nominee", "the Democratic candidate", "the Democrat": campaign coverage's name for
 * a candidate it has named — "the", a party, at most two lowercase words ("presidential", "likely"), a candidacy.
 */
function candidacy(words: string[]): boolean {
  if (words.length === 2) return PARTY_MEMBER.test(words[1] as string);
  return (
    words.length <= 5 &&
    PARTY.test(words[1] as string) &&
    CANDIDACY_HEADS.test(words[words.length - 1] as string) &&
    words.slice(2, -1).every((w) => /^[a-z-]+$/.test(w))
  );
}

/** Roles of a past career that an epithet recalls ("the former Celtic midfielder"). */
const CAREER_ROLES =
  /^(?:midfielder|striker|forward|winger|defender|goalkeeper|keeper|captain|international|player|footballer|cricketer|batsman|bowler|boxer|champion|sprinter|driver|rider|manager|coach|boss|winner|star|student|pupil|schoolboy|schoolgirl|graduate)$/;

/** Relatives and associates a report knows by whose they are ("the driver's brother", "the victim's mother"). */
const KIN =
  /^(?:brother|sister|mother|father|son|daughter|wife|husband|partner|widow|widower|uncle|aunt|cousin|nephew|niece|grandmother|grandfather|grandson|granddaughter|fiancée?|girlfriend|boyfriend|friend|neighbou?r|lawyer|solicitor|attorney|family)$/;
const DETERMINER = /^(?:the|a|an|his|her|their|its|this|that)$/;
const ROLE_MODIFIER = /^(?:former|ex-\S+|veteran|one-time|onetime|longtime|long-serving|then)$/;
/**
 * "the former Celtic midfielder", "the ex-Chelsea striker", "the veteran Scotland international": a career
 * role (toks[i], tokens nearest first) after capitalised or career words, back to its determiner; the
 * index of the determiner, or -1.
 */
export function describedRoleStart(toks: Token[], i: number, taken: number): number {
  // "the city's housing minister said": a lowercase modifier after a common noun's possessive (`taken`: the
  // head's words already read)
  const owner = toks[i + 1];
  if (taken > 0 && owner?.word && /^[a-z]+[’']s$/.test(owner.text) && toks[i + 2]?.word)
    return DETERMINER.test(lowerOf(toks[i + 2] as Token)) ? i + 2 : -1;
  const head = lowerOf(toks[i] as Token);
  // "the driver's brother said", "the victim's mother told": a relative or associate known by whose they are
  if (
    taken === 0 &&
    KIN.test(head) &&
    owner?.word &&
    /^[a-z]+[’']s$/.test(owner.text) &&
    toks[i + 2]?.word &&
    /^(?:the|a|an|his|her|their)$/.test(lowerOf(toks[i + 2] as Token))
  )
    return i + 2;
  const worker = WORKER_HEADS.test(head);
  if (taken > 0 || !(CAREER_ROLES.test(head) || worker)) return -1;
  // ("the retired fitter and turner": two trades joined)
  const from =
    worker && toks[i + 1]?.text === "and" && WORKER_HEADS.test(toks[i + 2]?.text ?? "") ? i + 2 : i;
  for (let j = from + 1; j <= from + 3; j++) {
    const t = toks[j];
    if (!t?.word) return -1;
    const w = lowerOf(t);
    if (DETERMINER.test(w)) return j > from + 1 ? j : -1;
    const modifier = ROLE_MODIFIER.test(w) || (worker && WORKER_MODIFIERS.test(t.text));
    if (!(startsUppercase(t.text) && !/[’']s$/.test(t.text)) && !modifier) return -1;
  }
  return -1;
}
