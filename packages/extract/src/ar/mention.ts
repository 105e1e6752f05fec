import type { MentionParse } from "../speakers.ts";
import {
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  ORG_TITLES,
  PERSON_TITLES,
  TITLE_ADJECTIVES,
  TITLE_LINKS,
} from "./lexicon.ts";

const PRONOUNS = new Set(["هو", "هي", "هم", "انه", "انها", "انهم", "نفسه", "بدوره", "بدورها"]);

/** Splits an Arabic mention into its title phrase and the name after it. */
export function parseArabicMention(mention: string): MentionParse {
  const ws = mention.split(/[\s\u00A0]+/).filter(Boolean);
  const first = ws[0] ?? "";
  const f0 = foldWord(first);
  if (PRONOUNS.has(f0)) return { name: null, title: null, kind: "person", pronoun: true };
  const isPersonTitle = PERSON_TITLES.has(f0);
  const isOrgTitle = ORG_TITLES.has(f0) && !isPersonTitle;
  if (isOrgTitle) return { name: mention, title: null, kind: "organisation", pronoun: false };
  if (!isPersonTitle) return { name: mention, title: null, kind: "person", pronoun: false };
  let i = 1;
  while (i < ws.length) {
    const w = ws[i] as string;
    const f = foldWord(w);
    if (TITLE_LINKS.has(f) && i + 1 < ws.length) i += 2;
    else if (hasArticle(w) || PERSON_TITLES.has(f) || ORG_TITLES.has(f) || TITLE_ADJECTIVES.has(f)) i++;
    else break;
  }
  const title = ws.slice(0, i).join(" ");
  const isAli = (w: string): boolean => w.replace(/[\u064B-\u065F\u0640]/g, "") === "علي";
  const nameWords = ws.slice(i).filter((w) => isAli(w) || !FUNCTION_WORDS.has(foldWord(w)));
  return { name: nameWords.length ? nameWords.join(" ") : null, title, kind: "person", pronoun: false };
}
