// "and" inside the name of an office or body ("Minister for Roads and Highways", "the Roads and Transport Committee").
import type { MentionParse } from "../speaker-types.ts";
import { lowerOf as lower, type Token } from "../text/tokens.ts";
import { capital } from "./name-shape.ts";
import { ORG_WORDS } from "./person-words.ts";
import { isCapWord } from "./speaker-start.ts";

/** Offices whose title goes on with a portfolio after "of"/"for"/"on" (a body's own name is found elsewhere). */
const PORTFOLIO_HOLDERS = /^(?:Minister|Secretary|Commissioner|Director|Chairman|Chairperson|Chair)$/;
/** Bodies named for what or whom they gather ("the Society of Boat Builders and Repairers"). */
const BODIES_OF =
  /^(?:Society|College|Institute|Association|Federation|Confederation|Union|Council|Academy|Alliance|Chamber|Board|Bureau|League|Guild|Centers?|Centres?)$/;
/** Heads that close a body's name after its portfolio ("the Roads and Transport Committee"). */
const BODY_TAILS =
  /^(?:Committee|Commission|Board|Council|Authority|Agency|Administration|Bureau|Ministry|Department|Directorate|Institute|Service|Fund|Company|Corporation|Association|Federation|Union|Society|Chamber|Trust|Foundation|Force)$/;

/**
 * Whether toks[at] (nearest first, the walk has just passed a capitalised word before it) is an "and" inside
 * one name: a portfolio ("Minister for Roads and Highways", "Ministry of Trade and Industry") or a body named
 * for two fields ("the Roads and Transport Committee"). A list of names ("Smith and Jones said") is not.
 */
function portfolioAnd(toks: Token[], at: number, walkFirst: Token | undefined): boolean {
  const conj = toks[at];
  if (!conj?.word || lower(conj) !== "and" || !isCapWord(toks[at - 1]) || !isCapWord(toks[at + 1]))
    return false;
  let j = at + 1;
  // "a Bench of Justices R. Menon and K. Arul Prakash": the judges named together
  for (let k = at + 1; k < at + 6 && toks[k]; k++)
    if (/^Justices$/.test((toks[k] as Token).text)) return true;
  // ("the Turks and Caicos Hotel and Tourism Association": a second "and" inside the same name)
  while (
    j < at + 8 &&
    (isCapWord(toks[j]) || (toks[j]?.text === "and" && isCapWord(toks[j + 1]))) &&
    !/^the$/i.test(toks[j]?.text ?? "")
  )
    j++;
  const link = toks[j];
  // "Governor of the Turks and Caicos Islands", "Director of the National Water and Electricity Company",
  // "Governor of the Capital City and Mayor of …": a capitalised office or body, "of" (the), then the name
  const of = /^the$/.test(link?.text ?? "") && OF_FOR.test(toks[j + 1]?.text ?? "") ? j + 1 : j;
  if (j - at <= 4 && of > at && OF_FOR.test(toks[of]?.text ?? "") && isCapWord(toks[of + 1])) return true;
  if (
    link?.word &&
    /^(?:of|for|on)$/.test(link.text) &&
    (PORTFOLIO_HOLDERS.test(toks[j + 1]?.text ?? "") ||
      BODIES_OF.test(toks[j + 1]?.text ?? "") ||
      topicLinkAt(toks, j))
  )
    return true;
  // ("the Health and Sanitation Committee chairperson X", "the Food and Allied Workers Union (Nafau) general
  // secretary X": a body's name closed by its head, then the office held in it)
  if (j - at <= 4 && officeAfterBody(toks, at)) return true;
  // ("Devon and Cornwall Police", "Avon and Somerset Constabulary": a force named for the two places it serves)
  if (
    j - at <= 3 &&
    POLICE_FORCE.test(walkFirst?.text ?? "") &&
    (toks[j] === undefined || !isCapWord(toks[j]))
  )
    return true;
  if (!BODY_TAILS.test(walkFirst?.text ?? "")) return false;
  // ("The contractor, China Road and Bridge Corporation, said", "Acme Road and Rail Company said": a company's
  // name that opens the sentence or follows the description it names; not "the Food, Drink and …", a list)
  const described = toks[j]?.text === "," && !isCapWord(toks[j + 1]);
  if (j - at <= 4 && (toks[j] === undefined || described)) return true;
  return j - at <= 7 && !!toks[j]?.word && /^the$/i.test((toks[j] as Token).text);
}
const POLICE_FORCE = /^(?:Police|Constabulary)$/;

/**
 * The capitalised words past the "and" (toks run backwards from the verb) close with a body's head, followed by a
 * lower-case office, maybe after the body's acronym in brackets ("Union (Nafau) general secretary").
 */
function officeAfterBody(toks: Token[], at: number): boolean {
  let k = at - 1;
  while (k > 0 && at - k <= 5 && isCapWord(toks[k])) k--;
  if (k + 1 >= at || !BODY_TAILS.test(toks[k + 1]?.text ?? "")) return false;
  if (toks[k]?.text === "(" && isCapWord(toks[k - 1]) && toks[k - 2]?.text === ")") k -= 3;
  const w = toks[k];
  return !!w?.word && OFFICE_WORDS.test(w.text);
}
const OFFICE_WORDS =
  /^(?:chair|chairperson|chairman|chairwoman|secretary|general|president|vice|deputy|treasurer|spokesperson|spokesman|spokeswoman|director|head|leader|member|convenor|coordinator|organiser|organizer|official|boss|chief)$/;
