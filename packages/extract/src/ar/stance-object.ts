// «انتقد النائب X Y الميزانية،», «نعى الوزير X Y الراحل»: the verb's object right after a full name.
import type { Token } from "../text/tokens.ts";
import { foldArabicWord } from "./cues.ts";
import { foldWord, isOrgHead, ORG_TITLES } from "./lexicon.ts";
import { bare, hasAl, verbLemma } from "./phrase.ts";

/** «الراحل», «الفقيدة»: the late one mourned, never a family name. */
const MOURNED = /^(?:الراحل|الراحلة|الفقيد|الفقيدة)$/u;
/** Verbs of a stance on a thing, whose object follows the subject («انتقد X الميزانية»). Folded lemmas. */
const STANCE_VERBS = new Set(
  ["انتقد", "هاجم", "رفض", "استنكر", "أدان", "دان", "ثمن", "وصف"].map(foldArabicWord),
);
/** Verbs that ask something of someone named right after the subject («طالب X الحكومة بـ…»). Folded lemmas. */
const DIRECTIVE_VERBS = new Set(["طالب", "ناشد", "حث", "دعا"].map(foldArabicWord));
/** What a stance is taken on: «الموازنة», «القرار», «الخطة» … (folded, without the article). */
const STANCE_THINGS = new Set(
  "موازنه ميزانيه قرار قرارات خطه اتفاق اتفاقيه اجراءات سياسه سياسات تصريحات قانون مشروع اداء تعديلات".split(
    " ",
  ),
);

/**
 * After a given and a family name, the one mourned («الراحل», or «الزميل الراحل»: a noun the mourned one
 * follows), or after a verb of stance a definite noun in «ية», a body («الحكومة») or a thing a stance is taken
 * on («الموازنة»), is the verb's object (not «البلوشية», a woman's family name, after «قالت»).
 */
export function objectAfterFullName(t: Token, next: Token | undefined, text: string, from: number): boolean {
  const word = bare(t);
  if (MOURNED.test(word) || (hasAl(t) && next?.word && MOURNED.test(bare(next)))) return true;
  const lemma = foldArabicWord(verbLemma(text, from) ?? "");
  const f = foldWord(word);
  // «وطالبت النائبة X Y المجلس البلدي بـ…»: after a verb that asks something of someone, a body is asked
  if (hasAl(t) && DIRECTIVE_VERBS.has(lemma) && isOrgHead(f)) return true;
  if (!hasAl(t) || !STANCE_VERBS.has(lemma)) return false;
  return /^ال\p{L}{3,}ية$/u.test(word) || ORG_TITLES.has(f) || STANCE_THINGS.has(f);
}
