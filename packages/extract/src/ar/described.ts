import type { Token } from "../text/tokens.ts";
import { seeksBareNoun } from "./affiliation.ts";
import { ANOTHER } from "./construct-body.ts";
import {
  FUNCTION_WORDS,
  foldWord,
  PEOPLE_NOUNS,
  PERSON_TITLES,
  PLACE_NOUNS,
  STATEMENT_NOUNS,
} from "./lexicon.ts";
import {
  agrees,
  bare,
  definiteWord,
  hasAl,
  isComplementizer,
  OCCASIONS,
  ONE_OF,
  TIME_NOUNS,
  titleHead,
} from "./phrase.ts";

/**
 * «وقالت سيدة تقطن بأحد الأزقة المتفرعة عن الشارع، …، إن», «طالبت فعاليات من المجتمع المدني بالمدينة …»,
 * «اشتكت مراجعات في أحد المراكز بمنطقة الوكرة من …»: an unnamed speaker, an indefinite noun of people, is
 * named by the description after it: where they are or come from (في/من + a definite noun, بـ + a place),
 * or a relative clause opened by an imperfect verb of its gender that runs to a comma or the
 * complementizer. Returns the tokens the noun and its description span (1 when there is none).
 */
export function describedPeopleEnd(text: string, toks: Token[], particles: Set<string> | undefined): number {
  const noun = toks[0] as Token;
  if (!peopleNoun(noun)) return 1;
  const relative = relativeClauseEnd(text, toks, noun);
  if (relative) return relative;
  // «شبان باحثون عن عمل»: the seekers they are, and what they seek
  let i =
    seeksBareNoun(toks[1]?.text ?? "", toks[2]?.text ?? "", toks[3]?.text ?? "") && toks[3]?.word
      ? 4
      : PARENTS.test(`${bare(noun)} ${toks[1]?.word ? bare(toks[1]) : ""}`)
        ? 2
        : 1;
  for (let phrase = 0; phrase < 3; phrase++) {
    const next = placePhraseEnd(toks, i, particles);
    if (!next) break;
    i = next;
  }
  return i;
}

/** «أولياء أمور», «أولياء الأمور»: parents, one noun of people in two words. */
const PARENTS = /^أولياء (?:ال)?أمور$/u;
/** Streets, markets and states, where people are (not places a body belongs to, as PLACE_NOUNS are). */
const WHERE = /^(?:شارع|سوق|ساحة|حارة|سلطنة|مملكة|إمارة|دولة|جمهورية)$/u;

/** «سيدة», «رجل», «مرضى», «مراجعات»: a person's title, a noun of people or an indefinite sound plural. */
const peopleNoun = (t: Token): boolean =>
  t.word &&
  !hasAl(t) &&
  (PERSON_TITLES.has(titleHead(t.text)) ||
    PEOPLE_NOUNS.has(foldWord(t.text)) ||
    /\p{L}{3,}(?:ات|ون|ين)$/u.test(bare(t)));
/**
 * «سائق سيارة أجرة صغيرة يشتغل بالمدينة منذ …، إن», «تاجر يعمل في السوق منذ … إن»: an indefinite title, the
 * bare words of its construct, then a relative imperfect verb and the preposition after it; the tokens up to
 * the comma or complementizer (null if none).
 */
export function describedTitleEnd(text: string, toks: Token[]): number | null {
  const noun = toks[0] as Token;
  if (!noun.word || hasAl(noun) || !PERSON_TITLES.has(titleHead(noun.text))) return null;
  let v = 1;
  while (v < 4 && toks[v]?.word && !hasAl(toks[v] as Token) && !verbWithPreposition(toks, v, noun))
    if (FUNCTION_WORDS.has(foldWord((toks[v++] as Token).text))) return null;
  return verbWithPreposition(toks, v, noun) ? relativeClauseEnd(text, toks, noun, v) || null : null;
}
/** An imperfect verb of the noun's gender at `v`, a preposition (or «بـ» word) right after it. */
const verbWithPreposition = (toks: Token[], v: number, noun: Token): boolean => {
  const prefix = /(?:ة|ات)$/u.test(bare(noun)) ? "ت" : "ي";
  const [verb, next] = [toks[v], toks[v + 1]];
  return (
    !!verb?.word &&
    new RegExp(`^${prefix}\\p{L}{3,}$`, "u").test(bare(verb)) &&
    !!next?.word &&
    (/^(?:في|منذ|على|لدى|مع)$/u.test(bare(next)) || /^ب\p{L}{3,}$/u.test(bare(next)))
  );
};

