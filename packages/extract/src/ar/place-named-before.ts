// «وزارة الصحة في الولاية» after «عاصمة ولاية جنوب غرب الصومال»: the place a body's name points back to.
import type { MentionParse } from "../speakers.ts";
import { isFunctionWord } from "./lexicon.ts";

/** «… في الولاية», «… بالمحافظة»: a body's name that ends with a place named before by its kind alone. */
const BACK_TO_PLACE =
  /^(.+?)[\s\u00A0]+(?:(في)[\s\u00A0]+ال|(ب)ال)(ولاية|محافظة|إقليم|اقليم|مقاطعة|بلدية|مدينة)$/u;

/**
 * «وفق إحصاءات وزارة الصحة في الولاية» after «بيدوا، عاصمة ولاية جنوب غرب الصومال»: the body is in the
 * place of that kind the text last named before `at` (up to four words of its name). Null otherwise.
 */
export function placeNamedBefore(parse: MentionParse, text: string, at: number): MentionParse | null {
  const m = parse.kind === "organisation" && parse.name ? BACK_TO_PLACE.exec(parse.name) : null;
  if (!m) return null;
  const [, body, fi, ba, kind] = m;
  const named = new RegExp(
    `(?<![\\p{L}\\p{M}])[وبلف]?${kind}[\\s\\u00A0]+((?:\\p{L}+[\\s\\u00A0]*){1,4})`,
    "gu",
  );
  let place: string | null = null;
  for (const p of text.slice(0, at).matchAll(named)) {
    const words = (p[1] as string).trim().split(/[\s\u00A0]+/u);
    // («بولاية البحر الأحمر خالد …»: a bare word after a definite one is the next phrase, a holder's name)
    const stop = words.findIndex(
      (w, k) => isFunctionWord(w) || (k > 0 && /^ال/u.test(words[k - 1] as string) && !/^ال/u.test(w)),
    );
    const name = (stop < 0 ? words : words.slice(0, stop)).join(" ");
    if (name) place = `${kind} ${name}`;
  }
  if (!place) return null;
  return { ...parse, name: `${body} ${fi ? `في ${place}` : `${ba}${place}`}` };
}
