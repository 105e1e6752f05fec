// «لم تكن الطالبة، التي …، تتوقع أن …», «ولم يكن أحد يعتقد أن …»: what someone was not expecting, told in the
// negated past continuous of «كان», is the writer's narrative of a state of mind, not a statement («وكان البنك
// يتوقع أن …» may recall a forecast, and stays).
import { FORM_LEMMA, foldArabicWord } from "./cues.ts";

/** «توقع», «اعتقد», «ظن», «تخيل»: verbs of expecting and believing. Folded lemmas. */
const EXPECTING = new Set(["توقع", "اعتقد", "ظن", "تخيل"].map(foldArabicWord));
/** «لم تكن», «ولم يكن», «وما كانت»: the sentence opening with a negated «كان». */
const KANA_OPENING =
  /^[\s\u00A0]*[وف]?(?:لم[\s\u00A0]+(?:يكن|تكن|يكونوا|يكونا|تكونا)|ما[\s\u00A0]+(?:كان|كانت|كانوا))(?![\p{L}\p{M}])/u;

/** The imperfect of a verb of expecting (folded `core`) in a sentence that opens with a negated «كان». */
export function pastExpectation(text: string, sentenceStart: number, core: string): boolean {
  if (!/^[يت]/u.test(core) || !EXPECTING.has(FORM_LEMMA.get(core) ?? "")) return false;
  return KANA_OPENING.test(text.slice(sentenceStart, sentenceStart + 24));
}
