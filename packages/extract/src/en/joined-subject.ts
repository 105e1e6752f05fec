// A subject of two joined members that opens its clause ("Both she and the union said", "Mary Okafor and John
// Bello said"): the speaker walk stops at the "and" and finds the last member; a reviewer files the claim under
// the first one named.
import { lowerOf as lower, type Token } from "../text/tokens.ts";
import { andInCountryName } from "./and-countries.ts";
import { INSTITUTION_HEADS } from "./lexicon.ts";
import { parseEnglishMention } from "./mention.ts";
import { PORTFOLIO_TAIL } from "./offices.ts";
import { TIME_NAMES, TITLE_HEADS } from "./person-words.ts";
import type { SourceSpan } from "./source.ts";
import { isCapWord } from "./speaker-start.ts";

const MEMBER_PRONOUN = /^(?:he|she|I|we)$/i;
const DETERMINER = /^(?:the|a|an|its|his|her|their|our)$/i;
/** Words that may open the clause before its subject ("But Mary Okafor and …", "Both she and …"). */
const CLAUSE_OPENERS = /^(?:both|but|and|yet|so)$/i;
/** "Sen.", "Dr.", "Mr.": a short title's dot inside the first member. */
const titleDot = (toks: Token[], m: number): boolean =>
  toks[m]?.text === "." && isCapWord(toks[m - 1]) && (toks[m - 1] as Token).text.length <= 4;

/**
 * The walked subject, or its clause's first member when it is the last of two joined by "and" and the first
 * (a pronoun or a capitalised name) opens the clause: at the sentence's start, after "Both" or a linking word, or
 * after the comma of an opening adjunct ("On Monday, …"; not of a list: "Kenya, Tanzania and Uganda").
 */
export function firstOfJoined(text: string, toks: Token[], subject: SourceSpan | null): SourceSpan | null {
  if (!subject || subject.pronoun) return subject;
  const j = toks.findIndex((t) => t.start === subject.start);
  const link = toks[j - 1];
  if (j < 2 || !link?.word || lower(link) !== "and") return subject;
  // ("The Royal St Vincent and the Grenadines Police Force": one body, the "and" inside its country's name)
  if (andInCountryName(text, link.start)) {
    let f = j - 2;
    while (f >= 0 && (isCapWord(toks[f]) || toks[f]?.text === ".")) f--;
    return { ...subject, start: (toks[f + 1] as Token).start };
  }
  const last = j - 2;
  if (!secondMember(text, toks, j, subject, last)) return subject;
  let first = last;
  const pronoun = MEMBER_PRONOUN.test((toks[last] as Token).text);
  if (!pronoun) {
    while (first >= 0 && (isCapWord(toks[first]) || titleDot(toks, first))) first--;
    first++;
    while (first <= last && CLAUSE_OPENERS.test((toks[first] as Token).text)) first++;
    if (first > last || !isCapWord(toks[first])) return subject;
  }
  let before = first - 1;
  while (before >= 0 && CLAUSE_OPENERS.test((toks[before] as Token).text)) before--;
  const opener = toks[before];
  const afterAdjunct =
    opener?.text === "," &&
    !!toks[before - 1] &&
    (!isCapWord(toks[before - 1]) || TIME_NAMES.has(toks[before - 1]?.text ?? ""));
  if (opener && !afterAdjunct && !/^[“"‘(—–:]$/.test(opener.text)) return subject;
  return { start: (toks[first] as Token).start, end: (toks[last] as Token).end, pronoun };
}

/**
 * The member after the "and" stands on its own: a determiner's phrase ("the union", "its defenders") or a name
 * that is no body's ("Citizenship and Immigration Services") and no office after a one-word portfolio ("Labour
 * and Employment Minister X"); not a lowercase head a first word modifies ("Federal and state officials").
 */
function secondMember(text: string, toks: Token[], j: number, subject: SourceSpan, last: number): boolean {
  const second = toks[j] as Token;
  if (second.word && DETERMINER.test(second.text)) return true;
  if (!isCapWord(second)) return false;
  // (the name alone, not an appositive after it: "Immigration Services, the agency that …")
  const name = (text.slice(subject.start, subject.end).split(",")[0] as string).trim();
  const words = name.toLowerCase().split(/[\s\u00A0]+/);
  const head = words[words.length - 1] as string;
  if (INSTITUTION_HEADS.has(head) || INSTITUTION_HEADS.has(head.replace(/s$/, ""))) return false;
  const lone = last === 0 || !isCapWord(toks[last - 1]);
  // ("Natural Resources and Commerce Minister X": a first member of several words that ends like a portfolio)
  const portfolio = lone || PORTFOLIO_TAIL.test((toks[last] as Token).text);
  // ("The Natural Resources and Commerce Minister, X, said": the office alone, its holder in apposition)
  const raw = name.split(/[\s\u00A0]+/);
  const office = !lone && raw.length <= 3 && TITLE_HEADS.has(raw[raw.length - 1] as string);
  return !(portfolio && (office || parseEnglishMention(name).title));
}
