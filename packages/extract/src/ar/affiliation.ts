// The body an affiliation title belongs to: «النائب عن كتلة …», «مسؤول في الهيئة …».
// (read on the sentence's tokens; mention-affiliation.ts reads it again in a mention's words, for its entity)
import { withoutHarakat } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import {
  ADJUNCT_STARTS,
  AFFILIATION_HEADS,
  AFFILIATION_LINKS,
  DHI,
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  ORG_TITLES,
  PLACE_NOUNS,
  STATEMENT_NOUNS,
} from "./lexicon.ts";
import { NISBA } from "./mention-words.ts";
import { lamComplement } from "./name-genitives.ts";
import {
  bare,
  CLOSING_QUOTE,
  COMMA,
  dashJoin,
  hasAl,
  isComplementizer,
  nameLike,
  OCCASIONS,
  OPENING_QUOTE,
  TIME_NOUNS,
} from "./phrase.ts";
import { royalNameInBody } from "./title-run-on.ts";

/** «ذي قار», «ذي يزن»: «ذي» (of, in a name) at k, then the name's word. */
const placeWithDhi = (toks: Token[], k: number): boolean =>
  toks[k]?.word === true &&
  DHI.test(bare(toks[k] as Token)) &&
  toks[k + 1]?.word === true &&
  !hasAl(toks[k + 1] as Token);

/**
 * The institution an affiliation title belongs to, from the preposition at i: «في الهيئة العامة للموانئ»,
 * «في نقابة عمال الموانئ», «عن كتلة "التجدد الوطني"», «في الشؤون الانتخابية». Not a statement or a
 * time («في بيان», «في المؤتمر», «في اليوم»). Returns the tokens it spans (0 if none).
 */
export function affiliation(text: string, toks: Token[], i: number, verbLinks?: Set<string>): number {
  const link = toks[i];
  const head = toks[i + 1];
  if (!link?.word || !head?.word || !AFFILIATION_LINKS.has(foldWord(link.text))) return 0;
  if (seeksBareNoun(toks[i - 1]?.text ?? "", link.text, head.text) && nameLike(text, head)) return 2;
  // «مسؤول في ذي قار»: «ذي» opens a place's own name, it is no «الذي»
  if (placeWithDhi(toks, i + 1)) return 3;
  const fh = foldWord(head.text);
  if (STATEMENT_NOUNS.has(fh) || FUNCTION_WORDS.has(fh) || ADJUNCT_STARTS.has(fh)) return 0;
  // «نواب في الجلسة»: a meeting is the occasion, not the affiliation
  if (OCCASIONS.test(bare(head).replace(/^ال/u, ""))) return 0;
  // «في حوكمة التكنولوجيا»: a head without the article needs its definite genitive
  const genitive = toks[i + 2];
  const idafa = genitive?.word === true && hasAl(genitive) && !TIME_NOUNS.test(bare(head));
  // «النائب عن منطقة بعلبك»: a place noun and its own name
  const place = PLACE_NOUNS.has(fh) && genitive !== undefined && nameLike(text, genitive);
  if (!ORG_TITLES.has(fh) && !AFFILIATION_HEADS.has(fh) && !hasAl(head) && !idafa && !place) return 0;
  let j = i + 2;
  // a head without the article takes one more word before its definite noun: «نقابة عمال الموانئ»
  let bareRun = hasAl(head) ? 0 : 1;
  while (j < toks.length) {
    const t = toks[j] as Token;
    if (!t.word && OPENING_QUOTE.test(t.text)) {
      let k = j + 1;
      while (k < toks.length && k < j + 7 && !CLOSING_QUOTE.test((toks[k] as Token).text)) k++;
      if (k >= toks.length || k >= j + 7) break;
      j = k + 1;
      bareRun = 0;
      continue;
    }
    // «عن منطقة بعلبك - الهرمل»: a spaced dash joins two parts of one place or body
    if (dashJoin(text, toks, j)) {
      j++;
      bareRun = 1;
      continue;
    }
    if (!t.word || isComplementizer(text, t)) break;
    // («في محافظة ذي قار»)
    if (placeWithDhi(toks, j)) {
      j += 2;
      bareRun = 0;
      continue;
    }
    const f = foldWord(t.text);
    if (FUNCTION_WORDS.has(f) || STATEMENT_NOUNS.has(f)) break;
    // «في جامعة الملك عبدالله الثاني»: a body named after a king, with the king's given name and number
    const royal = royalNameInBody(text, toks, j);
    if (royal) {
      j += royal;
      bareRun = 0;
      continue;
    }
    if (hasAl(t)) {
      // «نواب عن محافظات الجنوب الحكومة بتخصيص …»: a definite noun before a ب-complement is the object
      const next = toks[j + 1];
      // («شركة النفط اليمنية بساحل حضرموت»: a nisba agrees with the body, it is no object)
      const nisba = NISBA.test(bare(t));
      if (j > i + 2 && next?.word && /^ب(?!ال)/u.test(bare(next)) && /^ال/u.test(bare(t)) && !nisba) break;
      j++;
      bareRun = 0;
      continue;
    }

    const lam = lamComplement(toks, j);
    if (lam) {
      j += lam;
      continue;
    }
    if (bareRun === 1 && nameLike(text, t) && !ADJUNCT_STARTS.has(f)) {
      j++;
      bareRun = 2;
      continue;
    }
    break;
  }
  // «وتساءل النائب عن مصير الدعم»: when the verb takes the same preposition, a phrase headed by no body
  // or place is its object, unless the preposition comes again or an aside or clause follows
  // («النائب عن البصرة عن …», «النائب عن البصرة، أمس، أن …»)
  const body = ORG_TITLES.has(fh) || AFFILIATION_HEADS.has(fh) || place;
  const next = toks[j];
  const closed =
    !!next &&
    (foldWord(next.text) === foldWord(link.text) ||
      COMMA.test(next.text) ||
      isComplementizer(text, next) ||
      ownParticleLater(text, toks, j, foldWord(link.text)));
  if (verbLinks?.has(foldWord(link.text)) && !body && !closed) return 0;
  return j - i;
}

/**
 * «وحذر نواب من اليمين المتطرف في البرلمان الأوروبي من أن …»: the verb's own preposition comes again before
 * its complementizer, further on in the same clause (a second affiliation between), so the first one is not it.
 */
function ownParticleLater(text: string, toks: Token[], from: number, link: string): boolean {
  for (let k = from; k < from + 8 && toks[k]?.word; k++)
    if (
      foldWord((toks[k] as Token).text) === link &&
      toks[k + 1] &&
      isComplementizer(text, toks[k + 1] as Token)
    )
      return true;
  return false;
}

/** «الباحثة عن عمل», «باحثون عن وظيفة»: a seeker («باحث») and the indefinite thing sought, a title of its own. */
export const seeksBareNoun = (title: string, link: string, sought: string): boolean =>
  /^(?:ال)?باحث(?:ة|ون|ين|ات)?$/u.test(withoutHarakat(title)) && link === "عن" && !hasArticle(sought);
