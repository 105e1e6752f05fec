// «نفى المدرب X الأنباء التي تحدثت عن رحيله»: a masculine verb's subject is no feminine or non-human plural
// noun, so the definite word that «التي» describes, right after a name, is the verb's object.
import { tokensForward } from "../text/tokens.ts";
import { foldWord, ORG_TITLES, PERSON_TITLES } from "./lexicon.ts";
import { withoutObjectPronoun } from "./oblique-object.ts";
import { bare, hasAl, nameLike, titleHead } from "./phrase.ts";
import type { SpanPair } from "./subject.ts";

/** «التي», «اللتين», «اللاتي», «اللواتي»: feminine relatives. */
const FEMININE_RELATIVE = /^(?:التي|اللتين|اللتان|اللاتي|اللواتي)$/u;
const NISBA = /(?:ي|ية|يون|يين)$/u;

/** The subject of masculine `verb` without a last definite word that a feminine relative right after it describes. */
export function beforeRelativeObject(text: string, verb: string, subject: SpanPair): SpanPair {
  const stem = withoutObjectPronoun(verb.replace(/^[وف](?=\p{L}{3})/u, ""));
  if (/ت$|^ت/u.test(stem)) return subject;
  const next = tokensForward(text, subject.end, subject.end + 20, 1)[0];
  if (!next?.word || !FEMININE_RELATIVE.test(bare(next))) return subject;
  const toks = tokensForward(text, subject.start, subject.end, 16);
  const last = toks[toks.length - 1];
  const before = toks[toks.length - 2];
  if (toks.length < 3 || !last?.word || !before || !hasAl(last) || NISBA.test(bare(last))) return subject;
  // (after a name's last word, not a title's genitive: «رئيس الهيئة التي …» keeps the body)
  const named =
    nameLike(text, before) &&
    !PERSON_TITLES.has(titleHead(before.text)) &&
    !ORG_TITLES.has(foldWord(before.text));
  return named ? { start: subject.start, end: before.end } : subject;
}
