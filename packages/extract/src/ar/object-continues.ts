// What, after a comma, still belongs to a reported nominal object («أعلن … إنقاذ 400 مهاجر، انطلق معظمهم …»).
import { foldForCompare } from "../text/chars.ts";
import { opensWith } from "./after-comma.ts";
import { PLACE_APPOSITION_HEAD } from "./lexicon.ts";

/** «"حتى لا …"», «"كي …"», «"لأن …"»: a quotation that opens with a purpose or a reason. */
const QUOTED_PURPOSE = /^[\s\u00A0]*["«“](?:حتى|كي|لكي|لأن|لان|لئلا)[\s\u00A0]/u;

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

/** «وخاصة», «ولا سيما», «بمن فيهم», «بما في ذلك»: an aside singling out part of the object. */
const SINGLING_OUT =
  "(?:و?خاص[ةه]|و?خصوصا|و?خصوصاً|و?لا[\\s\\u00A0]+سيما|و?لاسيما|بمن[\\s\\u00A0]+في(?:هم|هن)|بما[\\s\\u00A0]+في(?:ها|ه|[\\s\\u00A0]+ذلك))[\\s\\u00A0]";
/** The verb's particle that takes the rest of the object: «إلى المبادرة», «بالتزام», «على احترام». */
const OBJECT_PARTICLE = "(?:(?:إلى|الى|على|عن|من)[\\s\\u00A0]|ب)";
const SINGLED_OUT_THEN_PARTICLE = new RegExp(
  `^[\\s\\u00A0]*${SINGLING_OUT}[^،,.:]{2,120}[،,][\\s\\u00A0]*${OBJECT_PARTICLE}`,
  "u",
);
const OPENS_WITH_PARTICLE = new RegExp(`^[\\s\\u00A0]*${OBJECT_PARTICLE}`, "u");
const ENDS_SINGLING_OUT = new RegExp(`[،,][\\s\\u00A0]*${SINGLING_OUT}[^،,.:]{2,120}$`, "u");

/** «، عاصمة ولاية X، منذ …», «، كبرى مدن الشمال، خلال …»: an apposition on a place, then an adjunct. */
const PLACE_APPOSITION = `${PLACE_APPOSITION_HEAD}[\\s\\u00A0][^،,.:]{2,80}`;
const ADJUNCT_OPENER = "(?:منذ|في|خلال|بعد|قبل|حتى|عبر)[\\s\\u00A0]";
const PLACE_APPOSITION_THEN_ADJUNCT = new RegExp(
  `^[\\s\\u00A0]*${PLACE_APPOSITION}[،,][\\s\\u00A0]*${ADJUNCT_OPENER}`,
  "u",
);
const ADJUNCT_START = new RegExp(`^[\\s\\u00A0]*${ADJUNCT_OPENER}`, "u");
const ENDS_PLACE_APPOSITION = new RegExp(`[،,][\\s\\u00A0]*${PLACE_APPOSITION}$`, "u");

/** «، وتحسن الأسعار، إلى جانب …», «، وB، إضافة إلى …»: a «و» item of a list, then the phrase adding its last one. */
const LIST_ITEM_THEN_LAST =
  /^[\s\u00A0]*و[^،,.:«"“]{2,80}[،,][\s\u00A0]*(?:إلى[\s\u00A0]+جانب|(?:بال)?إضافة[\s\u00A0]+إلى|فضلا[\s\u00A0]+عن)[\s\u00A0]/u;

/** «لتمويل», «لإنشاء», «لاستكمال» (folded): «ل» and a verbal noun (تفعيل, إفعال, افتعال, استفعال). */
const PURPOSE = /^ل(?:ت\S\Sي\S|ا\S\Sا\S|ا\Sت\Sا\S|است\S\Sا\S)(?:\s|$)/u;

/** «و3 سنوات», «وسنتين», «وخمسة ملايين» (folded): a figure joined by «و». */
const COORDINATED_FIGURE =
  /^و ?(?:\p{N}|(?:سنتين|عامين|شهرين|ثلاث|اربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر)ه?(?:\s|$))/u;

/**
 * The folded text after a comma (`raw`: as written; `before`: the text before the comma) goes on with a
 * nominal object when it gives
 * - the operation it was done in or its measure or terms (above);
 * - the plan the object replaces: «تأجيل الافتتاح إلى 2027، بعد أن كان مقررا نهاية العام»;
 * - its cause: «تأجيل الافتتاح، بسبب تأخر وصول المنظومات»;
 * - what comes with it: «أمطار غزيرة، يصاحبها نشاط في الرياح»;
 * - the fallback of a demand: «ببراءته، واحتياطيا استعمال الرأفة معه»;
 * - a «وهو …» clause on the accused before the charge: «اتهمت X المتهم، وهو موظف …، بإصدار …»;
 * - a figure coordinated with the object's: «… 7 سنوات حبسا للأول، و3 سنوات لكل من …»;
 * - a description of the counted people or things by a quantified pronoun: «إنقاذ 400 مهاجر، انطلق معظمهم من …».
 */
export function objectGoesOn(following: string, raw = "", before = ""): boolean {
  if (OPERATION.test(following) || opensWith(following, MEASURES)) return true;
  if (/^(?:بعد ان|بعدما) كان(?:ت)? /u.test(following)) return true;
  if (/^بسبب /u.test(following)) return true;
  // «طالب الشركة بإعادة تأهيل الشوارع، «حتى لا يتحمل المواطن …»»: the demand's purpose, quoted
  if (QUOTED_PURPOSE.test(raw)) return true;
  // «توقيع اتفاقية تمويل …، لتمويل توسعة الخط الثالث»: its purpose, a verbal noun after «ل»
  if (PURPOSE.test(following)) return true;
  // «حذر من أمطار غزيرة، يصاحبها نشاط في الرياح»: what comes with the object
  if (/^(?:[يت](?:صاحب|رافق)(?:ها|هما|هم)|مصحوب(?:ه|ا|ين)? ب)/u.test(following)) return true;
  // «مطالبا ببراءته، واحتياطيا استعمال الرأفة معه»: the fallback of a (court) demand
  if (/^(?:و ?احتياطيا|وبصفه احتياطيه) /u.test(following)) return true;
  // «اتهمت … المتهم الأول، وهو موظف في …، بإصدار …»: a clause on the object, then what it is charged with
  if (/^[\s\u00A0]*و(?:هو|هي|هم)[\s\u00A0][^،,.:]{2,120}[،,][\s\u00A0]*ب/u.test(raw)) return true;
  if (/^[\s\u00A0]*ب/u.test(raw) && /[،,][\s\u00A0]*و(?:هو|هي|هم)[\s\u00A0][^،,.:]{2,120}$/u.test(before))
    return true;
  // «وصول أول قافلة إلى مدينة كادقلي، عاصمة ولاية جنوب كردفان، منذ ديسمبر»: what the place is, then the
  // rest of the object
  if (PLACE_APPOSITION_THEN_ADJUNCT.test(raw)) return true;
  if (ADJUNCT_START.test(raw) && ENDS_PLACE_APPOSITION.test(before)) return true;
  // «داعية جميع أفراد المجتمع، وخاصة كبار السن، إلى المبادرة …»: those singled out, then the rest of the object
  if (SINGLED_OUT_THEN_PARTICLE.test(raw)) return true;
  if (OPENS_WITH_PARTICLE.test(raw) && ENDS_SINGLING_OUT.test(before)) return true;
  // «عزت الربح إلى ارتفاع المبيعات، وتحسن الأسعار، إلى جانب …»: a list item before the list's last one
  if (LIST_ITEM_THEN_LAST.test(raw)) return true;
  // «التمس 7 سنوات حبسا في حق المقاول، و3 سنوات لكل من …»: a coordinated figure is more of the object
  if (COORDINATED_FIGURE.test(following)) return true;
  return /^[^\s]+ (?:معظم|اغلب|غالبيت|جميع|بعض|كل)(?:هم|ها|هن)(?:\s|$)/u.test(following);
}
