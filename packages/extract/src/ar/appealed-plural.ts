// «ودعا أبو راس المعلمين إلى …»: after a verb of appeal and a name, a definite sound plural of people is the one
// appealed to, even when the article met that word before in a body's name («نقابة المعلمين»).
import type { Token } from "../text/tokens.ts";
import { FUNCTION_WORDS, foldWord, ORG_TITLES, PERSON_TITLES } from "./lexicon.ts";
import { bare, hasAl, NAME_JOINERS, titleHead } from "./phrase.ts";

/** «المعلمين», «المواطنين», «المسؤولين»; not family names in ـين («الحسين», «الدين», «الأمين»). */
const PEOPLE_PLURAL = /^ال(?!حسين$|حسنين$|دين$|أمين$|امين$|يمين$|بحرين$)\p{L}{3,}ين$/u;

/** A word of a bare name: no article, no function word, no title or body head. */
const nameWord = (t: Token): boolean =>
  t.word &&
  !hasAl(t) &&
  !FUNCTION_WORDS.has(foldWord(t.text)) &&
  !PERSON_TITLES.has(titleHead(t.text)) &&
  !ORG_TITLES.has(foldWord(t.text));

/**
 * The subject's tokens are a bare name of two words or more and such a plural («أبو راس المعلمين»; not «أعضاء
 * المجلس السابقين», «هيئة الدفاع عن باقي المتهمين»): how many tokens to keep, else 0.
 */
export function namedBeforeAppealedPlural(toks: Token[]): number {
  const last = toks[toks.length - 1];
  const before = toks[toks.length - 2];
  if (toks.length < 3 || !last?.word || !before?.word || !toks.slice(0, -1).every(nameWord)) return 0;
  if (NAME_JOINERS.has(bare(before)) || !hasAl(last) || !PEOPLE_PLURAL.test(bare(last))) return 0;
  return toks.length - 1;
}
