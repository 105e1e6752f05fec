// Groups of people as speakers: «وقال أحدهم إن …» (one of the group just counted or quoted), «وتجمع
// المحتجون …، وقالوا إن …» (the group a plural verb goes with).

import { seatless, withoutHarakat } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import {
  ADJUNCT_STARTS,
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  isDefiniteWord,
  PEOPLE_NOUNS,
  PERSON_TITLES,
  PLACE_NOUNS,
} from "./lexicon.ts";
import { isMonthWord } from "./month-word.ts";
import { placeNumberAt } from "./numbered-place.ts";
import { isComplementizer, VERB_PARTICLE } from "./phrase.ts";
import type { SpanPair } from "./subject.ts";
import { placeAfter } from "./workplace.ts";

/** «أحدهم», «إحداهن» (the «ى» of «إحدى» written «ا» before the pronoun): one of those just named. */
const ONE_OF_THEM = seatless(/^(أحد|إحد[ىا])(?:هم|هن)$/u);
/** «عدد من», «آلاف من»: some of a group. */
const SOME_OF = seatless(/(?:^|[\s\u00A0])(?:عدد|عشرات|مئات|آلاف|مجموعة)[\s\u00A0]+من[\s\u00A0]+([^،,.:]+)/u);
/** Broken plurals of people who speak as a group: «شهود», «سكان», «أطباء». Folded. */
const PEOPLE_PLURALS = new Set(
  "شهود سكان اهالي نساء رجال نشطاء طلاب طلبه عمال تجار اطباء جنود ركاب مسعفون مصادر مسؤولون زعماء قاده نواب سفراء خبراء محللون شبان لاجئون نازحون"
    .split(" ")
    .map(foldWord),
);
/** «مواطنون», «المحتجين»: a sound masculine plural (or an oblique dual) of people. */
const SOUND_PLURAL = /^(?:ال)?\p{L}{3,}(?:ون|ين)$/u;
/**
 * «القوانين», «الملايين», «الميادين»: broken plurals of things whose own «ين» ends the pattern, and the tens
 * («عشرين», «الثلاثين»), which look like a sound plural but count or name no people. Folded, without «ال».
 */
const NOT_PEOPLE_IN_YN = new Set(
  "قوانين ملايين ميادين براكين دكاكين عناوين مضامين موازين شرايين بساتين دواوين سنين تمارين براهين قرابين ثعابين"
    .split(" ")
    .map(foldWord),
);
const TENS = /^(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ين|ون)$/u;

/** «المحتجون», «سكان», «الأهالي»: the head of a group of people who may speak together. */
// («تشرين», «كانون»: months in the shape of a sound plural, told as the time right after a verb)
export const isPeopleGroup = (head: string): boolean => {
  const word = foldWord(head.replace(/^ال/u, ""));
  if (PEOPLE_PLURALS.has(word)) return true;
  return SOUND_PLURAL.test(head) && !NOT_PEOPLE_IN_YN.has(word) && !TENS.test(word) && !isMonthWord(head);
};

/** The words of a group up to its first function word or adjunct (at most six). */
function groupWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (!w || out.length === 6 || FUNCTION_WORDS.has(foldWord(w)) || ADJUNCT_STARTS.has(foldWord(w))) break;
    out.push(w);
  }
  return out;
}

/**
 * «نفذ عدد من متساكني الحي، صباح اليوم، وقفة …، وقال أحدهم إن …»: «أحدهم» is one of the group the sentence
 * counted before it («أحد متساكني الحي»); else one of the group quoted just before («قال شهود عيان إن …
 * وقال أحدهم …» → «أحد شهود عيان»; a genitive takes the oblique «ين»). Null when there is no group.
 */
export function oneOfGroup(
  text: string,
  s: Sentence,
  subject: SpanPair,
  quotedBefore: SpanPair | null,
): string | null {
  const one = ONE_OF_THEM.exec(withoutHarakat(text.slice(subject.start, subject.end)));
  if (!one?.[1]) return null;
  const which = one[1].replace(/ا$/u, "ى");
  const counted = SOME_OF.exec(text.slice(s.start, subject.start))?.[1];
  if (counted) {
    const words = groupWords(counted.split(/[\s\u00A0]+/u));
    return words.length ? `${which} ${words.join(" ")}` : null;
  }
  const words = quotedBefore
    ? groupWords(text.slice(quotedBefore.start, quotedBefore.end).split(/[\s\u00A0،,]+/u))
    : [];
  const head = words[0] ?? "";
  if (!isPeopleGroup(head)) return groupInSentenceBefore(text, s, which);
  return `${which} ${words.map((w) => w.replace(/(?<=\p{L}{3})ون$/u, "ين")).join(" ")}`;
}

/** «أصحاب», «سكان», «أهالي» (broken plurals of people) before their definite genitive. */
const OWNERS = seatless(/^(?:أصحاب|سكان|أهالي|عمال|تجار|مالكو|مالكي)$/u);

