import type { MentionParse } from "../speakers.ts";
import { startsUppercase } from "../text/chars.ts";
import { NP_WORDS, PRONOUNS } from "./lexicon.ts";

const ORG_WORDS =
  /\b(?:Times|Post|News|Journal|Press|Committee|Party|Department|House|Association|Campaign|University|Institute|Center|Centre|Council|Agency|Administration|Office|Commission|Bureau|Foundation|Network|Inc|Corp|Company|Group|Court|Senate|Congress|Ministry|Government|Police|Army|Reuters|AP|CNN|NBC|CBS|ABC|Fox|MSNBC|BBC|Bloomberg|Politifact|Gallup|Poll|Union|Board|Service|Fund|Bank|Council)\b/;
const TITLE_ABBREVIATIONS: Record<string, string> = {
  sen: "senator",
  rep: "representative",
  gov: "governor",
  gen: "general",
  pres: "president",
  dr: "doctor",
  lt: "lieutenant",
  col: "colonel",
  sgt: "sergeant",
  capt: "captain",
  prof: "professor",
  rev: "reverend",
};
const TIME_NAMES = new Set(
  "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December".split(
    " ",
  ),
);
/** Capitalised title words that precede a name: "Senate Minority Leader", "Press Secretary". */
const CAPITAL_TITLES = new Set(
  "Senate House Minority Majority Leader Whip Speaker President Vice Secretary Press Chief Deputy Attorney General Governor Senator Representative Mayor Judge Justice Chancellor Prime Minister Foreign Defense State Treasury Director Chairman Chairwoman Commissioner Ambassador Special Counsel Former Acting White Democratic Republican GOP U.S. Supreme Court Executive Officer CEO Spokesman Spokeswoman Spokesperson Adviser Advisor Manager Strategist Economist Analyst Inspector Superintendent Sheriff Commander Admiral Colonel Captain Lieutenant Sergeant Professor Chair".split(
    " ",
  ),
);
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "mx"]);
const DETERMINERS = /^(?:the|a|an|his|her|their|its|our)$/i;
const bareWord = (w: string): string => w.replace(/\.$/, "").toLowerCase();
/** A common noun at words[k]: lowercase, or capitalised only because it opens the phrase ("Analysts at …"). */
function isCommonHead(words: string[], k: number): boolean {
  const w = words[k] as string;
  if (/^[a-z]/.test(w)) return true;
  const opens = k === 0 || (k === 1 && DETERMINERS.test(words[0] as string));
  const low = w.toLowerCase();
  return (
    opens &&
    !CAPITAL_TITLES.has(w) &&
    (NP_WORDS.has(low) || /^[a-z]+(?:ers|ists|ians|ants|ents|ors|ives)$/.test(low))
  );
}
/** "the senator" → "senator", but "officials familiar with the matter" keeps its inner "the". */
const withoutLeadingDeterminer = (words: string[]): string[] =>
  words.length && DETERMINERS.test(words[0] as string) ? words.slice(1) : words;

