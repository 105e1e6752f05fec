// What follows a comma in reported speech and is still the speaker's, or is the writer's: a contrast, a
// pronoun that cannot be the speaker, a record set beside a figure, a disclaimer.
import { CLAUSAL_ONLY, FORM_LEMMA, foldArabicWord, VERB_FORMS } from "./cues.ts";

/**
 * «ورد الوزير بأن الحكومة "لا تعارض"، لكنها تحتاج …»: a «لكنه/لكنها» whose pronoun cannot be the
 * speaker's (the cue told the speaker's gender) goes on about the content, not about the speaker.
 */
export function otherReferent(following: string, speakerGender: "m" | "f" | null): boolean {
  const m = /^و?لكن(ها|ه)(?:\s|$)/u.exec(following);
  if (!m) return false;
  // «إن شركتها رفعت النسبة، لكنها تواجه صعوبة …», «…، لكنه لن يكفي»: a present or future verb (not a
  // reporting one) goes on with what was said; the writer tells the speaker's acts in the past («لكنه رفض
  // …», «لكنه لم يذكر …») or with a reporting verb («لكنه يحذر من …»)
  const verb = /^و?لكن(?:ها|ه) ([يت]\S{2,}|لا|لن|ليس|ليست)(?:\s|$)/u.exec(following)?.[1];
  if (verb && !VERB_FORMS.has(foldArabicWord(verb))) return true;
  // «…، لكنه حين طلب سحب رصيده فوجئ …»: a clause of when goes on with the speaker's account; «لكنه
  // عندما سئل عن …» (when asked) is the writer's telling of the interview
  if (/^و?لكن(?:ها|ه) (?:حين|عندما|لما)(?:\s|$)(?!سيلت?(?:\s|$))/u.test(following)) return true;
  if (!speakerGender) return false;
  return (m[1] === "ها") !== (speakerGender === "f");
}

/**
 * «لم يمول إلا بنسبة 12%، فيما تحتاج الوكالات إلى 1.4 مليار دولار»: a contrast that sets a figure against
 * the speaker's own figure goes on with the statement (the writer's contrast is a fact without one).
 */
export const figureAgainstFigure = (before: string, clause: string): boolean =>
  /[0-9٠-٩]/u.test(before) && /[0-9٠-٩]/u.test(clause);

/**
 * «أكد أن الفرق أصلحت معظم الأعطال، فيما تواصل ورش أخرى العمل», «…، في حين تضاعفت الأسعار»: a contrast in
 * a clause of reported speech goes on with it, unless it reports a statement («فيما قالت …») or tells that
 * someone declined to speak («فيما رفض المدير الإدلاء بأي تصريح»), the writer's own. Folded text.
 */
export function plainContrast(following: string): boolean {
  const verb = /^(?:فيما|في حين|بينما) (?:لم |لا |قد )?(\S+)/u.exec(following)?.[1];
  return !!verb && !reportingHere(verb, following) && !DECLINED.test(verb) && !NO_COMMENT.test(following);
}
/** «فيما لم يصدر أي تعليق رسمي», «في حين لم تعلق الوزارة»: the writer telling that no one answered. Folded. */
const NO_COMMENT = /^(?:فيما|في حين|بينما) لم (?:يصدر|تصدر|يعلق|تعلق|ترد|يرد)(?: |$)/u;
/**
 * The folded verb reports a statement here: «بينما يرى أنصارها أن …»; not a verb that reports only before
 * a clause when none follows («بينما لم تظهر الأعراض …», «تظهر» also "appear").
 */
const reportingHere = (verb: string, following: string): boolean =>
  VERB_FORMS.has(verb) && (!CLAUSAL_ONLY.has(FORM_LEMMA.get(verb) ?? "") || / ب?ان /u.test(following));
const DECLINED = /^(?:رفض|رفضت|امتنع|امتنعت|اعتذر|اعتذرت|تعذر|يرفض|ترفض)$/u;

/** «وهي من أعلى …», «وهو أدنى …»: a superlative after «وهو/وهي». Folded. */
export const RECORD_REMARK =
  /^و(?:هو|هي) (?:من )?(?:اعلي|ادني|اكبر|اصغر|اكثر|اقل|اسوا|افضل|اطول|اقصر|اسرع|ابطا|اشد|اضعف|اقوي)(?: |$)/u;

/** «وهي حصيلة لم يتسن التحقق منها», «ولم يتسن التأكد منها بشكل مستقل». Folded. */
export const VERIFICATION_DISCLAIMER =
  /^(?:و(?:هو|هي|هذا|هذه) (?:\S+ ){0,4}|و)(?:لم يتسن|لا يمكن|يتعذر|تعذر) .*(?:التحقق|التاكد)/u;
