import { arabicWordPattern, foldArabicLetters, SPACE, seatless } from "../text/chars.ts";
import { SHORT_VERBAL_NOUNS } from "./ba-nouns.ts";
import { PARTICIPLES, participleForms, pluralFeminine, stemForms, WEAK_PARTICIPLES } from "./participles.ts";
import { SAYING_LATER } from "./summed-up.ts";

/**
 * Arabic reporting verbs: [perfect 3rd masc. sing., imperfect 3rd masc. sing., particles it takes,
 * irregular forms]. Regular feminine, plural and dual forms are derived; weak verbs list theirs.
 */
const VERBS: [string, string, string[], string[]?][] = [
  ["قال", "يقول", []],
  ["أضاف", "يضيف", []],
  ["أكد", "يؤكد", ["على"]],
  ["أوضح", "يوضح", []],
  ["أشار", "يشير", ["إلى"]],
  ["اعتبر", "يعتبر", []],
  ["رأى", "يرى", [], ["رأت", "رأوا", "ترى", "يرون"]],
  ["زعم", "يزعم", []],
  ["أعلن", "يعلن", ["عن"]],
  ["نفى", "ينفي", [], ["نفت", "نفوا", "تنفي", "ينفون"]],
  ["حذر", "يحذر", ["من"]],
  ["طالب", "يطالب", ["ب"]],
  ["دعا", "يدعو", ["إلى"], ["دعت", "دعوا", "تدعو", "يدعون"]],
  ["شدد", "يشدد", ["على"]],
  ["لفت", "يلفت", ["إلى"]],
  ["تابع", "يتابع", []],
  ["ذكر", "يذكر", []],
  ["صرح", "يصرح", ["ب"]],
  ["كشف", "يكشف", ["عن"]],
  ["أفاد", "يفيد", ["ب"]],
  ["أبلغ", "يبلغ", []],
  ["نقل", "ينقل", ["عن"]],
  ["أردف", "يردف", []],
  ["نوه", "ينوه", ["إلى", "ب"]],
  ["أعرب", "يعرب", ["عن"]],
  ["اعترف", "يعترف", ["ب"]],
  ["أقر", "يقر", ["ب"]],
  ["ادعى", "يدعي", [], ["ادعت", "ادعوا", "تدعي", "يدعون"]],
  ["استطرد", "يستطرد", []],
  ["اختتم", "يختتم", []],
  // «لكنه استدرك بأن …» (went on to qualify): only before a clause («استدرك الخطأ» put it right)
  ["استدرك", "يستدرك", ["ب"]],
  // «وختم الوزير حديثه بالقول: …» (closed with the words): only with «بالقول» in the clause
  ["ختم", "يختم", []],
  ["توقع", "يتوقع", []],
  ["رجح", "يرجح", []],
  ["أورد", "يورد", []],
  ["أجاب", "يجيب", []],
  ["تساءل", "يتساءل", ["عن"]],
  ["استبعد", "يستبعد", []],
  ["اتهم", "يتهم", []],
  ["هدد", "يهدد", ["ب"]],
  ["جدد", "يجدد", []],
  ["ناشد", "يناشد", []],
  ["حث", "يحث", ["على"]],
  ["لاحظ", "يلاحظ", []],
  ["نبه", "ينبه", ["إلى"]],
  ["أفصح", "يفصح", ["عن"]],
  ["أبدى", "يبدي", [], ["أبدت", "أبدوا", "تبدي", "يبدون"]],
  ["وصف", "يصف", []],
  ["اعتقد", "يعتقد", []],
  ["كتب", "يكتب", []],
  // «وغرّد الوزير على منصة إكس بأن …» (tweeted): only before a clause or «:»
  ["غرد", "يغرد", []],
  ["بين", "يبين", []],
  ["أهاب", "يهيب", ["ب"]],
  ["أخبر", "يخبر", []],
  ["أبرز", "يبرز", []],
  ["انتقد", "ينتقد", []],
  ["قدر", "يقدر", []],
  ["أظهر", "يظهر", []],
  ["اشتكى", "يشتكي", ["من"], ["اشتكت", "اشتكوا", "تشتكي", "يشتكون"]],
  // «ويشكو السكان من أن …» (complain): only before a clause («تشكو المدينة من نقص المياه» suffers)
  ["شكا", "يشكو", ["من"], ["شكت", "شكوا", "تشكو", "يشكون"]],
  ["أرجع", "يرجع", ["إلى"]],
  // «وردّ الوزير بأن …», «ردّت الشركة على الاتهامات بأن …»: only before a clause
  ["رد", "يرد", ["على"]],
  // «ورحبت الجمعية بإقرار القانون»: the welcomed thing, a ب-phrase, is the stance reported
  ["رحب", "يرحب", ["ب"]],
  // «وثمّن الاتحاد القرار» (commends, Maghrebi and Gulf press): the commended thing, its object, is the stance
  ["ثمن", "يثمن", []],
  // «وأبان الوزير أن …» (explained, Sudanese and Gulf press): only before a clause
  ["أبان", "يبين", []],
  // «وأنكر المتهم التهم الموجهة إليه»: a denial, its object the content (as «نفى»)
  ["أنكر", "ينكر", []],
  // «وتروي فاطمة … أنها قطعت …», «وسجل الخبير أن …» (Maghrebi press): only before a clause
  ["روى", "يروي", [], ["روت", "رووا", "تروي", "يروون"]],
  ["سجل", "يسجل", []],
  // «"…"، يحكي المواطن X لـ"…"» (tells, colloquial quotes): only before a clause or after a quotation
  ["حكى", "يحكي", [], ["حكت", "حكوا", "تحكي", "يحكون"]],
  // «ويذهب الباحث … إلى أن …» (explainers): goes as far as saying; only before a clause
  ["ذهب", "يذهب", ["إلى"]],
  // «حمّلت الوزارة الشركة المسؤولية عن …»: blames; only with «المسؤولية» after it («حمل لافتة» carries)
  ["حمل", "يحمل", []],
  // «اكتفى الوزير بالقول: …» (said no more than): a statement only with «بالقول» after the subject
  ["اكتفى", "يكتفي", [], ["اكتفت", "اكتفوا", "تكتفي", "يكتفون"]],
  // «وعقّبت النائبة على رد الوزير بالقول إن …», «وعلّق الخبير على القرار بالقول: …» (commented): only with
  // «بالقول» in the clause («عقب الاجتماع» is «after», «علّق العمل» suspends)
  // «وعلمت "الصحيفة" من مصادر مطلعة أن …» (learned): only with «من» and the clause; its source is the speaker
  ["علم", "يعلم", []],
  ["عقب", "يعقب", ["على"]],
  ["علق", "يعلق", ["على"]],
  // «ووجدت الدراسة أن …», «وخلص التقرير إلى أن …»: a study's or a report's finding; only before a clause
  ["وجد", "يجد", []],
  ["خلص", "يخلص", ["إلى"]],
  // «دفع المحامي ببطلان الإجراءات» (a court plea): only with the plea after it («دفع ثمن الأزمة» pays)
  ["دفع", "يدفع", ["ب"]],
  // «والتمس ممثل النيابة إدانة المتهمين» (a court's request): its object is the content
  ["التمس", "يلتمس", []],
  // «وتوعّد الوزير المتلاعبين بعقوبات صارمة»: threatens; its object and the ب-phrase are the content
  ["توعد", "يتوعد", []],
  // «وتعهد الوزير بخفض العجز», «الحكومة تتعهد بأن …»: a pledge, the ب-phrase or clause after it
  ["تعهد", "يتعهد", ["ب"]],
  // «وأمّن الوزير على أهمية …» (endorsed, Sudanese press): only opening its clause, with «على أهمية/ضرورة …»
  ["أمن", "يؤمن", ["على"]],
  // «وعزا المسؤول التأخر إلى …» (ascribed, Gulf and Levantine press): its object and «إلى» are the content
  ["عزا", "يعزو", ["إلى"], ["عزت", "عزوا", "تعزو", "يعزون"]],
  // «وبرّرت الوزارة القرار بارتفاع …» (justified): its object and the ب-phrase of the reason are the content
  ["برر", "يبرر", ["ب"]],
  // «وزاد: «…»» (added, Gulf press): only before a colon («زادت الأسعار» rose)
  ["زاد", "يزيد", []],
  // «وألحّ الوزير على ضرورة …» (insisted, Maghrebi press)
  ["ألح", "يلح", ["على"]],
  // «طمأن الوزير المكتتبين بأن …» (reassured): the hearer, then the content
  ["طمأن", "يطمئن", ["ب"]],
  // «عدّ عضو المجلس أن …» (considered, Iraqi press, as «اعتبر»): only before a clause («عدّ الأصوات» counts)
  ["عد", "يعد", []],
  // «ووعد الوزير بحل الأزمة», «الكهرباء تعد بتحسين التجهيز» (promises): the ب-phrase after it, or a clause
  // (after «عدّ», so that «يعد», «تعد» read as «وعد» and need its object: «ويعد القطاع من أكبر …» is no cue)
  ["وعد", "يعد", ["ب"], ["وعدت", "وعدوا", "تعد", "يعدون"]],
  // «اقترح النائب تخصيص …»: a proposal, its object the content
  ["اقترح", "يقترح", []],
  // «عبّر عدد من التجار عن استيائهم …» (as «أعرب»): only opening its clause, with «عن» after the subject
  ["عبر", "يعبر", ["عن"]],
  // «توصلت الدراسة إلى أن …» (a finding, as «خلص»): only before a clause («توصل الطرفان إلى اتفاق» is an act)
  ["توصل", "يتوصل", ["إلى"]],
  // «ويأمل الباحث أن تساعد النتائج …» (a stated hope): only before a clause; «أمل», «أملت» also read as
  // the noun and as «أملى» (dictated), so only the imperfect reports
  ["أمل", "يأمل", []],
  // «وأكمل: "…"» (went on, Egyptian sports press): only before a clause or «:» («أكمل دراسته» completed)
  ["أكمل", "يكمل", []],
  // «واستكملت: "…"», «واستكمل قائلا: …» (went on): only before a clause or «:» («استكمل دراسته» completed)
  ["استكمل", "يستكمل", []],
  // «وشهد ضابط التحريات بأن المتهم …» (testified): only before a clause («شهدت المدينة احتجاجات» saw)
  ["شهد", "يشهد", ["ب"]],
  // «ويختصر المدرب X المشهد … بالقول: …» (summed up): only with «بالقول» later in its sentence
  ["اختصر", "يختصر", []],
];

