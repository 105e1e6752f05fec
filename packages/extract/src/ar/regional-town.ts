// «المرصد الجهوي … بمراكش», «المحكمة الابتدائية بتونس»: a local body's name ends with its town, a bare ب-word.
import { seatless } from "../text/chars.ts";

/**
 * «الجهوي», «الإقليمية», «المحلي», «الولائي»: a body's level of government; «الابتدائية», «الاستئناف»: a
 * court's. Either is named by the town after it.
 */
export const REGIONAL = seatless(/^ال(?:(?:جهوي|إقليمي|اقليمي|محلي|ولائي|ابتدائي)(?:ة)?|استئناف)$/u);

/** Given names that open with ب and would pass for a ب-town: «رئيس المجلس الجهوي بشير العلوي». */
const BA_GIVEN_NAMES = new Set(
  "بشير بشرى بلال بسام بدر بكر بهاء بلقاسم بوعلام برهان بطرس بولس بيار".split(" "),
);

/**
 * «بمراكش», «بتونس»: the shape of a bare ب-town (not a ب-verbal noun «بتسريع», «بإعلان», nor «بمناسبة»-like
 * ة-nouns or a pronoun suffix).
 */
export const townShape = (word: string): boolean =>
  /^ب[^اإأ]/u.test(word) &&
  word.length >= 4 &&
  !BA_GIVEN_NAMES.has(word) &&
  !/^بت\p{L}\p{L}ي\p{L}$/u.test(word) &&
  !/(?:ة|ه|ها|هم)$/u.test(word);
