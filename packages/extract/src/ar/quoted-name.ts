// «عبر تطبيق «تيليغرام»», «بمنطقة «أم سدرة»», «المتهم، ويدعى «ش. ع»»: quotation marks round a name that the
// word before them calls a name are no quotation of the speaker's words (the claim stays indirect).
import type { Quote } from "../text/quotes.ts";
import { FUNCTION_WORDS, foldWord, hasArticle } from "./lexicon.ts";

/** Kinds of named things («تطبيق», «قاعة», «منطقة») and naming words («يدعى», «الملقب»), folded. */
const NAMING_WORDS = new Set(
  `تطبيق منصة خدمة موقع حساب وسم قناة صحيفة مجلة كتاب رواية فيلم مسلسل أغنية برنامج مبادرة حملة مشروع مهرجان
  معرض مسابقة جائزة عملية مناورات قاعة سينما مسرح فندق مطعم متجر منطقة حي قرية بلدة مخيم موسم تنظيم جماعة
  طائرة طائرات طراز سفينة صاروخ صواريخ منظومة سيارة شركة مطار ميناء ملعب نادي منظمة حركة حزب
  يدعى تدعى يدعون المدعو المدعوة الملقب الملقبة المسمى المسماة المعروف المعروفة اسم باسم عنوان بعنوان`
    .split(/\s+/u)
    .filter(Boolean)
    .map(foldWord),
);
/** The word right before a quotation. */
const WORD_BEFORE = /([\p{L}\p{M}]+)[\s\u00A0]*$/u;

/** A closed quotation of one to three words, no clause in it, right after a word that names what it names. */
export function quotedName(text: string, q: Quote): boolean {
  if (!q.closed) return false;
  const inner = text.slice(q.start + 1, q.end - 1).trim();
  const words = inner.split(/[\s\u00A0]+/u).filter(Boolean);
  if (!words.length || words.length > 3 || /[،,:؛!؟?]/u.test(inner)) return false;
  // (a name holds no function word: «المعرض "سيفتتح في موعده"» quotes a clause)
  if (words.some((w) => FUNCTION_WORDS.has(foldWord(w)))) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, q.start - 30), q.start))?.[1];
  // (the kind named stands bare before the name: «تطبيق "…"», not the subject «المعرض "…"»)
  if (!before || hasArticle(before)) return false;
  // («بمنطقة», «لتطبيق», «ويدعى»: one prefix letter before the word)
  return (
    NAMING_WORDS.has(foldWord(before)) ||
    (/^[وبلف]/u.test(before) && NAMING_WORDS.has(foldWord(before.slice(1))))
  );
}
