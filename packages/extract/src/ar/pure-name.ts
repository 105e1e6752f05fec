// Words that can only be a person's name, and the name a comma-separated part of a mention gives.
import { withoutHarakat } from "../text/chars.ts";
import { compoundNameTail } from "./compound-given-name.ts";
import { villageHeadman } from "./headman.ts";
import {
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  isArticleName,
  ORG_TITLES,
  PEOPLE_NOUNS,
  PERSON_TITLES,
  RELATION_HEADS,
  TIME_WORDS,
} from "./lexicon.ts";
import { halAfterPronoun } from "./name-aside.ts";
import { NAME_JOINERS, titleHead } from "./phrase.ts";
import { relationOfDefinite } from "./relation-phrase.ts";

/** «علي» (dotted ya) is the name Ali, «العلي» the family name: not the preposition «على». */
export const isAli = (w: string): boolean => /^(?:ال)?علي$/u.test(withoutHarakat(w));

/**
 * «الشيخ صباح خالد الحمد الصباح»: «صباح» (morning) after a title, before no time word, is a given name, and
 * «الصباح» after a name word a family name (not «صباح اليوم», «صباح الأحد»).
 */
export function dawnWord(ws: string[], k: number): boolean {
  const w = withoutHarakat(ws[k] ?? "");
  if (w === "الصباح") return k > 1;
  const next = ws[k + 1];
  return (
    w === "صباح" &&
    k > 0 &&
    (!next ||
      (!TIME_WORDS.has(foldWord(next)) &&
        !FUNCTION_WORDS.has(foldWord(next)) &&
        !/^(?:ال)?(?:غد|باكر)$/u.test(next)))
  );
}

/**
 * The name a comma-separated part gives: all of it when it is only a name, or what follows a
 * nationality («البرتغالي جواو فيريرا» → «جواو فيريرا»). Null otherwise.
 */
export function nameInPart(raw: string): string | null {
  // «يدعى عبد الستار», «ويدعى آدم»
  // «المسؤول، وهو نبيل سرور،»: «وهو» before a name of two words or more introduces it
  // («، وهو يبكي،», «، وهي تحمل طفلها،»: a clause on what the person was doing, no name)
  if (/^وه(?:و|ي)(?:[\s\u00A0]|$)/u.test(raw) && (halAfterPronoun(raw) || describedAfterPronoun(raw)))
    return null;
  const part = raw
    .replace(/^و?(?:يدعى|تدعى|يدعي|تدعي|اسمه)[\s\u00A0]+/u, "")
    .replace(/^وه(?:و|ي)[\s\u00A0]+(?=\S+[\s\u00A0]+\S)/u, "");
  // «ومقرها جنيف», «ومقره لندن»: where an institution sits, not a name
  if (/^و\S*(?:ها|هم|هما)(?=[\s\u00A0]|$)/u.test(part) || /^ومقره(?=[\s\u00A0])/u.test(part)) return null;
  const [w0, w1] = part.split(/[\s\u00A0]+/u);
  if (villageHeadman(w0 ?? "", w1)) return null; // «مختار قرية الجديدة»: a title and its place
  if (pureName(part)) return part;
  const nationality = nationalityOf(part);
  return nationality ? part.slice(nationality.length).trim() : null;
}

/** «البرتغالي» in «البرتغالي جواو فيريرا»: a nationality before a name (not «الذي …»). */
export function nationalityOf(part: string): string | null {
  const m = /^(\S+)[\s\u00A0]+(.+)$/u.exec(part);
  if (!m?.[1] || !m[2] || !hasArticle(m[1]) || !/(?:ي|ية)$/u.test(m[1]) || isArticleName(m[1])) return null;
  // «والي عنابة» reads as «و» + «الي»: a title, not a nationality
  if (PERSON_TITLES.has(titleHead(m[1]))) return null;
  if (/^ال(?:ذي|تي)$/u.test(m[1]) || !pureName(m[2])) return null;
  return m[1];
}

/** «بن», «بنت», «ولد», «ابن»: son or daughter of, inside a name. */
const FILIATION = /^(?:بن|بنت|ابن|ولد)$/u;

/**
 * «الهادي الجلاصي»: a given name may begin with the article; so may any before «بن/بنت/ولد» («السالكة بنت
 * الشيخ», «الخنساء بنت عمر»).
 */