/**
 * «يرفض أصحاب الكسارات تحميلهم المسؤولية. أحدهم، …، يقول إن …»: one of the group (a plural of people and its
 * definite genitive) the sentence just before, in the same paragraph, told of («أحد أصحاب الكسارات»).
 */
function groupInSentenceBefore(text: string, s: Sentence, which: string): string | null {
  const before = text.slice(Math.max(0, s.start - 240), s.start);
  const stop = Math.max(before.lastIndexOf("\n"), before.slice(0, -2).search(/[.!؟][^.!؟]*$/u));
  if (/\n[\s\u00A0]*$/u.test(before)) return null;
  const ws = before
    .slice(stop + 1)
    .split(/[\s\u00A0،,.]+/u)
    .filter(Boolean);
  const at = ws.findIndex((w, k) => OWNERS.test(withoutHarakat(w)) && isDefiniteWord(ws[k + 1] ?? ""));
  return at >= 0 ? `${which} ${ws[at]} ${ws[at + 1]}` : null;
}

/** «في محافظة دهوك», «بولاية سطيف»: a place noun and the one-word name after it. */
const FROM_PLACE = /^[\s\u00A0]+(?:في[\s\u00A0]+|ب)(\p{L}+)[\s\u00A0]+\p{L}{2,}/u;

/** «عشرات», «مئات», «آلاف»: how many of a group («عشرات العمال»). */
const HOW_MANY = seatless(/^(?:عشرات|مئات|آلاف|ألوف)$/u);

/**
 * «وتجمع المحتجون أمام المسجد، وقالوا إن …», «واعتصم عشرات العمال …»: the group of people right after the
 * verb that opens the sentence (a count, the plural and one definite word after it), which the subject
 * reader leaves (a plain plural names no one on its own). Null when the word there is no group of people.
 */
export function peopleAfterVerb(text: string, from: number, to: number): SpanPair | null {
  const toks = tokensForward(text, from, to, 3);
  let k = toks[0]?.word && HOW_MANY.test(toks[0].text) ? 1 : 0;
  const group = toks[k];
  if (!group?.word || !isPeopleGroup(group.text)) return null;
  // (a bare plural takes its definite genitive: «سكان الحي»)
  if (!hasArticle(group.text) && toks[k + 1]?.word && hasArticle((toks[k + 1] as Token).text)) k++;
  const end = (toks[k] as Token).end;
  // «يعاني آلاف المزارعين في محافظة دهوك من …»: the province or town they are of belongs to the group
  const of = FROM_PLACE.exec(text.slice(end, to));
  const place = of?.[1] && PLACE_NOUNS.has(foldWord(of[1])) ? end + of[0].length : end;
  return { start: (toks[0] as Token).start, end: place };
}

/** «البحري», «الصحية», «المتحدة»: a definite adjective going with the genitive before it. */
// («سكان الحي القديم», «أهالي المدينة الجديدة»: also the old, new, big and small of a place)
const GENITIVE_ADJECTIVE = /^ال(?:\p{L}{2,}(?:ي|ية|يين|يون)|م\p{L}{2,}ة|(?:قديم|جديد|كبير|صغير|مجاور)ة?)$/u;
/** «حقوقيون», «مشاركون», «محلية»: an indefinite adjective of a plural of people. */
const GROUP_ADJECTIVE = /^\p{L}{3,}(?:يون|يين|ية|ون|ين)$/u;
/** «أولياء أمور», «رجال أعمال», «ربات بيوت»: a group named by two words. Folded, head then genitive. */
const TWO_WORD_GROUPS = new Set(
  ["أولياء أمور", "رجال أعمال", "رجال دين", "ربات بيوت", "شهود عيان"].map((g) =>
    g.split(" ").map(foldWord).join(" "),
  ),
);

/**
 * «مهنيو القطاع», «موظفو البلدية», «منتجو الحليب»: a sound masculine plural in construct (its «ـون» dropped to
 * «ـو»: a nisba in «ي» or a participle in «م»).
 */
// (not «ماريو», «مارسيلو»: no participle has «ا» right after its «م»; nor the months «يونيو», «مايو»)
const CONSTRUCT_PLURAL = /^(?:\p{L}{2,}ي|م(?!ا)\p{L}{2,})و$/u;
const inConstruct = (head: string): boolean =>
  /و$/u.test(head) &&
  !isMonthWord(head) &&
  (CONSTRUCT_PLURAL.test(head) || PERSON_TITLES.has(foldWord(head.slice(0, -1))));

/**
 * «ويصف خبراء النقل المشروع بأنه …», «وطالب نشطاء حقوقيون بالإفراج …», «واشتكى أولياء أمور الطلاب من …»: a
 * plural of people with its definite genitive (and that genitive's adjectives) or its own adjectives is the
 * whole group when the verb's object follows (a definite word, a «بـ» phrase or the verb's particle). A plural
 * in construct («مهنيو القطاع», «موظفو البلدية بمدينة سطات») with its definite genitive is a group whatever
 * follows the genitive (an adjective, a town, the object).
 * Returns the group's token count, or null.
 */
