// «قال المتحدث باسم وزارة الداخلية العراقية … وقالت الوزارة …»: a body first met inside a speaker's title.
import type { Entity, MentionParse } from "../speakers.ts";
import { foldWord, NAME_HONORIFIC, PERSON_TITLES } from "./lexicon.ts";
import { titleHead } from "./phrase.ts";

const DIACRITICS = /[\u064B-\u065F\u0640]/gu;
/** The words of a title from a body's head on: «(ب|ل)?وزارة الداخلية العراقية». */
const bodyIn = (head: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{M}])[بل]?(${head.slice(0, -1)}[ةه](?:[\\s\\u00A0]+[^\\s\\u00A0]+)+)$`, "u");

/**
 * «الوزارة», «الهيئة» when no body of that kind is known to the article by name: the body of that head a
 * speaker's title names («المتحدث باسم وزارة الداخلية العراقية», «مسؤول في هيئة الموانئ»), the speaker met
 * last first. Null otherwise.
 */
export function bodyInTitles(parse: MentionParse, entities: readonly Entity[]): MentionParse | null {
  const word = parse.name?.replace(DIACRITICS, "") ?? "";
  if (parse.kind !== "organisation" || parse.title || !/^ال\p{L}{3,}[ةه]$/u.test(word)) return null;
  const head = word.slice(2);
  const folded = foldWord(word);
  if (entities.some((e) => e.kind === "organisation" && e.nameWords.includes(folded))) return null;
  const re = bodyIn(head);
  const holders = entities
    .filter((e) => e.kind !== "organisation" && e.titles.length)
    .sort((a, b) => (b.seenAt ?? 0) - (a.seenAt ?? 0));
  for (const e of holders)
    for (const t of e.titles) {
      const words = re.exec(t.replace(DIACRITICS, ""))?.[1]?.split(/[\s\u00A0]+/u) ?? [];
      // («… العراقية العميد»: an honorific or a title before the name is the speaker's, not the body's)
      while (
        words.length > 1 &&
        (NAME_HONORIFIC.test(words.at(-1) as string) || PERSON_TITLES.has(titleHead(words.at(-1) as string)))
      )
        words.pop();
      if (words.length > 1)
        return { name: words.join(" "), title: null, kind: "organisation", pronoun: false };
    }
  return null;
}
