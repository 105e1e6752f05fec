import type { Token } from "../text/tokens.ts";
import { foldArabicWord } from "./cues.ts";
import {
  ADJUNCT_STARTS,
  BARE_RELATIVE_VERB,
  foldWord,
  ORG_TITLES,
  PLACE_NOUNS,
  RELATIVE_VERB,
  SOURCE_NOUNS,
  STATEMENT_NOUNS,
} from "./lexicon.ts";
import { namedCapitalEnd } from "./named-place.ts";
import {
  bare,
  COMMA,
  definiteWord,
  hasAl,
  isComplementizer,
  nameLike,
  OCCASIONS,
  titleHead,
  verbParticles,
} from "./phrase.ts";
import { royalNameInBody } from "./title-run-on.ts";

/**
 * «الهيئة الإقليمية للأمن الغذائي في الساحل، …», «طبيب في المستشفى العامل في المدينة، …»: the place
 * of an institution or an affiliation, closed by a comma.
 */
export function placeOfInstitutionEnd(
  text: string,
  toks: Token[],
  i: number,
  particles?: Set<string>,
): number {
  if (foldWord(toks[i]?.text ?? "") !== "في") return i;
  // «مكتب التربية في العاصمة عدن، …»
  const capital = namedCapitalEnd(text, toks, i + 1, (t) => verbsOwnParticle(t, particles));
  if (capital) return i + 1 + capital;
  let j = i + 1;
  while (j < i + 3 && toks[j]?.word && hasAl(toks[j] as Token)) j++;
  const place = toks[i + 1] as Token | undefined;
  // «مصلحة الأرصاد الجوية في المديرية العامة للطيران المدني، …»: a larger definite body with its ل-genitive
  if (j > i + 1 && place && ORG_TITLES.has(titleHead(place.text))) j += lamGenitiveWords(toks, j);
  // «وزارة المالية في حكومة إقليم كوردستان، …»: or the larger body it belongs to, with its genitives
  // (not its statement or report: «في تقرير صدر أمس»)
  const head = place?.word ? foldWord(place.text) : "";
  const larger = j === i + 1 && ORG_TITLES.has(head) && !SOURCE_NOUNS.has(head) && !STATEMENT_NOUNS.has(head);
  if (larger)
    while (j < i + 5 && toks[j]?.word && (nameLike(text, toks[j] as Token) || hasAl(toks[j] as Token))) j++;
  // «بعثة الأمم المتحدة للدعم في ليبيا، …»: or a country's or town's own name
  else if (
    j === i + 1 &&
    place &&
    nameLike(text, place) &&
    !PLACE_NOUNS.has(foldWord(place.text)) &&
    !SOURCE_NOUNS.has(foldWord(place.text)) &&
    !OCCASIONS.test(bare(place)) &&
    // «في تقريره», «في بيانها»: the body's own statement, with its pronoun
    !/(?:ه|ها|هم|هما)$/u.test(bare(place))
  )
    j++;
  const closer = toks[j];
  if (
    j > i + 1 &&
    place &&
    !STATEMENT_NOUNS.has(foldWord(place.text)) &&
    !ADJUNCT_STARTS.has(foldWord(place.text)) &&
    (!closer ||
      COMMA.test(closer.text) ||
      isComplementizer(text, closer) ||
      // (one word of place only: «في الجزائر المواطنين من …» has the verb's object before the particle)
      (j === i + 2 && verbsOwnParticle(closer, particles)))
  )
    return j;
  return i;
}

/** «للطيران المدني», «للمياه»: a definite ل-genitive and up to one definite adjective; its words (0 if none). */
function lamGenitiveWords(toks: Token[], j: number): number {
  const t = toks[j];
  if (!t?.word || !/^لل\p{L}{2,}$/u.test(bare(t))) return 0;
  return definiteWord(toks[j + 1]) ? 2 : 1;
}

/** «وحذرت المؤسسة العامة للمياه في صنعاء من …», «… في تعز بـ…»: the verb's own particle closes the place too. */
function verbsOwnParticle(t: Token, particles: Set<string> | undefined): boolean {
  if (!particles || !t.word) return false;
  return particles.has(foldArabicWord(t.text)) || (particles.has("ب") && /^ب\p{L}{2,}/u.test(bare(t)));
}

/** «وكالة رويترز», «منظمة أطباء الأمل الإنسانية»: an indefinite body head's own name. */
export function institutionNameEnd(text: string, toks: Token[], from: number, start: number): number {
  // not the verb's object («وأصدرت الوزارة بيانا …», «دولة قطر بتوقيع …») nor a relative clause
  // («دراسة حديثة أجراها باحثون …»)
  const own = (t: Token): boolean =>
    nameLike(text, t) &&
    !STATEMENT_NOUNS.has(foldWord(t.text).replace(/ا$/u, "")) &&
    !/^ب(?:ت|ا|إ|أ)/u.test(bare(t)) &&
    // «ويرحب الاتحاد بكل مبادرة»: after a verb that takes ب, a ب-word opens its object
    !(/^ب/u.test(bare(t)) && verbParticles(text, from)?.has("ب")) &&
    !RELATIVE_VERB.test(foldArabicWord(t.text)) &&
    !BARE_RELATIVE_VERB.test(foldArabicWord(t.text));
  let i = ownNameEnd(toks, start, own);
  // «منظمة هيومن رايتس ووتش إن …»: a third bare word when the complementizer or a comma follows it
  const after = toks[i + 1];
  if (i === 3 && toks[i]?.word && own(toks[i] as Token) && (!after?.word || isComplementizer(text, after)))
    i++;

  // «منظمة أطباء الأمل الإنسانية»: the name may go on with definite words («جامعة الملك سعود»: a king's name)
  if (i === 1) i += royalNameInBody(text, toks, i);
  while (i > 1 && i < 5 && definiteWord(toks[i])) i++;
  return i;
}

/**
 * An institution's own name of up to two words after its head («وكالة رويترز», «منظمة أطباء بلا»), and
 * the noun a «بلا» inside it takes: «منظمة أطباء بلا حدود».
 */
function ownNameEnd(toks: Token[], from: number, own: (t: Token) => boolean): number {
  let i = from;
  while (i < 3 && i < toks.length && own(toks[i] as Token)) i++;
  const last = toks[i - 1];
  if (i > from && last && bare(last) === "بلا" && toks[i]?.word) i++;
  return i;
}