/** «سيدة تقطن بأحد الأزقة …،»: an imperfect verb of the noun's gender, up to the comma or complementizer. */
function relativeClauseEnd(text: string, toks: Token[], noun: Token, from = 1): number {
  const feminine = /(?:ة|ات)$/u.test(bare(noun));
  // «سيدة أخرى تحمل …», «رجل كان يقف …»: «آخر» and a past «كان» may stand before the imperfect
  let v = from;
  if (ANOTHER.test(bare(toks[v] ?? noun))) v++;
  if ((feminine ? /^كانت$/u : /^كان$/u).test(bare(toks[v] ?? noun))) v++;
  const verb = toks[v];
  const prefix = feminine ? "ت" : "ي";
  if (!verb?.word || !new RegExp(`^${prefix}\\p{L}{3,}$`, "u").test(bare(verb))) return 0;
  if (FUNCTION_WORDS.has(foldWord(verb.text))) return 0;
  for (let k = v + 1; k < Math.min(toks.length, 12 + v); k++) {
    const t = toks[k] as Token;
    if (t.text === "،" || t.text === "," || isComplementizer(text, t)) return k;
    if (!t.word) return 0;
  }
  return 0;
}

/**
 * «من المجتمع المدني», «في أحد المراكز», «بالمدينة», «بمنطقة الوكرة» at `i`: where the people are; not the
 * verb's own particle («اشتكت … من طول الانتظار») unless a place follows, nor an occasion («في بيان»).
 * Returns the end of the phrase, or 0.
 */
function placePhraseEnd(toks: Token[], i: number, particles: Set<string> | undefined): number {
  const t = toks[i];
  if (!t?.word) return 0;
  const b = bare(t);
  const attached = /^ب(\p{L}{3,})$/u.exec(b);
  if (attached?.[1] && !FUNCTION_WORDS.has(foldWord(b))) {
    const place = attached[1].replace(/^ال/u, "");
    if (!PLACE_NOUNS.has(foldWord(place))) return 0;
    return definiteRunEnd(toks, i + 1, !/^ال/u.test(attached[1]));
  }
  if (b !== "في" && b !== "من") return 0;
  let k = i + 1;
  if (ONE_OF.test(bare(toks[k] ?? t))) k++;
  const head = toks[k];
  // «في حي النصر», «من مدينة حلب», «في شارع الرشيد», «من سلطنة عمان»: a place in construct with its name
  const placeName = toks[k + 1];
  const placeHead = !!head?.word && (PLACE_NOUNS.has(foldWord(head.text)) || WHERE.test(bare(head)));
  if (head?.word && !hasAl(head) && placeHead && placeName?.word)
    return FUNCTION_WORDS.has(foldWord(placeName.text)) ? 0 : k + 2;
  // «سكان في صفاقس إن …», «مزارعون من سيدي بوزيد، …»: a town's bare name of one or two words, then the clause
  // (not an occasion or a statement: «مسؤول في بيان إن …»)
  const occasion = !!head?.word && (STATEMENT_NOUNS.has(foldWord(head.text)) || OCCASIONS.test(bare(head)));
  if (!particles?.has(foldWord(b)) && !occasion) {
    let j = k;
    while (
      j < k + 2 &&
      toks[j]?.word &&
      !hasAl(toks[j] as Token) &&
      !FUNCTION_WORDS.has(foldWord(toks[j]?.text ?? ""))
    )
      j++;
    const closer = toks[j];
    if (j > k && closer && (/^[،,]$/u.test(closer.text) || /^ب?[أإا]ن(?:ه|ها|هم)?$/u.test(bare(closer))))
      return j;
  }
  if (!head || !definiteWord(head)) return 0;
  const h = bare(head).replace(/^ال/u, "");
  if (STATEMENT_NOUNS.has(foldWord(h)) || OCCASIONS.test(h) || TIME_NOUNS.test(h)) return 0;
  if (particles?.has(foldWord(b)) && !PLACE_NOUNS.has(foldWord(h))) return 0;
  return definiteRunEnd(toks, k + 1, false);
}

/**
 * Past the definite words after `k`: the genitive a construct needs (`needsOne`: «بمنطقة الوكرة»), then
 * adjectives that agree with the word before them («من المجتمع المدني»; not the object «بالمدينة الوالي»).
 */
function definiteRunEnd(toks: Token[], k: number, needsOne: boolean): number {
  let j = k;
  if (needsOne) {
    if (!definiteWord(toks[j])) return 0;
    j++;
  }
  while (j < k + 3 && definiteWord(toks[j]) && agrees(toks[j - 1] as Token, toks[j] as Token)) j++;
  return j;
}
