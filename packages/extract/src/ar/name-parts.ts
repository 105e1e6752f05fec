// The names in a mention's parts: a part that is only a name, a nationality before a name, a name before
// its title, and a name after the title holder's workplace.
import type { MentionParse } from "../speakers.ts";
import {
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  isArticleName,
  lamHead,
  ORG_TITLES,
  PERSON_TITLES,
  PLACE_NOUNS,
} from "./lexicon.ts";
import { titleHead } from "./phrase.ts";

/** «علي» (dotted ya) is the name Ali, «العلي» the family name: not the preposition «على». */
export const isAli = (w: string): boolean => /^(?:ال)?علي$/u.test(w.replace(/[\u064B-\u065F\u0640]/g, ""));
/** «لوزارة الصحة»: ل and a body's head with its definite genitive (no pronoun). */
export const lamGenitive = (w: string, next: string | undefined): boolean =>
  /^ل[^ل]/u.test(w) &&
  w.length >= 4 &&
  !/(?:ه|ها|هم)$/u.test(w) &&
  lamHead(w.slice(1)) &&
  next !== undefined &&
  hasArticle(next);
/** «ثلاثة», «عشرات», «عدة», «12»: how many, before the counted title holders. */
export const COUNT_WORD =
  /^(?:\p{N}+|(?:ثلاث|أربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر)ة?|عشرات|مئات|آلاف|بضعة|بضع|عدة)$/u;

/**
 * The name a comma-separated part gives: all of it when it is only a name, or what follows a
 * nationality («البرتغالي جواو فيريرا» → «جواو فيريرا»). Null otherwise.
 */
export function nameInPart(raw: string): string | null {
  // «يدعى عبد الستار», «ويدعى آدم»
  const part = raw.replace(/^و?(?:يدعى|تدعى|يدعي|تدعي|اسمه)[\s\u00A0]+/u, "");
  // «ومقرها جنيف», «ومقره لندن»: where an institution sits, not a name
  if (/^و\S*(?:ها|هم|هما)(?=[\s\u00A0]|$)/u.test(part) || /^ومقره(?=[\s\u00A0])/u.test(part)) return null;
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

/**
 * Words that can only be a name: one to four words, the first without the article, none a title,
 * an institution, a function word or a number («ماري لوران دياكيتي», «سلمى العابد»).
 */
export function pureName(part: string): boolean {
  const ws = part.split(/[\s\u00A0]+/).filter(Boolean);
  if (!ws.length || ws.length > 4) return false;
  // «فضّل عدم ذكر اسمه»: a request for anonymity, not a name
  if (ws.some((w) => /^(?:عدم|اسمه|اسمها|هويته|هويتها)$/u.test(w.replace(/[\u064B-\u065F\u0640]/gu, ""))))
    return false;
  // «أحدهم», «إحداهن»: one of them, not a name
  if (/^(?:أحد|إحدى|احد|احدى|إحدا)(?:هم|هن|هما|ها)$/u.test(ws[0] as string)) return false;
  // «الهادي الجلاصي»: a given name may begin with the article
  if (hasArticle(ws[0] as string) && !(ws.length > 1 && isArticleName(ws[0] as string))) return false;
  return ws.every((w, i) => {
    const f = foldWord(w);
    return (
      /^[\p{L}\p{M}]+$/u.test(w) &&
      (isAli(w) || !FUNCTION_WORDS.has(f)) &&
      // «محمد أمين الزياني», «فراس عبد الكريم الشيخ»: after a given name, a bare title word («أمين») is a
      // name, and so is a last one with the article (a family name)
      (!PERSON_TITLES.has(titleHead(w)) || (i > 0 && (!hasArticle(w) || i === ws.length - 1))) &&
      !ORG_TITLES.has(f)
    );
  });
}

/** «سمير داود رئيس الهيئة»: a name and, without a comma, the title that describes it. Null otherwise. */
export function nameThenTitle(ws: string[]): MentionParse | null {
  const k = ws.findIndex((w, i) => i > 0 && PERSON_TITLES.has(titleHead(w)));
  // «ثلاثة مسؤولين», «عدة مصادر»: a count of the title holders names no one
  if (k === 1 && COUNT_WORD.test(ws[0] as string))
    return { name: null, title: ws.join(" "), kind: "person", pronoun: false };
  const name = ws.slice(0, k);
  // «لمكتب رئيس مجلس الوزراء»: an institution's ل-genitive, not a name
  if (k < 1 || k === ws.length - 1 || !pureName(name.join(" ")) || name.some((w) => lamGenitive(w, "ال")))
    return null;
  return { name: name.join(" "), title: ws.slice(k).join(" "), kind: "person", pronoun: false };
}

/**
 * «مدير الشركة … في حماة المهندس فراس الشيخ», «رئيس الدائرة في مديرية التجارة بحماة محمد العلي»: where the
 * name starts after the title holder's workplace («في …» at i), or -1. A «ب» place word before the name
 * is the workplace's.
 */
export function workplaceName(ws: string[], i: number): number {
  if (ws[i] !== "في") return -1;
  for (let j = i + 2; j <= ws.length - 2; j++) {
    const rest = ws.slice(j);
    if (rest.length > 4 || !pureName(rest.join(" "))) continue;
    if (ws.slice(i + 1, j).some((w) => FUNCTION_WORDS.has(foldWord(w)))) return -1;
    // «في ولاية شمال دارفور»: after a place noun, only a title before the name tells where the place ends
    const titled = hasArticle(ws[j - 1] as string) && PERSON_TITLES.has(titleHead(ws[j - 1] as string));
    if (PLACE_NOUNS.has(foldWord(ws[i + 1] as string)) && !titled) continue;
    return /^ب/u.test(ws[j] as string) && rest.length > 2 ? j + 1 : j;
  }
  return -1;
}