export const opensWithArticledName = (ws: readonly string[]): boolean =>
  ws.length > 1 &&
  (isArticleName(ws[0] as string) ||
    (ws.length > 2 && hasArticle(ws[0] as string) && FILIATION.test(withoutHarakat(ws[1] as string))));

/**
 * Words that can only be a name: one to four words, the first without the article, none a title,
 * an institution, a function word or a number («ماري لوران دياكيتي», «سلمى العابد»).
 */
export function pureName(part: string): boolean {
  const ws = part.split(/[\s\u00A0]+/).filter(Boolean);
  if (!ws.length || tooManyNameParts(ws)) return false;
  // «فضّل عدم ذكر اسمه»: a request for anonymity, not a name
  if (ws.some((w) => /^(?:عدم|اسمه|اسمها|هويته|هويتها)$/u.test(withoutHarakat(w)))) return false;
  // «أحدهم», «إحداهن», «إحدى المعلمات»: one of them, not a name
  if (/^(?:(?:أحد|إحدى|احد|احدى|إحدا)(?:هم|هن|هما|ها)|إحدى|احدى)$/u.test(ws[0] as string)) return false;
  if (hasArticle(ws[0] as string) && !opensWithArticledName(ws)) return false;
  if (relationOfDefinite(ws)) return false;
  return ws.every((w, i) => {
    const f = foldWord(w);
    return (
      /^[\p{L}\p{M}]+$/u.test(w) &&
      (isAli(w) || !FUNCTION_WORDS.has(f)) &&
      // «محمد أمين الزياني», «فراس عبد الكريم الشيخ»: after a given name, a bare title word («أمين») is a
      // name, and so is a last one with the article (a family name)
      (!PERSON_TITLES.has(titleHead(w)) ||
        (i > 0 && (!hasArticle(w) || i === ws.length - 1 || joinedInName(ws, i)))) &&
      !ORG_TITLES.has(f)
    );
  });
}

/** More than four name words, the joiners not counted («عبد الله بن زايد آل نهيان» has four). */
export const tooManyNameParts = (ws: readonly string[]): boolean =>
  ws.length > 8 ||
  ws.filter((w, i) => !NAME_JOINERS.has(withoutHarakat(w)) && !compoundNameTail(ws[i - 1], w)).length > 4;

/**
 * «ولد الشيخ أحمد», «محمد الأمين ولد اعل سالم»: a title word with the article right after a joiner, or
 * right before one, is a name word (the joiner ties it to the name on both sides).
 */
export const joinedInName = (ws: readonly string[], i: number): boolean =>
  [ws[i - 1], ws[i + 1]].some((w) => w !== undefined && NAME_JOINERS.has(withoutHarakat(w)));

/** «شقيقه», «زوجته», «جارها»: a relation with the pronoun of whose relative the person is. */
export const relativeOf = (w: string): boolean => {
  const stem = /^(\p{L}{2,}?)(?:ت)?(?:ه|ها|هم)$/u.exec(w)?.[1];
  return !!stem && (RELATION_HEADS.has(foldWord(stem)) || RELATION_HEADS.has(foldWord(`${stem}ة`)));
};

/**
 * «شقيق الضحية محمود علي», «والدة الطفل سعاد حسن»: a relation in construct with a definite noun, then a name;
 * how many words the relation takes (2), else 0.
 */
export const relativeInConstruct = (ws: string[]): number =>
  ws.length > 2 &&
  RELATION_HEADS.has(foldWord(ws[0] as string)) &&
  hasArticle(ws[1] as string) &&
  pureName(ws.slice(2).join(" "))
    ? 2
    : 0;

/** «رب», «ربة»: the head of a household («رب أسرة», «ربة منزل»). Folded. */
const HOUSEHOLD_HEADS = new Set(["رب", foldWord("ربة")]);
/** «، وهي ربة منزل،», «، وهو موظف حكومي،»: a noun of people after «وهو/وهي» describes the one named, names no one. */
function describedAfterPronoun(raw: string): boolean {
  const w = withoutHarakat(raw).split(/[\s\u00A0]+/u)[1] ?? "";
  const f = foldWord(w);
  return HOUSEHOLD_HEADS.has(f) || PEOPLE_NOUNS.has(f) || PERSON_TITLES.has(titleHead(w));
}
