// «كتب مقالا», «ورحب الوزير بضيفه», «وَرَد في التقرير»: cues whose words here report no statement.

import { seatless } from "../text/chars.ts";
import { tokensForward } from "../text/tokens.ts";
import type { Cue } from "./cue-finder.ts";
import { CLAUSAL_ONLY, foldArabicWord } from "./cues.ts";
import { FUNCTION_WORDS, foldWord, OPEN_QUOTE, PERSON_TITLES } from "./lexicon.ts";
import { DESCRIBE, REPLY } from "./owner.ts";
import { titleHead } from "./phrase.ts";
import { stanceToldBySaying } from "./stance-by-saying.ts";
import { threatensAct } from "./threatened-act.ts";

/** «كتب مقالا», «ورحب الوزير بضيفه», «وَرَد في التقرير»: a cue whose words here report no statement. */
export function reportsNothing(text: string, cue: Cue, start: number, clausal: boolean): boolean {
  // «كتب مقالا», «بين الطرفين»: these verbs report only a clause
  const admitted = cue.lemma === ADMIT && ADMITTED_THING.test(text.slice(start, start + 14));
  if (cue.lemma && CLAUSAL_ONLY.has(cue.lemma) && (!clausal || quotedObject(text, start)) && !admitted)
    return true;
  // «ورحب الوزير بضيفه», «رحب بالوفد الزائر»: a welcome of people is a gesture, not a stance
  if (cue.lemma === WELCOME && welcomesPeople(text, start)) return true;
  // «أبدى رضاه عن …», «أبدى استعداد الحكومة …» show the speaker's stance; «أبدت في مرئياتها ملاحظات عدة»
  // shows a thing, no stance of anyone's
  // (nor «أبدى غضبه من …», «أبدوا ارتياحهم لـ…»: a feeling shown, no stance told)
  if (cue.lemma === SHOW && !clausal && (!ownedStance(text, start) || SHOWN_FEELING.test(text.slice(start))))
    return true;
  // «أصيب أربعة، وُصفت إحداها بالخطيرة», «وصفت حالته بالحرجة»: a wound's state in the passive, no one's words
  if (cue.lemma === DESCRIBE && WOUND_STATE.test(text.slice(start, start + 40))) return true;
  if (threatensAct(text, cue.lemma, start, clausal)) return true;
  if (!clausal && stanceToldBySaying(text, cue.lemma, start)) return true;
  // «الحكومة تنتقد والنقابة تتمسك بمطالبها»: a verb with no object, and the next clause's subject after و
  if (!clausal && /^[\s\u00A0]*وال/u.test(text.slice(start, start + 6))) return true;
  // «وَرَد في التقرير أن …» (it is stated in) reads as «وردّ» (he replied)
  return (
    cue.lemma === REPLY && /^[\s\u00A0]*(?:في|ضمن|فيه|فيها|به|بها)(?![\p{L}\p{M}])/u.test(text.slice(cue.end))
  );
}

/** «بالخطيرة», «حالته بالحرجة», «جراحه بالطفيفة»: how grave a wound or a patient's state is. */
const WOUND_STATE = seatless(
  /^[\s\u00A0]*(?:(?:حالت(?:ه|ها|هم|هما)|إحدا(?:ها|هما)|جراح(?:ه|ها|هم)|جروح(?:ه|ها|هم)|إصاب(?:ته|تها|اتهم))[\s\u00A0]+)?بال(?:خطيرة|حرجة|طفيفة|متوسطة|بالغة|مستقرة)(?![\p{L}\p{M}])/u,
);

/** «سجلت السياحة "نموا قياسيا"»: a quotation right after the subject, with no colon, is an object. */
const quotedObject = (text: string, start: number): boolean =>
  OPEN_QUOTE.test(text[start] ?? "") && !/:[\s\u00A0]*$/u.test(text.slice(Math.max(0, start - 3), start));

export const WELCOME = foldArabicWord("رحب");
/**
 * «وأقر المتهم بتلقي الأموال» (admitted): a ب-object, not a vote — «أقر البرلمان بالإجماع القانون», «أقر
 * المجلس بالموازنة», «أقرت الحكومة بتشكيل لجنة», «بزيادة الرواتب» (what a body enacts).
 */
const ADMIT = foldArabicWord("أقر");
const ADMITTED_THING =
  /^[\s\u00A0]*ب(?!(?:ال)?(?:إجماع|اجماع|أغلبية|اغلبية|قانون|مشروع|موازن|ميزاني|خطة|لائح|تعديل|تشكيل|إنشاء|انشاء|زياد|رفع|خفض|تخصيص|قرار|اتفاقي|موافق|اعتماد|تمديد|صرف|منح))\p{L}{3,}/u;
const SHOW = foldArabicWord("أبدى");
const SHOWN_FEELING = seatless(
  /^[\s\u00A0]*(?:غضب|استياء|سخط|امتعاض|انزعاج|ارتياح|فرح|حزن|تخوف|قلق)(?:ه|ها|هم|هما|هن)(?![\p{L}\p{M}])/u,
);
/** An object with a possessive pronoun («رضاه», «تحفظهم») or a definite genitive («استعداد الحكومة»). */
function ownedStance(text: string, start: number): boolean {
  const [noun, next] = tokensForward(text, start, start + 60, 2);
  if (!noun?.word || FUNCTION_WORDS.has(foldWord(noun.text))) return false;
  return /(?:ه|ها|هم|هما|هن)$/u.test(noun.text) || (!!next?.word && /^ال/u.test(next.text));
}

/** People one welcomes in person (folded, without ب/ال and a pronoun): guests, delegations, visitors. */
const GUESTS = new Set([
  "ضيف",
  "ضيوف",
  "وفد",
  "وفود",
  "زوار",
  "زائر",
  "حضور",
  "حاضرين",
  "مشاركين",
  "نظير",
  "نظراء",
]);
/** The ب-object at `start` names people («بضيفه», «بالوفد», «بنظيره», «بالوزير»), not a thing or an act. */
function welcomesPeople(text: string, start: number): boolean {
  const m = /^[\s\u00A0]*بـ?(?:ال)?([\p{L}\p{M}]+)/u.exec(text.slice(start, start + 30));
  if (!m?.[1]) return false;
  const word = foldArabicWord(m[1]).replace(/(?:ه|ها|هم|ته|تها)$/u, "");
  return GUESTS.has(word) || PERSON_TITLES.has(titleHead(m[1]));
}