const OF_FOR = /^(?:of|for)$/;

/** Bodies named for what they deal with ("the Commission on Presidential Debates", "the Council on Foreign Relations"). */
export const TOPIC_BODIES =
  /^(?:Commission|Committee|Subcommittee|Council|Center|Centre|Conference|Institute|Panel|Board|Caucus|Forum|Office|Task|Force|Coalition|Alliance|Network|Project|Campaign)$/;

/** Whether toks[at] (nearest first) is the "on" inside such a body's name, between its head and its topic. */
function topicLinkAt(toks: Token[], at: number): boolean {
  const link = toks[at];
  return (
    !!link?.word &&
    link.text === "on" &&
    isCapWord(toks[at - 1]) &&
    TOPIC_BODIES.test(toks[at + 1]?.text ?? "")
  );
}

/** A link word inside the name of an office or body: its "and" or a topic body's "on". */
export const insideBodyName = (toks: Token[], at: number, walkFirst: Token | undefined): boolean =>
  portfolioAnd(toks, at, walkFirst) || topicLinkAt(toks, at);

/**
 * "Ministry of Disaster Management and Relief", "Centers for Disease Control and Prevention", "the Finance and
 * Planning Committee", "Procter & Gamble": "and" inside an institution's name.
 */
export function joinsName(words: string[], k: number): boolean {
  if (words[k] === "&") return capital(words[k - 1]);
  if (words[k] !== "and" || !capital(words[k - 1])) return false;
  // (down to the first word: "the Federal Waterways and Shipping Administration")
  for (let j = k - 1; j >= 0; j--) {
    if (words[j] === "of" || words[j] === "for") return capital(words[j - 1]);
    if (words[j] === "on") return TOPIC_BODIES.test(words[j - 1] ?? "");
    if (words[j] === "the" || (j === 0 && words[j] === "The"))
      return ORG_WORDS.test(words[words.length - 1] as string);
    // ("the Turks and Caicos Hotel and Tourism Association": another "and" inside the same name)
    if (words[j] === "and" && capital(words[j - 1])) continue;
    if (!capital(words[j])) return false;
  }
  // ("Devon and Cornwall Police": capitalised places, then the force; "China Road and Bridge Corporation": a
  // company named for its two trades)
  return POLICE_FORCE.test(words[words.length - 1] ?? "") || BODY_TAILS.test(words[words.length - 1] ?? "");
}

/** Capitalised portfolios, commas and "and" opening a mention ("Lands, Agriculture, Fisheries, Water and "). */
const PORTFOLIO_LIST = /^(?:\p{Lu}[\p{L}-]*,\s+)+(?:\p{Lu}[\p{L}-]*\s+)?and\s+(?=\p{Lu})/u;

/** "Lands, Agriculture, … and Rural Development Minister Dr X": the person, the whole list in the title. */
export function portfolioListParse(
  mention: string,
  parse: (mention: string) => MentionParse,
): MentionParse | null {
  const m = PORTFOLIO_LIST.exec(mention);
  if (!m) return null;
  const tail = parse(mention.slice(m[0].length));
  if (!tail.name || tail.kind !== "person" || !tail.title) return null;
  return { ...tail, title: `${m[0]}${tail.title}` };
}

const PLACE_LINKS = /^(?:in|at|of|from|near|outside)$/;
/**
 * words[k] is a capitalised possessive inside a place's name after a preposition ("workers in Cox's Bazar",
 * "residents of St Mary's Road"), not an owner before what it owns ("Clinton's Chief of Staff").
 */
export function placePossessive(words: string[], k: number): boolean {
  const w = words[k] as string;
  if (!/^\p{Lu}\p{L}*[’']s$/u.test(w)) return false;
  let j = k - 1;
  while (j >= 0 && /^\p{Lu}\p{L}*\.?$/u.test(words[j] as string)) j--;
  return j >= 0 && PLACE_LINKS.test(words[j] as string);
}

/**
 * "The Rail, Tram and Bus Union's spokesman", "the Roads and Transport Committee": toks[at] (nearest first) is
 * the "and" of a list of fields that a body's name opens with, back to its determiner; that determiner's index,
 * or -1.
 */
export function listedFieldsBodyStart(toks: Token[], at: number): number {
  const conj = toks[at];
  if (!conj?.word || lower(conj) !== "and" || !isCapWord(toks[at - 1])) return -1;
  let head = at - 1;
  while (head > 0 && isCapWord(toks[head - 1])) head--;
  const kind = (toks[head] as Token).text.replace(/[’']s$/, "");
  if (!BODIES_OF.test(kind) && !BODY_TAILS.test(kind)) return -1;
  let j = at + 1;
  while (j < at + 8 && (isCapWord(toks[j]) || (toks[j]?.text === "," && isCapWord(toks[j + 1])))) {
    if (/^the$/i.test(toks[j]?.text ?? "")) break;
    j++;
  }
  return j > at + 1 && /^the$/i.test(toks[j]?.text ?? "") ? j : -1;
}
