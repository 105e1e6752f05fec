/** A bare subject of up to five words: «قال مسؤول أمني، …», «وطالب سامي حداد بإطلاق …», «وقال أحمد سالم في المؤتمر إن …». */
import type { Token } from "../text/tokens.ts";
import { opensBaObject } from "./ba-object.ts";
import { foldArabicWord } from "./cues.ts";
import { familyNameWithArticle } from "./family-name.ts";
import { ADJUNCT_STARTS, foldWord, PEOPLE_NOUNS, PERSON_TITLES, TITLE_ADJECTIVES } from "./lexicon.ts";
import { placeNumberAt } from "./numbered-place.ts";
import { onAdjunct } from "./on-adjunct.ts";
import {
  bare,
  hasAl,
  isComplementizer,
  isTitleWord,
  NAME_JOINERS,
  nameLike,
  titleHead,
  verbParticles,
} from "./phrase.ts";
import { townBeforeDay, withoutTimeWords } from "./time-after-name.ts";

/** A noun of people or a title first: a description, not a bare name («طالب يدرس في كلية …», «مزارعون في …»). */
const described = (toks: Token[]): boolean =>
  PEOPLE_NOUNS.has(foldWord((toks[0] as Token).text)) || isTitleWord(titleHead((toks[0] as Token).text));

/** «نصر الله», «حرمة الله», «فتح الله»: «الله» after a bare name word, one word of the name with it. */
const godCompound = (text: string, toks: Token[], k: number): boolean =>
  k > 0 && bare(toks[k] as Token) === "الله" && nameLike(text, toks[k - 1] as Token);

/** «قال مسؤول أمني، …»: up to five name-like or definite words closed by punctuation or a complementizer. */
export function bareWordsEnd(text: string, toks: Token[], from: number): number | null {
  // («وقال محمد لمين حرمة الله في …»: a name's «X الله» counts as one of its words)
  let compounds = 0;
  for (let i = 1; i < Math.min(toks.length, 6); i++) {
    const t = toks[i] as Token;
    if (godCompound(text, toks, i - 1)) compounds++;
    const few = i - compounds >= 2 && i - compounds <= 3;
    // «وطالب سامي حداد بإطلاق …», «ودعا خالد منصور إلى …»: a bare name of two or three words, then the
    // verb's own particle or ب-object
    // (its last word may be a family name with the article: «وطالب محمد العلي بـ…»)
    // «وأشار حسن الخطيب إلى أن …»: the verb's particle, then the clause, closes the subject like a complementizer
    if (few && particleThenClause(text, toks, i, from)) {
      const words = toks.slice(0, i);
      if (words.every((w) => nameLike(text, w) || hasAl(w))) return i;
    }
    if (few && opensVerbObject(text, toks, i, from)) {
      const words = toks.slice(0, i);
      const named = (w: Token, k: number) =>
        w.word &&
        (nameLike(text, w) || godCompound(text, toks, k) || (k === i - 1 && familyNameWithArticle(w)));
      if (!described(toks) && !hasAl(toks[0] as Token) && words.every(named)) return i;
    }
    // «ودعا خالد منصور الحكومة إلى …», «وطالب سامي حداد الوزارة بصرف …»: a bare name of two or three
    // words, then a definite object and the verb's own particle
    // (not a compound's second part: «علي عبد الحسين إلى …», «محمد عبد الله الحكومة إلى …»)
    if (
      few &&
      !NAME_JOINERS.has(bare(toks[i - 1] as Token)) &&
      definiteObjectThenParticle(text, toks, i, from)
    ) {
      const named = (w: Token, k: number) =>
        w.word &&
        !isTitleWord(titleHead(w.text)) &&
        ((nameLike(text, w) && !hasAl(w)) ||
          godCompound(text, toks, k) ||
          (k === i - 1 && familyNameWithArticle(w)));
      if (!described(toks) && toks.slice(0, i).every(named)) return i;
    }
    // («وقال عطاف للسفير إن …»: the official told ends a name; «المدير الفني للفريق» is a title's genitive)
    const told = toldOfficial(t) && toks.slice(0, i).every((w) => !isTitleWord(titleHead(w.text)));
    if (!t.word || isComplementizer(text, t) || told) {
      const words = toks.slice(0, i);
      const named = (w: Token, k: number) =>
        nameLike(text, w) || hasAl(w) || placeNumberAt(toks, k) === 1 || secondAdjective(text, toks, k);
      return words.every(named) ? withoutTimeWords(toks, i) : null;
    }
    // «"…"، هكذا تحدث الشاب عادل البوزيدي خلال الوقفة، وهو …»: a definite noun of people and the name it
    // describes, then an adjunct that runs to the clause or the sentence's stop
    if (i >= 3 && i <= 4 && describedNameBefore(text, toks, i) && adjunctToStop(text, toks, i)) return i;
    // «وقال أحمد سالم في المؤتمر إن …», «… على هامش الندوة إن …»: a bare name of two or three words, then an
    // adjunct that runs to the complementizer
    if (few && adjunctBeforeClause(text, toks, i)) {
      const words = toks.slice(0, i);
      // (not a noun of people and its description: «طالب يدرس في كلية …», «مزارعون في …»)
      // (its last word may be a family name with the article: «وقال سعيد الإدريسي أمس إن …»)
      const named = (w: Token, k: number) =>
        (nameLike(text, w) && !PEOPLE_PLURAL.test(bare(w))) ||
        godCompound(text, toks, k) ||
        (k === i - 1 && (familyNameWithArticle(w) || secondAdjective(text, toks, k)));
      if (!described(toks) && words.every(named)) return i;
      return null;
    }
  }
  return null;
}