/** Splits an English mention into its title words and the name (the capitalised run that ends it). */
export function parseEnglishMention(raw: string): MentionParse {
  // "Kall -- co-editor of a book --": a dashed appositive reads like a comma one
  const mention = raw.includes("-") || raw.includes("—") ? raw.replace(/\s+(?:--?|—|–)\s+/g, ", ") : raw;
  // "The Institute for Fiscal Studies, an independent think tank": the name, then its description
  const comma = mention.indexOf(",");
  if (comma > 0) {
    const head = parseEnglishMention(mention.slice(0, comma));
    const description = mention
      .slice(comma + 1)
      .replace(/,\s*$/, "")
      .trim();
    if (head.name && !head.pronoun) {
      const title =
        [head.title, description.replace(/^(?:the|a|an)\s+/i, "")].filter(Boolean).join(", ") || null;
      return { ...head, title };
    }
    // "Its director, Paul Johnson": the description first, then the name
    const tail = parseEnglishMention(description);
    if (tail.name && !tail.pronoun) return { ...tail, title: tail.title ?? head.title };
  }
  // (most mentions have neither parentheses nor commas: skip those passes)
  const unbracketed = mention.includes("(") ? mention.replace(/\([^)]*\)/g, " ") : mention;
  const clean = (unbracketed.includes(",") ? unbracketed.replace(/[,]+/g, " ") : unbracketed).trim();
  if (PRONOUNS.has(clean.toLowerCase())) return { name: null, title: null, kind: "person", pronoun: true };
  const words = clean.split(/[\s\u00A0]+/).filter(Boolean);
  while (words.length > 1 && TIME_NAMES.has(words[words.length - 1] as string)) words.pop(); // "a poll released Monday"
  // the name: the last run of capitalised words ("of" may link them), without honorifics and titles
  let i = words.length;
  const capital = (w: string | undefined): boolean => !!w && startsUppercase(w) && !/[’']s$/.test(w);
  while (
    i > 0 &&
    (capital(words[i - 1]) ||
      (/^(?:of|for|the)$/.test(words[i - 1] as string) && capital(words[i - 2]) && i < words.length))
  )
    i--;
  if (i === words.length && words.length > 0) {
    // "Clinton’s campaign", "the senator": no trailing name
    const title = withoutLeadingDeterminer(words).join(" ") || null;
    const org = title !== null && ORG_WORDS.test(clean);
    return {
      name: org ? clean.replace(/^the\s+/i, "") : null,
      title: org ? null : title,
      kind: org ? "organisation" : "person",
      pronoun: false,
    };
  }
  // "observers in Virginia", "experts at the Brookings Institution", "the mayor of Chicago": a description
  // whose last words name a place or body
  const link = words[i - 1] === "the" ? i - 2 : i - 1;
  if (
    link >= 1 &&
    /^(?:in|at|of|from|for|with|on|to)$/.test(words[link] as string) &&
    isCommonHead(words, link - 1)
  )
    return { name: null, title: withoutLeadingDeterminer(words).join(" "), kind: "person", pronoun: false };
  let nameWords = words.slice(i);
  const titleWords = words.slice(0, i);
  // "Chicago Mayor Rahm Emanuel", "Texas Gov. Greg Abbott": the name follows the last title word
  const lastTitle = nameWords.findLastIndex(
    (w, k) => k < nameWords.length - 2 && (CAPITAL_TITLES.has(w) || !!TITLE_ABBREVIATIONS[bareWord(w)]),
  );
  if (lastTitle > 0 && !ORG_WORDS.test(nameWords.slice(lastTitle + 1).join(" "))) {
    titleWords.push(...nameWords.slice(0, lastTitle));
    nameWords = nameWords.slice(lastTitle);
  }
  // "Director of National Intelligence James Clapper": after an "of" phrase, the last two words are the name
  const of = nameWords.lastIndexOf("of");
  if (of > 0 && nameWords.length - of > 3 && !ORG_WORDS.test(nameWords.join(" "))) {
    const nameLength = /^[A-Z]\.$/.test(nameWords[nameWords.length - 2] as string) ? 3 : 2;
    titleWords.push(...nameWords.slice(0, nameWords.length - nameLength));
    nameWords = nameWords.slice(nameWords.length - nameLength);
  }
  while (
    nameWords.length > 2 &&
    (CAPITAL_TITLES.has(nameWords[0] as string) ||
      // "Secretary of State John Kerry"
      (/^(?:of|for)$/.test(nameWords[0] as string) && CAPITAL_TITLES.has(nameWords[1] as string)))
  ) {
    titleWords.push(nameWords.shift() as string); // "Senate Minority Leader Mitch McConnell"
  }
  while (nameWords.length > 1) {
    const head = (nameWords[0] as string).replace(/\.$/, "").toLowerCase();
    if (HONORIFICS.has(head)) nameWords = nameWords.slice(1);
    else if (TITLE_ABBREVIATIONS[head]) {
      titleWords.push(TITLE_ABBREVIATIONS[head] as string);
      nameWords = nameWords.slice(1);
    } else if (/^the$/i.test(head)) nameWords = nameWords.slice(1);
    else break;
  }
  // "Sen. Maria Ortiz of Nevada": a titled person's name ends before "of" and the place
  const place = nameWords.indexOf("of");
  if (titleWords.length && place >= 2 && !ORG_WORDS.test(nameWords.join(" ")))
    nameWords = nameWords.slice(0, place);
  const name = nameWords.join(" ");
  const title = withoutLeadingDeterminer(titleWords).join(" ") || null;
  const org = ORG_WORDS.test(name) || (/^the\s/i.test(clean) && !title);
  return { name: name || null, title, kind: org ? "organisation" : "person", pronoun: false };
}
