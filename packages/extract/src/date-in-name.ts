/**
 * Places, movements and events named by a date: «قصر 15 يناير», «ثورة 25 يناير», «شارع 23 يوليو», "Palais
 * du 15 Janvier", "the 26 March Stadium". The date is part of the name, no day of the story.
 */
const AR_NAMED_BY_DATE =
  /(?:^|[^\p{L}\p{M}])[وبلف]?(?:قصر|ساحة|شارع|جسر|ميدان|ملعب|استاد|مطار|جامعة|مستشفى|مدينة|حي|نفق|جادة|مدرسة|ثانوية|مسجد|قاعة|مجمع|معسكر|ثكنة|ثورة|حركة|انتفاضة|تيار|قوى|ائتلاف|تحالف)[\s\u00A0]+(?:الـ)?$/u;
const EN_NAMED_BEFORE =
  /\b(?:Palace|Palais|Stadium|Stade|Square|Place|Avenue|Bridge|Street|Boulevard|University|Hospital|Airport|Camp|Barracks|Hall)\s+(?:of\s+(?:the\s+)?|du\s+|de\s+la\s+|des\s+)?$/;
const EN_NAMED_AFTER =
  /^\s+(?:Palace|Stadium|Square|Avenue|Bridge|Street|Boulevard|University|Hospital|Airport|Camp|Barracks|Hall|Movement|Revolution|Uprising|Alliance)\b/;

/** The date at text[start, end) is part of a name («قصر 15 يناير», "the 26 March Stadium"). */
export function dateInName(text: string, lang: "ar" | "en", start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (lang === "ar") return AR_NAMED_BY_DATE.test(before);
  return EN_NAMED_BEFORE.test(before) || EN_NAMED_AFTER.test(text.slice(end, end + 16));
}
