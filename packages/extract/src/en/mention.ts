import type { MentionParse } from "../speakers.ts";
import { startsUppercase } from "../text/chars.ts";
import { PRONOUNS } from "./lexicon.ts";

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
  "Senate House Minority Majority Leader Whip Speaker President Vice Secretary Press Chief Deputy Attorney General Governor Senator Representative Mayor Judge Justice Chancellor Prime Minister Foreign Defense State Treasury Director Chairman Chairwoman Commissioner Ambassador Special Counsel Former Acting White Democratic Republican GOP U.S. Supreme Court".split(
    " ",
  ),
);
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "mx"]);
const DETERMINERS = /^(?:the|a|an|his|her|their|its|our)$/i;

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
    const title = words.filter((w) => !DETERMINERS.test(w)).join(" ") || null;
    const org = title !== null && ORG_WORDS.test(clean);
    return {
      name: org ? clean.replace(/^the\s+/i, "") : null,
      title: org ? null : title,
      kind: org ? "organisation" : "person",
      pronoun: false,
    };
  }
  let nameWords = words.slice(i);
  const titleWords = words.slice(0, i);
  while (nameWords.length > 2 && CAPITAL_TITLES.has(nameWords[0] as string)) {
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
  const name = nameWords.join(" ");
  const title = titleWords.filter((w) => !DETERMINERS.test(w)).join(" ") || null;
  const org = ORG_WORDS.test(name) || (/^the\s/i.test(clean) && !title);
  return { name: name || null, title, kind: org ? "organisation" : "person", pronoun: false };
}
