// «وطالبت الحمادي الهيئة بـ…»: after a verb of appeal, who is appealed to is its object, not part of its subject.
// (A sound plural in ـين right after any verb, «ودعا المواطنين إلى», is its object too: `OBLIQUE` in speaker.ts.)
import { type Token, tokensForward } from "../text/tokens.ts";
import { namedBeforeAppealedPlural } from "./appealed-plural.ts";
import { foldArabicWord } from "./cues.ts";
import { foldWord, ORG_TITLES, PERSON_TITLES } from "./lexicon.ts";
import { bare, hasAl, isComplementizer, NAME_JOINERS, titleHead } from "./phrase.ts";

/** Verbs of appeal whose object comes before the particle: دعا X إلى, طالب X بـ, حث X على, ناشد X. */
export const APPEALS = new Set(["دعا", "طالب", "حث", "ناشد"].map(foldArabicWord));

/**
 * «وطالبت الحمادي الهيئة بـ…», «وطالب الحمداني رئيس الوزراء بـ…»: after a verb of appeal, the words read
 * as subject past a name already met (the surname of a speaker; not a title or a body's noun, which a
 * speaker's title may have made known) are the one appealed to, its object.
 */
export function beforeAppealed(
  text: string,
  subject: { start: number; end: number },
  lemma: string | null | undefined,
  knownNames: Set<string>,
): { start: number; end: number } {
  if (!lemma || !APPEALS.has(lemma)) return subject;
  const toks = tokensForward(text, subject.start, subject.end, 12);
  if (bodyAfterMasculineTitle(toks)) return { start: subject.start, end: (toks[0] as Token).end };
  if (bodyAfterDefinite(toks) || namedBeforeAppealedPlural(toks))
    return { start: subject.start, end: (toks[toks.length - 2] as Token).end };
  let k = 0;
  // («وطالب ولد الشيخ أحمد بـ…»: after a joiner a title word is more of the name)
  const named = (t: Token, k: number): boolean =>
    t.word &&
    knownNames.has(foldWord(t.text)) &&
    ((!PERSON_TITLES.has(titleHead(t.text)) && !ORG_TITLES.has(foldWord(t.text))) ||
      (k > 0 && NAME_JOINERS.has(bare(toks[k - 1] as Token))));
  while (k < toks.length && named(toks[k] as Token, k)) k++;
  if (k === 0 || k >= toks.length || !(toks[k] as Token).word) return subject;
  return { start: subject.start, end: (toks[k - 1] as Token).end };
}

/**
 * «وطالب الوزير الحكومة بـ…», «ودعا المدير الإدارات إلى …»: a definite feminine noun after a bare masculine
 * title is no adjective of it (that would agree), so it is the one appealed to.
 */
function bodyAfterMasculineTitle(toks: Token[]): boolean {
  const [title, next] = toks;
  if (toks.length !== 2 || !title?.word || !next?.word || !hasAl(title) || !hasAl(next)) return false;
  const t = bare(title);
  const n = bare(next);
  return (
    !/(?:ة|ات)$/u.test(t) &&
    PERSON_TITLES.has(titleHead(title.text)) &&
    /(?:ة|ات)$/u.test(n) &&
    !MEN_IN_TA.test(n)
  );
}

/** «الحكومة», «السلطات», «الوزارة»: bodies appealed to (a nisba, «البلدية», may be an adjective instead). */
const APPEALED_BODY = /^ال\p{L}{2,}(?:ة|ات)$/u;
const NISBA = /(?:ي|ية|يين|يون|يات)$/u;

/**
 * «وطالبت النقابة الحكومة بـ…», «وطالب المجلس البلدي الوزارة بـ…»: after a definite subject or a name, a last
 * definite body noun that is no nisba («اللجنة البلدية», «الهيئة العامة» stay) is the one appealed to.
 */
export function bodyAfterDefinite(toks: Token[]): boolean {
  const last = toks[toks.length - 1];
  const before = toks[toks.length - 2];
  if (!last?.word || !before?.word || toks.some((t) => !t.word)) return false;
  // («وطالب النائب سامي حداد الحكومة بـ…»: after a name of two words; not «لجنة الحكومة», a construct)
  if (!hasAl(before) && (toks.length < 3 || [before, toks[toks.length - 3] as Token].some(titleOrBody)))
    return false;
  const b = bare(last);
  return APPEALED_BODY.test(b) && !NISBA.test(b) && ORG_TITLES.has(foldWord(b));
}

const titleOrBody = (t: Token): boolean =>
  PERSON_TITLES.has(titleHead(t.text)) || ORG_TITLES.has(foldWord(t.text)) || hasAl(t);

/** «في», «خلال», «أمس»: the occasion or time after a subject, which an object is not followed by first. */
const OCCASION_NEXT = /^(?:في|خلال|أثناء|عبر|لدى|أمس|اليوم|عقب|صباح|مساء|ظهر)$/u;

/**
 * «القادة», «القضاة», «الطلبة»: plurals of men in «ة», subjects of a masculine verb; so are the titles of a
 * man in «ة» («النوخذة», a Gulf boat's master; «العلامة», a scholar).
 */
const MEN_IN_TA = /^ال(?:قادة|قضاة|دعاة|ولاة|طلبة|[أا]ساتذة|ساسة|رعاة|كهنة|سعاة|غزاة|نوخذة|علامة)$/u;

/**
 * «ودعا الحكومة إلى …», «وطالب المؤسسات الدولية بـ…», «وحث منظمة الصحة على …»: a masculine verb's subject
 * would not be a feminine noun (the article's «ـة», «ـات», or a body's head in construct), so that noun is
 * the verb's object and the subject is the one before. `verb` is the cue's word.
 */
export function feminineAfterMasculine(
  text: string,
  verb: string,
  subject: { start: number },
  knownNames: Set<string>,
): boolean {
  // («أرجعته»: the feminine «ت» before an object pronoun)
  const stem = withoutObjectPronoun(verb.replace(/^[وف](?=\p{L}{3})/u, ""));
  if (/ت$|^ت/u.test(stem)) return false;
  const [first, next] = tokensForward(text, subject.start, text.length, 2);
  // («وأضاف العواملة أن …»: a family name in «ـة», met before or before the complementizer, is the subject;
  // so is one before a comma, a colon or the occasion: «وقال المعايطة خلال مؤتمر صحفي …», «وأضاف الطراونة،
  // في تصريح، …», «وطالب الخصاونة في كلمته بـ…»)
  if (!first?.word || knownNames.has(foldWord(first.text)) || (next && isComplementizer(text, next)))
    return false;
  if (next && (!next.word || OCCASION_NEXT.test(bare(next)))) return false;
  const w = bare(first);
  if (hasAl(first)) return /(?:ة|ات)$/u.test(w) && !MEN_IN_TA.test(w);
  return /ة$/u.test(w) && ORG_TITLES.has(foldWord(w));
}

const OBJECT_PRONOUN_END = /(?<=\p{L}{3})(?:ه|ها|هم|هما)$/u;
/**
 * The verb without its object pronoun after three letters («أرجعته» → «أرجعت»): the replace, run only when the
 * word ends in «ه», «ا» or «م» (the regex, unanchored at its start, tries every position of the word).
 */
export function withoutObjectPronoun(verb: string): string {
  const last = verb.charCodeAt(verb.length - 1);
  return last === 0x647 || last === 0x627 || last === 0x645 ? verb.replace(OBJECT_PRONOUN_END, "") : verb;
}
