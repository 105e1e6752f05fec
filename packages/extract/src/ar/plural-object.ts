// «ودعت وزارة الصحة المواطنين والمقيمين إلى …»: a sound plural in the oblique case after a definite singular
// word cannot agree with it, nor be its genitive (a definite word heads no construct): it is the verb's object.
import { type Token, tokensForward } from "../text/tokens.ts";
import { foldWord, ORG_TITLES } from "./lexicon.ts";
import { bare } from "./phrase.ts";
import type { SpanPair } from "./subject.ts";

/** «المواطنين», «الفلسطينيين», «الطرفين»: a definite sound plural or dual in «ـين» (not «البحرين»). */
const OBLIQUE_PLURAL = /^ال(?!بحرين$)\p{L}{3,}ين$/u;
/** «الصحة», «المدني», «للصحافة»: a definite word in «ة» or «ي», a singular. */
const DEFINITE_SINGULAR = /^(?:ال|لل)\p{L}{2,}(?:ة|ي)$/u;

/**
 * The subject read after a verb, when a body's name, without an oblique plural object read into it: «المديرية
 * العامة للدفاع المدني المواطنين» ends at «المدني», «وزارة الصحة المواطنين» at «الصحة».
 */
export function beforePluralObject(text: string, subject: SpanPair): SpanPair {
  const toks = tokensForward(text, subject.start, subject.end, 16);
  // (only after a body's name: «أعضاء المجلس التشريعي السابقين» is a plural head and its adjective)
  if (!toks[0]?.word || !ORG_TITLES.has(foldWord(toks[0].text))) return subject;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k] as Token;
    const prev = toks[k - 1] as Token;
    if (!t.word || !prev.word) return subject;
    if (OBLIQUE_PLURAL.test(bare(t)) && DEFINITE_SINGULAR.test(bare(prev)))
      return { start: subject.start, end: prev.end };
  }
  return subject;
}