/**
 * Forms that read as another word more often than as the reporting verb: «يبلغ» (amounts to, not
 * informs), «طالبا» (requesting, the participle of طلب, not the dual of طالب), «تبين» (it turned out),
 * «يرجع» (goes back to, is due to: the writer's, not «أرجع X ذلك إلى»).
 */
const NOT_CUES = new Set(
  [
    "يبلغ",
    "تبلغ",
    "يبلغون",
    "يبلغان",
    "طالبا",
    "تبين",
    "يرجع",
    "ترجع",
    "يرجعون",
    "يرجعان",
    // «ردا على سؤال»: in reply to, the writer's frame
    "ردا",
    // «توجد أدلة على أن …»: there is, not «وجد» (found)
    "توجد",
    "توجدان",
    "أمل",
    "أملت",
    "أملوا",
    "أملا",
  ].map((w) => foldW(w)),
);
/** Verbs that report only before إن/أن or «:» («كتب مقالا», «بين الطرفين», «أقر قانونا» are not statements). */
const CLAUSAL_ONLY_LEMMAS = [
  "كتب",
  "غرد",
  "بين",
  "أبان",
  "أقر",
  "قدر",
  "أظهر",
  "نقل",
  "رد",
  "روى",
  "سجل",
  "ذهب",
  "وجد",
  "خلص",
  "طمأن",
  "عد",
  "توصل",
  "أمل",
  "أكمل",
  "استكمل",
  "شهد",
  "استدرك",
  "شكا",
  "حكى",
];

