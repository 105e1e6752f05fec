// Where the ب-object of a verb that takes ب («طالب ب…», «رحب ب…», «تعهد ب…») starts after a title or a name.

import type { Token } from "../text/tokens.ts";
import { baTakenByComplement } from "./ba-complement.ts";
import { BA_SHORT_VERBAL_NOUN } from "./ba-nouns.ts";
import { ADJUNCT_STARTS, foldWord } from "./lexicon.ts";
import { baObject, bare, hasAl, isComplementizer, NAME_JOINERS, nameLike, verbParticles } from "./phrase.ts";
import { isDayWord } from "./time-after-name.ts";

/**
 * «وطالبت النائبة زينب عبد الأمير بتشديد العقوبات»: after a name's first word, a ب-verbal noun (تفعيل,
 * إفعال, استفعال …) opens the object of a verb that takes ب, it is no more of the name («بدر» may start one).
 */
export function opensBaObject(
  text: string,
  verbEnd: number,
  toks: Token[],
  i: number,
  names: number,
): boolean {
  const b = bare(toks[i] as Token);
  return (
    (baObject(b, names) ||
      BA_SHORT_VERBAL_NOUN.test(b) ||
      baAfterFamilyName(text, toks, i, names) ||
      baAfterTitle(toks, i, names) ||
      baAfterFullName(text, toks, i, names)) &&
    !!verbParticles(text, verbEnd)?.has("ب") &&
    !baTakenByComplement(text, toks, i)
  );
}

/**
 * «وطالب الوزير بمحاسبة المسؤولين», «وتعهد الوزير بخفض العجز»: right after a title, a ب-word with a genitive
 * opens the object when no other ب-word follows in the clause; a name that starts with ب has the
 * object after it («ورحب النائب بدر العلي بالاتفاق»).
 */
function baAfterTitle(toks: Token[], i: number, names: number): boolean {
  const next = toks[i + 1];
  if (names > 0 || !/^ب(?!ن$)\p{L}{2,}$/u.test(bare(toks[i] as Token)) || !next?.word) return false;
  if (NAME_JOINERS.has(bare(next))) return false; // «بدر بن محمد»: a name
  // «واعترف الوزير بوجود تقصير في …»: an indefinite genitive too, when no complementizer follows in the clause
  // either («واعترف الوزير بلال حسن أن …»: a name)
  // (an indefinite one reads on past the commas of an aside: «بسام حسن، في مقابلة، بأن …» is a name)
  for (let k = i + 2; k < toks.length && (toks[k] as Token).word; k++)
    if (/^ب/u.test(bare(toks[k] as Token))) return false;
  if (hasAl(next)) return true;
  for (let k = i + 2; k < toks.length && !/^[.!?؟]$/u.test((toks[k] as Token).text); k++) {
    const b = bare(toks[k] as Token);
    if (/^ب/u.test(b) || /^[أإا]ن(?:ه|ها|هم)?$/u.test(b)) return false;
  }
  return true;
}

/**
 * «وطالب النائب X الربيعي بفتح تحقيق»: after a family name with the article, a ب-word with an indefinite
 * genitive opens the verb's object (not «بن», nor a family name «بوزيد» before the object «بفتح …»).
 */
function baAfterFamilyName(text: string, toks: Token[], i: number, names: number): boolean {
  const [prev, next] = [toks[i - 1], toks[i + 1]];
  if (names < 2 || !prev?.word || !hasAl(prev) || !/^ب(?!ن$)\p{L}{3,}$/u.test(bare(toks[i] as Token)))
    return false;
  return !!next && nameLike(text, next) && !/^ب/u.test(bare(next));
}

/**
 * «وطالب النائب بسام حداد بفتح تحقيق»: after a name of two words or more, a ب-word before a noun opens the
 * verb's object when it is the clause's last ب-word («عبد الله بكر بفتح …»: «بكر» is still the name).
 */
function baAfterFullName(text: string, toks: Token[], i: number, names: number): boolean {
  const next = toks[i + 1];
  if (names < 2 || !/^ب(?!ن$)\p{L}{2,}$/u.test(bare(toks[i] as Token)) || !next?.word) return false;
  if (/^ب/u.test(bare(next)) || NAME_JOINERS.has(bare(next)) || isComplementizer(text, next)) return false;
  // («بطنجة يوم الإثنين»: a town and the day, no object)
  if (ADJUNCT_STARTS.has(foldWord(next.text)) || isDayWord(next)) return false;
  for (let k = i + 2; k < toks.length && !/^[.!?؟]$/u.test((toks[k] as Token).text); k++) {
    const b = bare(toks[k] as Token);
    if (/^ب/u.test(b) || /^[أإا]ن(?:ه|ها|هم)?$/u.test(b)) return false;
  }
  return true;
}
