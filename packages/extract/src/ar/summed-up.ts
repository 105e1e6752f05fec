// «ويختصر المدرب X، الذي يعمل …، المشهد في حديث لـ"…" أمس بالقول: "…"» (sums the scene up by saying): a verb
// that reports only through «بالقول» later in its sentence, past asides and an outlet's quoted name.

/** «بالقول» after the verb in its sentence, past commas and short quoted names but no quotation or colon. */
export const SAYING_LATER =
  /^(?:[^.:؛«"“!؟?]|["«“][^"»”«“.:]{1,30}["»”]){0,200}?[\s\u00A0]بالقول(?![\p{L}\p{M}])/u;

/** The same from the speaker's end: what precedes «بالقول» (its match ends right after it). */
export const SAYING_AFTER_SPEAKER =
  /^(?:[^.:؛«"“!؟?]|["«“][^"»”«“.:]{1,30}["»”]){0,200}?[\s\u00A0](بالقول)(?![\p{L}\p{M}])/u;

/** «المشهد», «الوضع»: what is summed up, the verb's object right after the speaker's name. */
export const SUMMED_OBJECT =
  /[\s\u00A0]+(?:المشهد|الوضع|الحال|الصورة|الأمر|القصة|الحكاية|المعاناة|الموقف|المسألة|الواقع)$/u;
