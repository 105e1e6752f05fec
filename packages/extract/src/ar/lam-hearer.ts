// «وقال لمصراوي إن …», «وقال مدير المستشفى X لمصراوي إن …»: an outlet joined to «لـ» right before the clause
// is whom the words were told, not the speaker nor more of the speaker's name.
import { type Token, tokensForward } from "../text/tokens.ts";
import { isBareCountry } from "./bare-genitive.ts";
import { foldWord, lamHead } from "./lexicon.ts";
import { bare, hasAl, isComplementizer, isTitleWord, titleHead } from "./phrase.ts";

interface Span {
  start: number;
  end: number;
}

/** Given names that open with «لـ» («ليلى», «لطفي», «لحسن»): a speaker, not a hearer. Bare. */
const LAM_GIVEN_NAMES =
  /^ل(?:يلى|يلي|ينا|مياء|طيفة|بنى|مى|ميس|جين|ارا|طفي|بيب|قمان|ؤي|يث|حسن|حبيب|عربي|مهدي|بابة|ونيس)$/u;

/** Whether the word is «لـ» and an outlet's or a body's bare name the article does not name as a speaker. */
function lamHearer(t: Token, knownNames: Set<string>): boolean {
  const b = bare(t);
  if (!t.word || !/^ل[^ل]\p{L}{3,}$/u.test(b) || LAM_GIVEN_NAMES.test(b)) return false;
  // («مصدر أمني لبناني», «مسؤولين ليبيين»: a nisba)
  if (/(?:ي|ية|يين|يون|يات)$/u.test(b)) return false;
  const rest = b.slice(1);
  if (knownNames.has(foldWord(b)) || knownNames.has(foldWord(rest))) return false;
  // («المبعوث الأممي لسوريا», «مصرف لبنان», «المجلس الأعلى للثقافة»: a genitive of the title or body)
  return !isBareCountry(b) && !isBareCountry(rest) && !lamHead(rest);
}

/**
 * The subject without a last «لـ» word told right before the complementizer; null when that word was the whole
 * subject (the verb's subject is then implicit). Other subjects come back as they are.
 */
export function withoutLamHearer(
  text: string,
  span: Span,
  limit: number,
  knownNames: Set<string>,
): Span | null {
  const toks = tokensForward(text, span.start, limit, 18);
  const last = toks.findIndex((t) => t.end === span.end);
  const [told, next] = [toks[last], toks[last + 1]];
  if (!told || !next || !isComplementizer(text, next) || !lamHearer(told, knownNames)) return span;
  const before = toks[last - 1];
  if (!before?.word) return null;
  // (after a bare word it may be a foreign name's: «ماري لوران», «فيليب لازاريني»)
  return hasAl(before) || isTitleWord(titleHead(before.text)) ? { start: span.start, end: before.end } : span;
}

/** «لنا», «لي», «له», «لهم»: «لـ» and a pronoun, the one told. */
const TOLD_PRONOUN = /^ل(?:نا|ي|ه|ها|هم|هما|هن|كم)$/u;

/**
 * «وصرح لنا مدير المستشفى بأن …», «وأكد لي رئيس الجمعية أن …»: where the subject starts after a told pronoun
 * between the verb and its subject (null when none, or no subject follows it).
 */
export function afterToldPronoun(
  text: string,
  from: number,
  limit: number,
  knownNames: Set<string>,
): number | null {
  const [told, next] = tokensForward(text, from, limit, 2);
  if (!told?.word || !TOLD_PRONOUN.test(bare(told)) || !next?.word || isComplementizer(text, next))
    return null;
  // («وأضاف لي في مؤتمر صحفي …»: the surname Li, met before)
  if (knownNames.has(foldWord(told.text))) return null;
  return told.end;
}
