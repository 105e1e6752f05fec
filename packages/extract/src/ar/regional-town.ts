// «المرصد الجهوي … بمراكش», «المحكمة الابتدائية بتونس»: a local body's name ends with its town, a bare ب-word.
import { seatless } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { ORG_TITLES } from "./lexicon.ts";
import { titleHead } from "./phrase.ts";

/**
 * «الجهوي», «الإقليمية», «المحلي», «الولائي»: a body's level of government; «الابتدائية», «الاستئناف»: a
 * court's. Either is named by the town after it.
 */
export const REGIONAL = seatless(/^ال(?:(?:جهوي|إقليمي|اقليمي|محلي|ولائي|ابتدائي)(?:ة)?|استئناف)$/u);
export const isRegional = (word: string): boolean => REGIONAL.test(word);

/**
 * «الناطق باسم المحكمة الابتدائية بتونس محمد زيتونة»: a local body's bare ب-town at ws[i], last or before a
 * name of two words or more; after any other body only before such a name («رئيس جمعية التجار بمراكش X Y»).
 */
export function localBodyTown(ws: string[], i: number): boolean {
  const w = ws[i] as string;
  if (!townShape(w, !ws[i + 1]) || i === ws.length - 2) return false;
  if (ws.slice(1, i).some(isRegional)) return true;
  return i + 2 < ws.length && !/^بو/u.test(w) && ws.slice(0, i).some((x) => ORG_TITLES.has(titleHead(x)));
}

/** Given names that open with ب and would pass for a ب-town: «رئيس المجلس الجهوي بشير العلوي». */
const BA_GIVEN_NAMES = new Set(
  "بشير بشرى بلال بسام بدر بكر بهاء بلقاسم بوعلام برهان بطرس بولس بيار بسمة بثينة بديعة بهية بلقيس بتول بهجت".split(
    " ",
  ),
);

/**
 * «إن», «عن», «في»: what follows a body's name where it speaks («المرصد الجهوي بسوسة إن …», «… بقفصة عن …»);
 * a ب-noun in ة that opens an adjunct goes on with its genitive or «من» («بمناسبة اليوم», «بدعوة من»).
 */
const AFTER_SPEAKER = /^(?:إن|أن|ان|عن|في|على|إلى|الى)$/u;

/** Whether the name of a body ends before `next` (the token after its town; none at the end). */
export const bodyNameEndsBefore = (next: Token | undefined): boolean =>
  !next?.word || AFTER_SPEAKER.test(next.text);

/**
 * «بمراكش», «بتونس»: the shape of a bare ب-town (not a ب-verbal noun «بتسريع», «بإعلان», nor a pronoun
 * suffix). A town in ة («بسوسة», «بقفصة») only where the name ends with it: elsewhere it reads like
 * «بمناسبة», «بدعوة».
 */
export const townShape = (word: string, endsName = false): boolean =>
  /^ب[^اإأ]/u.test(word) &&
  word.length >= 4 &&
  !BA_GIVEN_NAMES.has(word) &&
  !/^بت\p{L}\p{L}ي\p{L}$/u.test(word) &&
  !/(?:ه|ها|هم)$/u.test(word) &&
  (endsName || !word.endsWith("ة"));