/**
 * «أوساط سياسية متابعة»: a second adjective of sources at `k` that also reads as a participle cue
 * («متابعة» of «تابع»), after a first one.
 */
const secondAdjective = (text: string, toks: Token[], k: number): boolean =>
  k > 1 && TITLE_ADJECTIVES.has(foldWord((toks[k] as Token).text)) && nameLike(text, toks[k - 1] as Token);

/** The verb's own particle («إلى», «من») at `i`, right before a complementizer («إلى أن»). */
function particleThenClause(text: string, toks: Token[], i: number, from: number): boolean {
  const t = toks[i] as Token;
  const next = toks[i + 1];
  if (!t.word || !next?.word || !isComplementizer(text, next) || /^ب/u.test(t.text)) return false;
  return !!verbParticles(text, from)?.has(foldArabicWord(t.text));
}

/** The verb's particle with a word after it («إلى إطلاق»), or a ب-word opening its object, at `i`. */
function opensVerbObject(text: string, toks: Token[], i: number, from: number): boolean {
  const t = toks[i] as Token;
  // «بـ"إصلاح شامل"»: the particle standing alone before a quotation
  if (/^بـ$/u.test(t.text) && verbParticles(text, from)?.has("ب")) return true;
  if (!t.word || !toks[i + 1]?.word) return false;
  if (verbParticles(text, from)?.has(foldArabicWord(t.text)) && !/^ب/u.test(t.text)) return true;
  return opensBaObject(text, from, toks, i, i);
}

/**
 * A definite object at `i` (one word, or a noun and its definite adjective), then the verb's own particle
 * («الحكومة إلى», «الوزارة بصرف»).
 */
function definiteObjectThenParticle(text: string, toks: Token[], i: number, from: number): boolean {
  if (!toks[i]?.word || !hasAl(toks[i] as Token)) return false;
  const particles = verbParticles(text, from);
  if (!particles) return false;
  const isParticle = (t: Token | undefined): boolean =>
    !!t?.word &&
    (particles.has(foldArabicWord(t.text)) || (particles.has("ب") && /^ب\p{L}{3,}$/u.test(bare(t))));
  if (isParticle(toks[i + 1])) return true;
  return !!toks[i + 1]?.word && hasAl(toks[i + 1] as Token) && isParticle(toks[i + 2]);
}

/** «مرضى», «مزارعون», «ناجيات»: a plural of people, described by what follows it, not a name. */
const PEOPLE_PLURAL = /^(?:\p{L}{3,}(?:ون|ين|ات)|مرضى|سكان|أهالي|اهالي)$/u;

/** «للسفير», «للوزير»: «لل» and a word of three letters or more. */
const LAM_DEFINITE = /^لل\p{L}{3,}$/u;
/** «للسفير», «للوزير الفرنسي»: the official told, a person's title with «لل», after the speaker's name. */
const toldOfficial = (t: Token): boolean => {
  if (!t.word || !LAM_DEFINITE.test(bare(t))) return false;
  const title = foldWord(bare(t).slice(2));
  // («للفريق»: after a name, the team the words are for rather than a general told)
  return PERSON_TITLES.has(title) && title !== "فريق";
};

/** An adjunct («في المؤتمر», «خلال الندوة», «لوكالة …», «على هامش …») at `i`, then a complementizer within it. */
function adjunctBeforeClause(text: string, toks: Token[], i: number): boolean {
  const t = toks[i] as Token;
  const town = townBeforeDay(toks, i);
  if (!ADJUNCT_STARTS.has(foldWord(t.text)) && !onAdjunct(toks, i) && !toldOfficial(t) && !town) return false;
  for (let k = i + 1; k < Math.min(toks.length, i + 8); k++) {
    const w = toks[k] as Token;
    if (isComplementizer(text, w)) return true;
    // («لـ«لبنان24» إن»: the marks round an outlet's name)
    if (!w.word && !/^["«»“”]$/u.test(w.text)) return false;
  }
  return false;
}

/** «الشاب عادل البوزيدي» before `i`: a definite noun of people, then a bare name (its last word may be definite). */
function describedNameBefore(text: string, toks: Token[], i: number): boolean {
  const noun = toks[0] as Token;
  if (!noun.word || !hasAl(noun) || !PEOPLE_NOUNS.has(foldWord(noun.text))) return false;
  return toks
    .slice(1, i)
    .every((w, k) => w.word && (nameLike(text, w) || (k > 0 && k === i - 2 && familyNameWithArticle(w))));
}

/**
 * An adjunct at `i` («خلال الوقفة») whose few words run to a complementizer, a comma, a colon or a stop; a
 * manner in one word («بحسرة», «بغضب») may stand alone.
 */
function adjunctToStop(text: string, toks: Token[], i: number): boolean {
  const t = toks[i] as Token;
  if (!t.word || !ADJUNCT_STARTS.has(foldWord(t.text))) return false;
  const manner = /^ب/u.test(t.text);
  for (let k = i + 1; k < Math.min(toks.length, i + 6); k++) {
    const w = toks[k] as Token;
    if (isComplementizer(text, w) || /^[،,:.]$/u.test(w.text)) return k > i + 1 || manner;
    if (!w.word) return false;
  }
  return false;
}