export function peopleConstructEnd(text: string, toks: Token[], knownNames: Set<string>): number | null {
  const word = (k: number) => (toks[k]?.word ? withoutHarakat((toks[k] as Token).text) : "");
  const head = word(0);
  if (!head || hasArticle(head)) return null;
  const construct = inConstruct(head) && !surnameOfKnownName(text, head, knownNames);
  // (a plural already met in a speaker's words, «ركاب الطائرة الأولى», is read again as those words — but a
  // noun of people, «سكان»; a plural in construct only yields to the surname of a name, «مورينيو»)
  const f0 = foldWord((toks[0] as Token).text);
  if (!construct && knownNames.has(f0) && !PEOPLE_NOUNS.has(f0)) return null;
  const twoWords = TWO_WORD_GROUPS.has(`${foldWord(head)} ${foldWord(word(1))}`);
  if (!construct && !twoWords && !isPeopleGroup(head)) return null;
  let end = twoWords ? 2 : 1;
  // («سكان أحياء الأطراف», «مهنيو قطاع النقل»: a genitive chain of an indefinite noun, then a definite one; a
  // noun in «ية» before a definite word is such a genitive, not an adjective: «خبراء حماية البيئة»; a plural
  // in construct has no adjective before its genitive)
  const adjective =
    !construct && GROUP_ADJECTIVE.test(word(1)) && !(word(1).endsWith("ية") && hasArticle(word(2)));
  const chained =
    !twoWords &&
    word(1) &&
    !hasArticle(word(1)) &&
    !adjective &&
    (!construct || /^\p{L}{3,}$/u.test(word(1)));
  if (chained && hasArticle(word(2)) && !FUNCTION_WORDS.has(foldWord(word(1)))) end = 2;
  const genitive = isDefiniteWord(word(end));
  if (genitive) {
    end++;
    while (GENITIVE_ADJECTIVE.test(word(end))) end++;
    if (construct) return end + workplaceAfter(text, toks, end);
    end += placeNumberAt(toks, end);
  } else if (construct) return null;
  else while (GROUP_ADJECTIVE.test(word(end)) && !FUNCTION_WORDS.has(foldWord(word(end)))) end++;
  const next = word(end);
  // (after an adjective the particle may be its own: «شبان باحثون عن عمل»)
  const objectNext =
    hasArticle(next) || /^ب\p{L}{2,}/u.test(next) || ((genitive || twoWords) && VERB_PARTICLE.test(next));
  return end > 1 && objectNext ? end : null;
}

/** «موظفو البلدية بمدينة سطات», «مهنيو الصيد بالميناء إن»: where a group in construct works (tokens, 0 if none). */
function workplaceAfter(text: string, toks: Token[], end: number): number {
  const place = placeAfter(text, toks, end);
  if (place) return place;
  const [t, next] = [toks[end], toks[end + 1]];
  return t?.word && /^بال\p{L}{3,}$/u.test(withoutHarakat(t.text)) && next && isComplementizer(text, next)
    ? 1
    : 0;
}

/** «مورينيو» after «جوزيه مورينيو»: the word is the last of a name the article gave, after a word of it. */
function surnameOfKnownName(text: string, head: string, knownNames: Set<string>): boolean {
  if (!knownNames.has(foldWord(head))) return false;
  const before = new RegExp(`(\\p{L}+)[\\s\\u00A0]+${head}(?![\\p{L}\\p{M}])`, "gu");
  for (const m of text.matchAll(before)) if (knownNames.has(foldWord(m[1] as string))) return true;
  return false;
}

/** «صاحب الكسارة», «صاحبة المحل»: the owner of one thing, definite. */
const OWNER_OF = seatless(/^(صاحب|صاحبة)[\s\u00A0]+ال(\p{L}{2,}?)(?:ة)?$/u);

/**
 * «أحدهم، …، يقول إن …» (one of «أصحاب الكسارات») and then «ويؤكد صاحب الكسارة أن …»: the owner told of in the
 * singular is that one of the owners («أحد أصحاب الكسارات»), when «أحدهم» stood for them before. Null otherwise.
 */
export function ownerOfOneBefore(text: string, s: Sentence, subject: SpanPair): string | null {
  const m = OWNER_OF.exec(withoutHarakat(text.slice(subject.start, subject.end)));
  if (!m?.[2]) return null;
  const before = text.slice(Math.max(0, s.start - 700), s.start);
  const group = new RegExp(`(?:أصحاب|اصحاب)[\\s\\u00A0]+ال${m[2]}(?:ات|ة)?(?![\\p{L}\\p{M}])`, "gu");
  let last: RegExpExecArray | null = null;
  for (let g = group.exec(before); g; g = group.exec(before)) last = g;
  if (!last) return null;
  const one = ONE_OF_THEM_IN.exec(before.slice(last.index));
  return one?.[1] ? `${one[1].replace(/ا$/u, "ى")} ${last[0]}` : null;
}
/** «أحدهم» within running text. */
const ONE_OF_THEM_IN = seatless(/(?<![\p{L}\p{M}])(أحد|إحد[ىا])(?:هم|هن)(?![\p{L}\p{M}])/u);
