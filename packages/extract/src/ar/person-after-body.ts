// «ونعت نقابة الصحفيين الزميل الراحل X», «واستقبلت وزارة الثقافة الفنان X»: after a body's head and its
// definite genitive, a definite title of one person (or «الراحل») opens the verb's object; the body's name
// ends before it (right after the head it is the genitive: «مكتب النائب العام», «مؤسسة الملك فيصل»).

import type { Token } from "../text/tokens.ts";
import { foldWord, isOrgHead, ORG_TITLES, PERSON_TITLES } from "./lexicon.ts";
import { bare, hasAl, titleHead } from "./phrase.ts";

/** The late one mourned, or the colleague a union or newspaper mourns. */
const MOURNED = /^ال(?:راحل|راحلة|فقيد|فقيدة|زميل|زميلة)$/u;
/** A plural of people («الصحفيين», «العلماء», «المحامون»): a body's genitive, not one person. */
const PLURAL = /(?:ين|ون|اء)$/u;

/** Does toks[i] open a person, the verb's object, after the body phrase toks[0..i)? */
export function personAfterBody(toks: Token[], i: number): boolean {
  const [t0, prev, t] = [toks[0], toks[i - 1], toks[i]];
  if (i < 2 || !t0?.word || !prev?.word || !t?.word || !hasAl(t) || !hasAl(prev)) return false;
  if (!isOrgHead(titleHead(t0.text))) return false;
  const b = bare(t);
  if (MOURNED.test(b)) return true;
  const f = foldWord(t.text);
  return PERSON_TITLES.has(f) && !ORG_TITLES.has(f) && !PLURAL.test(b);
}
