// What goes on with a nominal object after a comma: the operation it was done in, its measure, its terms.
import { foldForCompare } from "../text/chars.ts";
import { opensWith } from "./lexicon.ts";

/** «ضبط 40 كيلوغراما …، في عملية أمنية …», «…، خلال حملة تفتيش …»: the operation the announced act was part of. */
const OPERATION = /^(?:في|خلال) (?:عمليه|عمليات|حمله|حملات|مداهمه|مداهمات)(?:\s|$)/u;

/**
 * «تشغيل ثلاثة مخابز …، بطاقة إنتاجية تصل إلى …», «…، بكلفة 3 ملايين دولار»: the measure of the object;
 * «تعليق الدراسة يومين، على أن تستأنف …» (provided that): the terms of the announced decision.
 */
const MEASURES = [
  "بطاقة",
  "بكلفة",
  "بتكلفة",
  "بسعة",
  "بمعدل",
  "بحجم",
  "بمساحة",
  "بطول",
  "بإجمالي",
  "على أن",
].map(foldForCompare);

/** The folded text after a comma goes on with the nominal object before it. */
export const continuesObject = (following: string): boolean =>
  OPERATION.test(following) || opensWith(following, MEASURES);