/** «ثمّن» (commends) is also «ثمن» (price): only a verb opening its clause reports («وارتفع ثمن الخبز»). */
export const CLAUSE_INITIAL_ONLY = new Set(["ثمن", "أمن", "عبر"].map(foldW));
/**
 * Between «وعد» and its object: up to three words (not «من», «في»: «ويعد القطاع من أكبر …»), or up to six
 * before the occasion of the promise («خلال زيارته للمحافظة أمس», «أمام النواب») with up to five of its own.
 */
const PROMISE_WORD = String.raw`[\s\u00A0]+(?!(?:من|في)[\s\u00A0])[^\s\u00A0،,.:؛]+`;
const PROMISE_GAP = String.raw`(?:(?:${PROMISE_WORD}){0,6}[\s\u00A0]+(?:خلال|أثناء|اثناء|عقب|لدى|أمام)(?:[\s\u00A0]+(?!ب|من[\s\u00A0])[^\s\u00A0،,.:؛]+){1,5}?|(?:${PROMISE_WORD}){0,3})`;
/**
 * What a promise's «ب» opens: a verbal noun (not an adverb «بالفعل», «بالنسبة ل…», «بالغة الأهمية», nor an
 * adjective «باهظة», «باكورة»: a hamza opens إفعال «بإنشاء», «بإعادة», a bare «ا» افتعال or استفعال
 * «باتخاذ», «باستكمال»), or a clause.
 */
