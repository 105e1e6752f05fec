/** Arabic circumstantial participles (حال, «مشيرا إلى», «مؤكدا أن») that report a second statement, and their forms. */

/** Circumstantial participles (حال) carrying a second statement by the main clause's speaker. */
export const PARTICIPLES: [string, string[]][] = [
  ["مشير", ["إلى"]],
  ["معتبر", []],
  ["مضيف", []],
  ["مؤكد", ["على"]],
  ["لافت", ["إلى"]],
  ["زاعم", []],
  ["واصف", []],
  ["موضح", []],
  ["منوه", ["إلى", "ب"]],
  // «منبها إلى أن …» (pointing out, warning)
  ["منبه", ["إلى"]],
  ["مشدد", ["على"]],
  ["محذر", ["من"]],
  ["معرب", ["عن"]],
  ["قائل", []],
  ["مطالب", ["ب"]],
  ["متابع", []],
  ["مستدرك", []],
  ["معلن", ["عن"]],
  ["كاشف", ["عن"]],
  ["مبين", []],
  ["مردف", []],
  ["متسائل", []],
  ["متهم", []],
  ["مذكر", ["ب"]],
  ["معترف", ["ب"]],
  ["مستبعد", []],
  ["متوقع", []],
  ["مجدد", []],
  ["مرجح", []],
  ["مختتم", []],
  ["مبرز", []],
  ["مقترح", []],
  ["محمل", []],
  ["منتقد", []],
  ["متعهد", ["ب"]],
  ["ملمح", ["إلى"]],
  ["مستنكر", []],
  ["مطمئن", ["إلى"]],
  ["ملوح", ["ب"]],
  ["مرجع", []],
  ["عازي", []], // «عازيا ذلك إلى "…"»: the cause the speaker gives, its object kept
  // «مصرحا بأن …»
  ["مصرح", ["ب"]],
  // «مسجلا أن …» (only with أن: «مسجلا ارتفاعا» records a figure)
  ["مسجل", []],
  // «متوعدا المتلاعبين بعقوبات صارمة»
  ["متوعد", []],
  // «ناصحا بأخذ اللقاح …» (advising): the ب-phrase is the content
  ["ناصح", ["ب"]],
];

export const WEAK_PARTICIPLES = [
  "داعيا",
  "داعية",
  "داعين",
  "داعيات",
  "نافيا",
  "نافية",
  "نافين",
  "نافيات",
  "مبديا",
  "مبدية",
  "مبدين",
  "مبديات",
  "مدعيا",
  "مدعية",
  "مدعين",
  // «اعتذر عن التفاصيل، مكتفيا بالقول إن …» (said no more than): only with «بالقول», which is the cue
  "مكتفيا",
  "مكتفية",
  "مكتفين",
];

/**
 * The forms of a regular participle stem (حال): masculine, feminine, plural and feminine dual. Not the
 * feminine plural in ات, which reads as a noun («مقترحات», «مطالبات», «متابعات»).
 */
export const stemForms = (stem: string): string[] => [`${stem}ا`, `${stem}ة`, `${stem}ين`, `${stem}تين`];

export const pluralFeminine = (stem: string): string => `${stem}ات`;

export const participleForms = (): string[] => {
  const forms: string[] = [...WEAK_PARTICIPLES];
  for (const [stem] of PARTICIPLES) forms.push(...stemForms(stem), pluralFeminine(stem));
  return forms;
};
