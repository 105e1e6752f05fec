// «وطالبت ثمانية أندية من الدوري الممتاز، …», «وقالت ثلاث منظمات حقوقية إن …», «وطالب عشرات السكان البلدية بـ…»:
// a number and the plural it counts, as a verb's subject, named by the whole description.
import { seatless } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { FUNCTION_WORDS, foldWord, ORG_TITLES, PEOPLE_NOUNS, PERSON_TITLES } from "./lexicon.ts";
import { bare, COMMA, hasAl, isComplementizer, titleHead } from "./phrase.ts";

/** «ثلاث», «ثمانية», «عشر»: the numbers three to ten that count an indefinite plural, and «بضعة». */
const UNITS = seatless(
  /^(?:ثلاث|ثلاثة|أربع|أربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|ثمان|تسع|تسعة|عشر|عشرة|بضع|بضعة)$/u,
);
/** «عشرات», «مئات»: tens and hundreds of a definite group in construct («عشرات السكان»). */
const SCORES = seatless(/^(?:عشرات|مئات|آلاف|الآف|ألوف)$/u);
const DIGITS = /^\p{N}{1,3}$/u;
/** «عشرون», «ثلاثين», «مئة»: tens and a hundred, before a singular noun («ثلاثون نائبا», «مئة شخصية»). */
const TENS = seatless(
  /^(?:عشرون|عشرين|ثلاثون|ثلاثين|أربعون|أربعين|خمسون|خمسين|ستون|ستين|سبعون|سبعين|ثمانون|ثمانين|تسعون|تسعين|مئة|مائة)$/u,
);
/** «مستقلين», «معارضة», «مستقلا»: a participle agreeing with the counted noun. */
const PARTICIPLE = /^م\p{L}{3,}(?:ين|ون|ة|ات|ا|اً)$/u;
/** «حقوقية», «ليبية», «محليين»: an indefinite adjective of the counted plural (a nisba). */
const NISBA = /\p{L}{2,}(?:ية|ي|يون|يين|يا|ياً)$/u;
/** «من الدوري الممتاز», «في المدينة»: what the group is of, or where. */
const OF_OR_IN = seatless(/^(?:من|في)$/u);

/** «الحكومة», «البلدية», «الوزير», «المواطنين»: a body, a title or people, the verb's object after a group. */
const objectNoun = (t: Token): boolean =>
  ORG_TITLES.has(foldWord(t.text)) ||
  PERSON_TITLES.has(titleHead(t.text)) ||
  PEOPLE_NOUNS.has(foldWord(t.text));

const plainWord = (t: Token | undefined): t is Token => !!t?.word && !FUNCTION_WORDS.has(foldWord(t.text));

/**
 * The tokens a counted group spans after the verb (0 if none): the number, an indefinite plural and its nisbas
 * («ثلاث منظمات حقوقية»), or «عشرات/مئات» and a definite genitive («عشرات السكان»); then «من/في» and definite
 * words when a comma or a complementizer closes them («ثمانية أندية من الدوري الممتاز،»), since a definite word
 * right after the group is otherwise the verb's object («طالبت ثلاث منظمات حقوقية السلطات بـ…»).
 */
export function numeralGroupEnd(text: string, toks: Token[]): number {
  const t0 = toks[0];
  const noun = toks[1];
  if (!t0?.word && !DIGITS.test(t0?.text ?? "")) return 0;
  const w0 = bare(t0 as Token);
  if (UNITS.test(w0) && noun?.word && bare(noun) === "من") return partOfGroupEnd(text, toks);
  if (!plainWord(noun)) return 0;
  let i: number;
  if (SCORES.test(w0)) {
    if (!hasAl(noun)) return 0;
    i = 2;
    // «مئات الأسر النازحة»: the group's adjectives (not a body or a title, the verb's object: «السكان البلدية»)
    while (i < 4 && plainWord(toks[i]) && hasAl(toks[i] as Token) && !objectNoun(toks[i] as Token)) i++;
  } else if (UNITS.test(w0) || DIGITS.test(w0) || TENS.test(w0)) {
    if (hasAl(noun)) return 0;
    i = 2;
    // («منظمات غير حكومية»: «غير» and its nisba)
    const nisbaAt = (k: number): number =>
      plainWord(toks[k]) &&
      !hasAl(toks[k] as Token) &&
      (NISBA.test(bare(toks[k] as Token)) || PARTICIPLE.test(bare(toks[k] as Token)))
        ? 1
        : bare(toks[k] ?? (t0 as Token)) === "غير" &&
            toks[k + 1]?.word &&
            NISBA.test(bare(toks[k + 1] as Token))
          ? 2
          : 0;
    while (i < 5 && nisbaAt(i)) i += nisbaAt(i);
  } else return 0;
  if (
    OF_OR_IN.test(bare(toks[i] ?? (t0 as Token))) &&
    plainWord(toks[i + 1]) &&
    hasAl(toks[i + 1] as Token)
  ) {
    let j = i + 2;
    while (j < i + 5 && plainWord(toks[j]) && hasAl(toks[j] as Token)) j++;
    const next = toks[j];
    if (!next || COMMA.test(next.text) || isComplementizer(text, next)) i = j;
  }
  return i;
}

/**
 * «ثلاثة من أعضاء المجلس», «خمسة من النواب»: a number, «من» and the definite group (a construct too); its
 * further definite words only when a comma or a complementizer closes them. The tokens spanned, 0 if none.
 */
function partOfGroupEnd(text: string, toks: Token[]): number {
  const [head, genitive] = [toks[2], toks[3]];
  if (!plainWord(head)) return 0;
  let i: number;
  if (hasAl(head)) i = 3;
  else if (plainWord(genitive) && hasAl(genitive)) i = 4;
  else return 0;
  let j = i;
  while (j < i + 3 && plainWord(toks[j]) && hasAl(toks[j] as Token)) j++;
  const next = toks[j];
  return !next || COMMA.test(next.text) || isComplementizer(text, next) ? j : i;
}

/** «ثمانية أندية من الدوري الممتاز», «عشرون نائبا من المعارضة»: a mention that is a counted group, named whole. */
export function countedMention(mention: string): boolean {
  const [first, second] = mention.split(/[\s\u00A0]+/u);
  if (!first || !second || /^ال/u.test(second)) return !!first && !!second && SCORES.test(first);
  return UNITS.test(first) || TENS.test(first) || SCORES.test(first) || DIGITS.test(first);
}