const PROMISE_OBJECT = String.raw`(?:ب(?:ال(?!آلاف|مئات|عشرات|ملايين|مليارات|فعل|نسبة|تالي|ضرورة|طبع|ذات|كامل|مقابل|إضافة|رغم|أمر|أساس|درجة|قرب|تأكيد|غ)|ت|[إأ](?:\p{L}{2}ا\p{L}|\p{L}ا\p{L}ة)|ا(?:ست|\p{L}ت)|عدم|${SHORT_VERBAL_NOUNS.join("|")}|م\p{L}ا\p{L}{2}ة)|ب?[أا]ن(?:ه|ها|هم)?[\s\u00A0])`;
/** «بالقول» later in the clause: «عقّب X على Y بالقول إن», «علّق X، NAME، على Y بالقول» (past an apposition). */
const SAYING_IN_CLAUSE = /^(?:[^،,.:؛«"“]{0,80}[،,]){0,2}[^،,.:؛«"“]{0,80}?[\s\u00A0]بالقول(?![\p{L}\p{M}])/u;
/** «حمّل X المسؤولية»: verbs that report only with the noun after them in their clause (folded lemma). */
export const NEEDS_OBJECT = new Map([
  [foldW("حمل"), /مسؤولي/u],
  // («في إطار تعهدات …» is a noun; «تعهد» pledges only what a ب-phrase or a clause says in its clause)
  [foldW("تعهد"), seatless(/^[^،,.:؛]{0,80}?[\s\u00A0](?:ب|[أا]ن[\s\u00A0])/u)],
  [
    foldW("امن"),
    seatless(/^[\s\u00A0]+(?:[^\s\u00A0،,.]+[\s\u00A0]+){1,6}على[\s\u00A0]+(?:أهمية|ضرورة|حرص|التزام|دور)/u),
  ],
  // («يعد بمثابة», «تعد بالآلاف», «ويعد من أكبر …»: the ب of a promise opens a verbal noun near the verb)
  [foldW("وعد"), seatless(new RegExp(String.raw`^${PROMISE_GAP}[\s\u00A0]+${PROMISE_OBJECT}`, "u"))],
  // («وزاد الوزير أن …» (Sudanese, Iraqi press) also; not «زاد الطين بلة أن» (made it worse))
  [
    foldW("زاد"),
    /^(?:(?:[\s\u00A0]+[^\s\u00A0،,.:«"“]+){0,3}[\s\u00A0]*:|(?:[\s\u00A0]+(?!الطين|من[\s\u00A0])[^\s\u00A0،,.:«"“]+){1,3}[\s\u00A0]+ب?[أا]ن[\s\u00A0«"“])/u,
  ],
  // («عبر الحدود», «عبر منصة إكس»: the preposition; the verb has «عن» and its object within a few words)
  [foldW("عبر"), /^(?:[\s\u00A0]+[^\s\u00A0.:«"“]+){1,6}[\s\u00A0]+عن[\s\u00A0]/u],
  [
    foldW("علم"),
    seatless(
      /^(?:[\s\u00A0]*[،,]?[\s\u00A0]+[^\s\u00A0،,.:]+){0,3}[\s\u00A0،,]+من[\s\u00A0][^.]{2,80}?[\s\u00A0]ب?أن(?![\p{L}\p{M}])/u,
    ),
  ],
  [foldW("عقب"), SAYING_IN_CLAUSE],
  [foldW("علق"), SAYING_IN_CLAUSE],
  [foldW("ختم"), SAYING_IN_CLAUSE],
  [foldW("اختصر"), SAYING_LATER],
  [foldW("دفع"), /(?:^|[\s\u00A0،,])ب(?:بطلان|عدم|انتفاء|انقضاء|سقوط|انعدام|كيدية|تلفيق|قصور|تناقض|شيوع)/u],
]);
/**
 * What follows the object of a verb whose object comes before the rest of its content: the accusation's
 * «بـ» («اتهم X بـ…»), the blame's «المسؤولية» («حمّل X المسؤولية»). Folded lemma → test on the bare word.
 */
export const AFTER_OBJECT = new Map([
  [foldW("اتهم"), /^ب/u],
  [foldW("حمل"), /^(?:ال)?مسؤولي/u],
]);
/** Verbs whose first object is the hearer: the content is the أن-clause after it («أبلغ X بأن …»). */
const HEARER_LEMMAS = ["أبلغ", "أخبر", "طمأن", "وعد"];
/** Verbs that continue the statement of the speaker before them («وتابع», «وأضاف»). */
const CONTINUATION_LEMMAS = ["أضاف", "تابع", "استطرد", "أردف", "أكمل", "استكمل"];
/** Passive reporting forms: a statement with no speaker («وأفيد بأن …»). */
const PASSIVE = ["أفيد", "يفاد"];
/** Participles that report only a clause after أن («مسجلا أن …»). Folded. */
export const CLAUSAL_PARTICIPLES = new Set(["مسجلا", "مسجله", "مسجلين", "مسجلتين"]);
/** Participles that report only with «بالقول» after them, the cue («مكتفيا بالقول: …»). Folded. */
export const SAYING_ONLY_PARTICIPLES = new Set(["مكتفيا", "مكتفيه", "مكتفين"]);

const NOMINAL = ["وفقا ل", "وفقا لما", "وفق", "بحسب", "حسب", "طبقا ل", "نقلا عن", "على حد قول", "على لسان"];

type Gender = "m" | "f" | null;

/** Every form with the grammatical gender of its subject (null: plural, dual, or ambiguous) and its lemma. */
function verbFormGenders(): [string, Gender, string][] {
  const out: [string, Gender, string][] = [];
  for (const [perfect, imperfect, , irregular] of VERBS) {
    const forms: [string, Gender][] = [
      [perfect, "m"],
      [imperfect, "m"],
    ];
    if (irregular) {
      const [fPerfect, plPerfect, fImperfect, plImperfect] = irregular;
      forms.push(
        [fPerfect as string, "f"],
        [plPerfect as string, null],
        [fImperfect as string, "f"],
        [plImperfect as string, null],
      );
    } else {
      forms.push([`${perfect}ت`, "f"], [`${perfect}وا`, null], [`${perfect}ا`, null]);
      forms.push([`ت${imperfect.slice(1)}`, "f"], [`${imperfect}ون`, null], [`${imperfect}ان`, null]);
    }
    for (const [form, g] of forms) if (!NOT_CUES.has(foldW(form))) out.push([form, g, perfect]);
  }
  return out;
}

function verbForms(): string[] {
  return [...new Set(verbFormGenders().map(([f]) => f))];
}

const byLength = (a: string, b: string): number => b.length - a.length;
const alternation = (words: string[]): string => [...words].sort(byLength).map(arabicWordPattern).join("|");
const NOT_LETTER = "(?![\\p{L}\\p{M}])";

/**
 * «اشتكت مراجعات من …، مطالبات بتمديد …»: the feminine plural in ات is a participle only after a comma and
 * before its particle or a complementizer (cue-finder checks); elsewhere it is a noun («مطالبات النقابة»).
 */
export const FEMININE_PLURAL_PARTICIPLES = new Set(PARTICIPLES.map(([stem]) => foldW(pluralFeminine(stem))));

/** Folds a word for lookup: no diacritics or tatweel, one alif, ya for alif maqsura, ha for ta marbuta. */
export function foldArabicWord(w: string): string {
  return foldW(w);
}
function foldW(w: string): string {
  return foldArabicLetters(w);
}

/** Lookup sets: a word is checked against them in constant time (no long regex alternations). */
export const VERB_FORMS = new Set(verbForms().map(foldArabicWord));
export const PASSIVE_FORMS = new Set(PASSIVE.map(foldArabicWord));
/** Folded verb form → its lemma (perfect 3rd masc. sing., folded). */
export const FORM_LEMMA = new Map(verbFormGenders().map(([f, , lemma]) => [foldW(f), foldW(lemma)]));
const lemmas = (ws: string[]): Set<string> => new Set(ws.map(foldW));
export const CLAUSAL_ONLY = lemmas(CLAUSAL_ONLY_LEMMAS);
export const HEARER_VERBS = lemmas(HEARER_LEMMAS);
/** «أفاد»: a verb that takes a hearer only when it is an outlet's name in quotation marks. */
export const QUOTED_HEARER_VERBS = lemmas(["أفاد"]);
export const CONTINUATION_VERBS = lemmas(CONTINUATION_LEMMAS);
export const PARTICIPLE_FORMS = new Set(participleForms().map(foldArabicWord));

/** The subject's gender a reporting form shows («قالت» f, «قال» m, «قالوا» none), for implicit subjects. */
export const FORM_GENDER = new Map<string, Gender>();
{
  const add = (form: string, g: Gender): void => {
    const f = foldArabicWord(form);
    FORM_GENDER.set(f, FORM_GENDER.has(f) && FORM_GENDER.get(f) !== g ? null : g);
  };
  for (const [form, g] of verbFormGenders()) add(form, g);
  for (const [stem] of PARTICIPLES) {
    add(`${stem}ا`, "m");
    add(`${stem}ة`, "f");
  }
  for (const w of WEAK_PARTICIPLES) add(w, w.endsWith("ة") ? "f" : w.endsWith("ا") ? "m" : null);
}
export const CUE_PARTICLES = new Set(["الي", "علي", "عن", "من"]);
/**
 * The particles each form takes («أشار إلى», «أعرب عن»): only these join the cue. «كتب على منصة إكس»
 * is a place, not the verb's particle.
 */
export const FORM_PARTICLES = new Map<string, Set<string>>();
{
  const add = (form: string, particles: string[]): void => {
    FORM_PARTICLES.set(foldW(form), new Set(particles.map(foldW)));
  };
  for (const [form, , lemma] of verbFormGenders()) {
    const entry = VERBS.find(([perfect]) => perfect === lemma);
    add(form, entry?.[2] ?? []);
  }
  for (const [stem, particles] of PARTICIPLES)
    for (const form of [...stemForms(stem), pluralFeminine(stem)]) add(form, particles);
  for (const w of WEAK_PARTICIPLES) add(w, w.startsWith("داع") ? ["إلى"] : []);
}

/** Words that may stand between و/ف and a clause-initial verb: «كما قال», «وقد أكد». */
export const VERB_LEADS = new Set(
  ["كما", "قد", "لقد", "ثم", "فيما", "بينما", "حيث", "إذ", "حين"]
    .flatMap((w) => [w, `و${w}`, `ف${w}`])
    // «ولم يستبعد الخبير … أن …», «ولن يتردد …»: a negated verb opening a sentence
    .concat(["ولم", "ولن"])
    .map(foldArabicWord),
);

/** A nominal cue: «وفق بيان …», «بحسب ما نقلت …», «نقلا عن …». */
export const AR_NOMINAL_CUE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?<verb>[وف]?(?:${alternation(NOMINAL)}))(?:ما${NOT_LETTER})?`,
  "gu",
);
/**
 * Complementizers introducing reported content: إن، أن، بأن، with an attached pronoun or not (never with
 * a madda: «آن» is a given name, «السفيرة آن غريو»).
 */
export const AR_COMPLEMENTIZER = seatless(
  new RegExp(
    `^(?!\\u0622)(?:${arabicWordPattern("ب")})?(?:${arabicWordPattern("أن")}|${arabicWordPattern("إن")})(?:${alternation(["ه", "ها", "هم", "هما", "هن", "نا", "ني", "ك", "كم"])})?(?=[${SPACE}“"«:]|$)`,
    "u",
  ),
);
