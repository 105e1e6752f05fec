// «وقال لمصراوي إن …», «وقال مدير المستشفى X لمصراوي إن …»: an outlet joined to «لـ» right before the clause
// is whom the words were told, not the speaker nor more of the speaker's name.
import { type Token, tokensForward } from "../text/tokens.ts";
import { isBareCountry } from "./bare-genitive.ts";
import { foldWord, lamHead, PEOPLE_NOUNS, SOURCE_NOUNS } from "./lexicon.ts";
import { bare, hasAl, isComplementizer, isTitleWord, titleHead } from "./phrase.ts";

interface Span {
  start: number;
  end: number;
}

/** Given names that open with «لـ» («ليلى», «لطفي», «لحسن»): a speaker, not a hearer. Bare. */
const LAM_GIVEN_NAMES =
  /^ل(?:يلى|يلي|ينا|مياء|طيفة|بنى|مى|ميس|جين|ارا|طفي|بيب|قمان|ؤي|يث|حسن|حبيب|عربي|مهدي|بابة|ونيس)$/u;

/** «للجريدة», «للصحيفة», «للموقع»: the outlet itself, told. */
const OUTLET_TOLD = /^لل(?:جريدة|صحيفة|موقع|مجلة|قناة|إذاعة)$/u;

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
  // «"…"، يقول أحمد بنعلي للجريدة.»: the paper itself told, before the clause, a comma or the sentence's end
  const paper = !!told?.word && OUTLET_TOLD.test(bare(told)) && (!next?.word || isComplementizer(text, next));
  if (!told || (!paper && (!next || !isComplementizer(text, next) || !lamHearer(told, knownNames))))
    return span;
  const before = toks[last - 1];
  if (!before?.word) return null;
  // (after a bare word it may be a foreign name's: «ماري لوران», «فيليب لازاريني»)
  return paper || hasAl(before) || isTitleWord(titleHead(before.text))
    ? { start: span.start, end: before.end }
    : span;
}

/** «لنا», «لي», «له», «لهم»: «لـ» and a pronoun, the one told. */
const TOLD_PRONOUN = /^ل(?:نا|ي|ه|ها|هم|هما|هن|كم)$/u;
const OPEN_MARK = /^["«“]$/u;
const CLOSE_MARK = /^["»”]$/u;

/**
 * The tokens of a hearer at `toks[0]` told before the verb's subject: «لنا», «للنصر», «لـ"الديار"» (0 if none).
 * «للنصر» and the quoted outlet only before a title, a source or a noun of people, which opens the subject.
 */
export function toldBeforeSubject(toks: Token[], knownNames: Set<string>): number {
  const told = toks[0];
  if (!told?.word) return 0;
  const b = bare(told);
  // («وأضاف لي في مؤتمر صحفي …»: the surname Li, met before)
  if (TOLD_PRONOUN.test(b)) return knownNames.has(foldWord(told.text)) ? 0 : 1;
  let n = 0;
  if (/^لل\p{L}{2,}$/u.test(b)) n = 1;
  else if (/^ل\u0640?$/u.test(b) && OPEN_MARK.test(toks[1]?.text ?? "")) {
    const close = toks.findIndex((t, k) => k > 2 && k <= 5 && CLOSE_MARK.test(t.text));
    if (close > 0 && toks.slice(2, close).every((t) => t.word)) n = close + 1;
  }
  const next = toks[n];
  if (!n || !next?.word) return 0;
  const f = foldWord(next.text);
  return isTitleWord(titleHead(next.text)) || SOURCE_NOUNS.has(f) || PEOPLE_NOUNS.has(f) ? n : 0;
}

/**
 * «وصرح لنا مدير المستشفى بأن …», «وأكد للنصر مدير المؤسسة …»، «وأكد لـ"الديار" مصدر وزاري أن …»: where the
 * subject starts after the hearer told between the verb and its subject (null when none, or no subject follows).
 */
export function afterToldHearer(
  text: string,
  from: number,
  limit: number,
  knownNames: Set<string>,
): number | null {
  const toks = tokensForward(text, from, limit, 8);
  const n = toldBeforeSubject(toks, knownNames);
  const next = toks[n];
  if (!n || !next?.word || isComplementizer(text, next)) return null;
  return (toks[n - 1] as Token).end;
}
