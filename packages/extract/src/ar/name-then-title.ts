// A name and the title after it without a comma («سمير داود رئيس الهيئة»), and where a name starts after a workplace.
import type { MentionParse } from "../speakers.ts";
import { seatless } from "../text/chars.ts";
import { isLamVerbal } from "./lam-verbal.ts";
import {
  FUNCTION_WORDS,
  foldWord,
  GIVEN_NAME_TITLES,
  hasArticle,
  lamHead,
  ORG_TITLES,
  PEOPLE_NOUNS,
  PERSON_TITLES,
  PLACE_NOUNS,
} from "./lexicon.ts";
import { NAME_JOINERS, titleHead } from "./phrase.ts";
import { isAli, pureName } from "./pure-name.ts";
import { royalNameWords } from "./title-run-on.ts";

/** «ثلاثة», «عشرات», «عدة», «12»: how many, before the counted title holders. */
const COUNT_WORD = seatless(
  /^(?:\p{N}+|(?:ثلاث|أربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر)ة?|عشرات|مئات|آلاف|بضعة|بضع|عدة)$/u,
);

/** «لوزارة», «لمكتب»: an institution's ل-genitive before a definite word, not part of a name. */
export const lamGenitive = (w: string, next: string | undefined): boolean =>
  /^ل[^ل]/u.test(w) &&
  w.length >= 4 &&
  !/(?:ه|ها|هم)$/u.test(w) &&
  (lamHead(w.slice(1)) || isLamVerbal(w)) &&
  next !== undefined &&
  // («لإغاثة وتشغيل اللاجئين»: a second genitive joined by «و», the definite noun after it)
  (hasArticle(next) || (/^و(?!ال)\p{L}{3,}$/u.test(next) && lamHead(next.slice(1))));

/** «سمير داود رئيس الهيئة»: a name and, without a comma, the title that describes it. Null otherwise. */
export function nameThenTitle(ws: string[]): MentionParse | null {
  // («سامي رائد الحسن المدير الفني»: «رائد» between name words is a given name)
  const k = ws.findIndex(
    (w, i) =>
      i > 0 &&
      PERSON_TITLES.has(titleHead(w)) &&
      !GIVEN_NAME_TITLES.has(foldWord(w)) &&
      // («سيدي محمد ولد الشيخ أحمد»: after a joiner it is more of the name)
      !NAME_JOINERS.has(ws[i - 1] as string),
  );
  // «ثلاثة مسؤولين», «عدة مصادر»: a count of the title holders names no one
  if (k === 1 && COUNT_WORD.test(ws[0] as string))
    return { name: null, title: ws.join(" "), kind: "person", pronoun: false };
  const name = ws.slice(0, k);
  // «شبان باحثون عن عمل»: people described by a title after them, not a name
  if (k === 1 && PEOPLE_NOUNS.has(foldWord(ws[0] as string)) && !NAME_JOINERS.has(ws[0] as string))
    return null;
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
  // «في إحدى شركات التكنولوجيا»: the plural after «one of» is the workplace's, never a name
  const oneOf = /^(?:أحد|إحدى|احد|احدى)$/u.test(ws[i + 1] ?? "");
  for (let j = i + (oneOf ? 3 : 2); j <= ws.length - 2; j++) {
    const rest = ws.slice(j);
    // «في جامعة الملك سعود خالد …»: the king's given name is the body's, not the holder's
    if (ws.slice(i + 1, j).some((_, k) => i + 1 + k + royalNameWords(ws, i + 1 + k) > j)) continue;
    // («في وزارة شؤون البلديات»: a bare body head is in construct with what follows, never before a name)
    if (j === i + 2 && !hasArticle(ws[i + 1] as string) && ORG_TITLES.has(foldWord(ws[i + 1] as string)))
      continue;
    // («في الوزارة الدكتور رائد محمود الشبول»: after a definite title, «رائد» is a given name)
    const given = GIVEN_NAME_TITLES.has(foldWord(rest[0] as string)) && hasArticle(ws[j - 1] as string);
    if (rest.length > 4 || !pureName((given ? rest.slice(1) : rest).join(" "))) continue;
    // («في حي الإمام علي الأستاذ X»: the name Ali in the place's name is no preposition)
    if (ws.slice(i + (oneOf ? 2 : 1), j).some((w) => FUNCTION_WORDS.has(foldWord(w)) && !isAli(w))) return -1;
    // «في ولاية شمال دارفور»: after a place noun, only a title before the name tells where the place ends
    // («في قرية العين أحمد حسن»: or a definite word after the place's own name closes it)
    const titled = hasArticle(ws[j - 1] as string) && PERSON_TITLES.has(titleHead(ws[j - 1] as string));
    const closed = j > i + 2 && hasArticle(ws[j - 1] as string);
    // («في الحي هشام …»: a definite place noun has no name of its own)
    const place = ws[i + 1] as string;
    if (PLACE_NOUNS.has(foldWord(place)) && !hasArticle(place) && !titled && !closed) continue;
    return /^ب/u.test(ws[j] as string) && rest.length > 2 ? j + 1 : j;
  }
  return -1;
}
