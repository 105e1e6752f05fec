import type { Token } from "../text/tokens.ts";
import { foldWord, TIME_WORDS } from "./lexicon.ts";

/** A period's edge and the definite periods: «مطلع الأسبوع», «نهاية الشهر», «منتصف الأسبوع الجاري». */
const PERIOD_WORDS = new Set(
  ["مطلع", "بداية", "نهاية", "منتصف", "أواخر", "أوائل", "أواسط", "الأسبوع", "الشهر", "العام", "السنة"].map(
    foldWord,
  ),
);

/** «، أول أمس،», «، مطلع الأسبوع،»: the words between commas tell a time only, no name («أول» is also a given name). */
export const timeOnly = (inner: Token[]): boolean =>
  inner.every(
    (t) => t.text === "من" || TIME_WORDS.has(foldWord(t.text)) || PERIOD_WORDS.has(foldWord(t.text)),
  );
