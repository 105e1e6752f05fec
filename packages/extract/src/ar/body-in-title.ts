// «قال المتحدث باسم وزارة الداخلية العراقية … وقالت الوزارة …»: a body first met inside a speaker's title.

import type { Entity, MentionParse } from "../speakers.ts";
import { withoutHarakat } from "../text/chars.ts";
import { foldWord, isOrgHead, NAME_HONORIFIC, PERSON_TITLES } from "./lexicon.ts";
import { ABBREVIATED_TITLE } from "./office-words.ts";
import { titleHead } from "./phrase.ts";

/** The words of a title from a body's head on: «(ب|ل)?وزارة الداخلية العراقية», «(لل|ال)هيئة العامة …». */
const bodyIn = (head: string): RegExp =>
  new RegExp(
    `(?<![\\p{L}\\p{M}])(?:[بل]|بال|(لل))?((?:ال)?${head.slice(0, -1)}[ةه](?:[\\s\\u00A0]+[^\\s\\u00A0]+)+)$`,
    "u",
  );

/**
 * «الوزارة», «الهيئة» when no body of that kind is known to the article by name: the body of that head a
 * speaker's title names («المتحدث باسم وزارة الداخلية العراقية», «مسؤول في هيئة الموانئ»), the speaker met
 * last first. Null otherwise.
 */
export function bodyInTitles(parse: MentionParse, entities: readonly Entity[]): MentionParse | null {
  const word = withoutHarakat(parse.name ?? "");
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
      const m = re.exec(withoutHarakat(t));
      // («للهيئة العامة …»: the article the «لل» took in)
      const words = m?.[2] ? `${m[1] ? "ال" : ""}${m[2]}`.split(/[\s\u00A0]+/u) : [];
      // («… العراقية العميد»: an honorific or a title before the name is the speaker's, not the body's)
      while (
        words.length > 1 &&
        (NAME_HONORIFIC.test(words.at(-1) as string) ||
          PERSON_TITLES.has(titleHead(words.at(-1) as string)) ||
          ABBREVIATED_TITLE.test(words.at(-1) as string))
      )
        words.pop();
      if (words.length > 1)
        return { name: words.join(" "), title: null, kind: "organisation", pronoun: false };
    }
  return null;
}

/** «بيانات», «أرقام», «إحصاءات»: data a body compiles. Folded. */
const DATA_NOUNS = new Set(["بيانات", "أرقام", "معطيات", "إحصاءات", "إحصائيات", "تقديرات"].map(foldWord));
/** «الصينية», «العامة»: a definite adjective closing a body's name. */
const DEFINITE_ADJECTIVE = /^ال\p{L}{2,}(?:ي|ية|يه)$/u;

/**
 * «ووفقا لبيانات الجمارك» after «المتحدث باسم الإدارة العامة للجمارك الصينية»: data named by a body's field
 * speak for the body the article named with that field, in a body's name or in a speaker's title. Null otherwise.
 */
export function bodyOfData(mention: string, entities: readonly Entity[]): MentionParse | null {
  const ws = withoutHarakat(mention).split(/[\s\u00A0]+/u);
  if (
    ws.length !== 2 ||
    !DATA_NOUNS.has(foldWord(ws[0] as string)) ||
    !/^ال\p{L}{3,}$/u.test(ws[1] as string)
  )
    return null;
  const field = (ws[1] as string).slice(2);
  const named = [...entities].sort((a, b) => (b.seenAt ?? 0) - (a.seenAt ?? 0));
  for (const e of named)
    for (const phrase of e.kind === "organisation" ? [e.name ?? ""] : e.titles) {
      const body = bodyWithField(withoutHarakat(phrase).split(/[\s\u00A0]+/u), field);
      if (body) return { name: body, title: null, kind: "organisation", pronoun: false };
    }
  return null;
}

/** The body's name in `words` that has «(ل|لل|ال)field» within three words of its head, with its adjectives. */
function bodyWithField(words: string[], field: string): string | null {
  const k = words.findIndex((w) => w === `ال${field}` || w === `لل${field}` || w === `ل${field}`);
  if (k < 1) return null;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (!isOrgHead(titleHead(words[j] as string))) continue;
    let end = k + 1;
    while (end < words.length && DEFINITE_ADJECTIVE.test(words[end] as string)) end++;
    return words.slice(j, end).join(" ");
  }
  return null;
}
