// «أكد الدكتور مصطفى مدبولي رئيس مجلس الوزراء، …»: Egyptian and agency style puts the office after the
// title and the name, without a comma; it is still the speaker's, not the verb's object.
import type { Token } from "../text/tokens.ts";
import { affiliation } from "./affiliation.ts";
import { foldArabicWord, HEARER_VERBS } from "./cues.ts";
import {
  ADJUNCT_STARTS,
  AFFILIATION_TITLES,
  FUNCTION_WORDS,
  foldWord,
  NAME_HONORIFIC,
  PERSON_TITLES,
} from "./lexicon.ts";
import {
  bare,
  COMMA,
  hasAl,
  isComplementizer,
  NAME_JOINERS,
  nameLike,
  titleHead,
  verbLemma,
  verbParticles,
} from "./phrase.ts";
import { placeAfter } from "./workplace.ts";

/**
 * Verbs whose object, a person, comes right after the subject: «طالب X وزير الصحة بـ…», «انتقد X وزير
 * المالية، …», «أبلغ X رئيس الحكومة أن …». Folded lemmas.
 */
const PERSON_OBJECT = new Set(
  ["دعا", "طالب", "حث", "ناشد", "اتهم", "انتقد", "وصف", "حذر", "توعد", "هدد", "حمل", "شكر", "هنأ"].map(
    foldArabicWord,
  ),
);
/** Words of the name between the title and the office after it (a joiner and the word it joins not counted). */
const MAX_NAME = 4;
/** All tokens of it: «بندر بن محمد بن سعود آل ثاني», a Gulf name of lineage, has seven. */
const MAX_NAME_TOKENS = 9;

/**
 * Where the speaker's phrase ends when a name at `i` (after a title or an honorific) is followed by an
 * office («… مدبولي رئيس مجلس الوزراء», «… أبو زيد المتحدث الرسمي باسم وزارة الخارجية») that a comma, a
 * colon, the complementizer, an adjunct or the verb's particle before its complementizer closes; null
 * otherwise. `phraseEnd` reads a title phrase whose head is the first of the tokens it is given.
 */
export function trailingTitleEnd(
  text: string,
  toks: Token[],
  from: number,
  i: number,
  phraseEnd: (toks: Token[]) => number,
): number | null {
  // after a one-word title, an honorific or «د.» («النائب X رئيس اللجنة», «وزير الخارجية الدكتور X …»)
  const last = toks[i - 1];
  if (!last || !(i === 1 || last.text === "." || NAME_HONORIFIC.test(bare(last)))) return null;
  const lemma = verbLemma(text, from);
  if (lemma && (HEARER_VERBS.has(lemma) || PERSON_OBJECT.has(lemma))) return null;
  let free = 0;
  for (let k = i; free < MAX_NAME && k < i + MAX_NAME_TOKENS && k < toks.length; k++) {
    const t = toks[k] as Token;
    // (the word after a joiner is a name even where it spells a particle: «بن علي»)
    const afterJoiner = k > i && NAME_JOINERS.has((toks[k - 1] as Token).text);
    if (!t.word || (!afterJoiner && (FUNCTION_WORDS.has(foldWord(t.text)) || isComplementizer(text, t))))
      return null;
    if (!(afterJoiner || NAME_JOINERS.has(t.text))) free++;
    // (not after «عبد», «أبو»: «حسين عبد الأمير الشمري» is one name)
    const office =
      k > i && PERSON_TITLES.has(titleHead(t.text)) && !NAME_JOINERS.has((toks[k - 1] as Token).text);
    if (!office) {
      // a given name, then family names (which may have the article) and joiners («أبو», «بن»)
      if (!(nameLike(text, t) || (k > i && hasAl(t)) || NAME_JOINERS.has(t.text))) return null;
      continue;
    }
    const rest = toks.slice(k);
    let j = phraseEnd(rest);
    // a lone definite title word («… الشيخ») is a family name; go on looking past it
    if (j === 1 && hasAl(t)) continue;
    j += placeAfter(text, rest, j);
    return closed(text, rest, j) ? k + j : null;
  }
  return null;
}

/** A comma, a colon, the complementizer, an adjunct, or a particle before the complementizer at `j`. */
function closed(text: string, toks: Token[], j: number): boolean {
  const next = toks[j];
  if (!next) return false;
  if (COMMA.test(next.text) || next.text === ":") return true;
  if (!next.word) return false;
  if (isComplementizer(text, next) || ADJUNCT_STARTS.has(foldWord(next.text))) return true;
  const after = toks[j + 1];
  return FUNCTION_WORDS.has(foldWord(next.text)) && !!after?.word && isComplementizer(text, after);
}

/**
 * «وقال أبو عبيدة في كلمة …», «وقال سامي أبو زهري القيادي في حماس إن …», «وقال محمد بن عبد الرحمن آل ثاني
 * رئيس الوزراء القطري إن …»: a bare name (no title before it) held together by a joiner, and the office
 * after it when a comma, the complementizer or an adjunct closes that. Returns the tokens it spans (null
 * when the words hold no joiner).
 */
export function joinedNameEnd(
  text: string,
  toks: Token[],
  from: number,
  phraseEnd: (toks: Token[]) => number,
): number | null {
  let k = 0;
  let joined = false;
  for (; k < toks.length && k < 7; k++) {
    const t = toks[k] as Token;
    if (!t.word || isComplementizer(text, t) || FUNCTION_WORDS.has(foldWord(t.text))) break;
    // the word after a joiner is always more of the name («عبد الرحمن», «ولد الشيخ», «آل نهيان»)
    if (k > 0 && NAME_JOINERS.has(bare(toks[k - 1] as Token))) continue;
    if (NAME_JOINERS.has(bare(t))) {
      joined = true;
      continue;
    }
    if (PERSON_TITLES.has(titleHead(t.text)) || ADJUNCT_STARTS.has(foldWord(t.text))) break;
    // a family name with the article after a given name («… الغزواني»)
    if (!(nameLike(text, t) || (k > 0 && hasAl(t) && !/^لل/u.test(bare(t))))) break;
  }
  if (!joined || k < 2 || NAME_JOINERS.has(bare(toks[k - 1] as Token))) return null;
  const t = toks[k];
  const lemma = verbLemma(text, from);
  if (!t?.word || !PERSON_TITLES.has(titleHead(t.text)) || (lemma && PERSON_OBJECT.has(lemma))) return k;
  const rest = toks.slice(k);
  let j = phraseEnd(rest);
  // «القيادي في حركة حماس»: where the office holder belongs
  // («في حماس»: a body's bare name)
  if (AFFILIATION_TITLES.has(titleHead(t.text))) {
    const bareBody = rest[j]?.text === "في" && !!rest[j + 1] && nameLike(text, rest[j + 1] as Token);
    j +=
      affiliation(text, rest, j, verbParticles(text, from)) ||
      (bareBody && closed(text, rest, j + 2) ? 2 : 0);
  }
  j += placeAfter(text, rest, j);
  return closed(text, rest, j) ? k + j : k;
}
