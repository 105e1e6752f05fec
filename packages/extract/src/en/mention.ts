import type { MentionParse } from "../speakers.ts";
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
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "mx"]);
const DETERMINERS = /^(?:the|a|an|his|her|their|its|our)$/i;

/** Splits an English mention into its title words and the name (the capitalised run that ends it). */
export function parseEnglishMention(mention: string): MentionParse {
  const clean = mention
    .replace(/\([^)]*\)/g, " ")
    .replace(/[,]+/g, " ")
    .trim();
  if (PRONOUNS.has(clean.toLowerCase())) return { name: null, title: null, kind: "person", pronoun: true };
  const words = clean.split(/[\s\u00A0]+/).filter(Boolean);
  // the name: the last run of capitalised words, without honorifics and abbreviated titles
  let i = words.length;
  while (i > 0 && /^[\p{Lu}]/u.test(words[i - 1] as string) && !/[’']s$/.test(words[i - 1] as string)) i--;
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
