// «غير أن مصدرا طبيا أكد …», «لكن مسؤولا رفيعا في الوزارة قال …»: an unnamed source in the accusative after
// «أن», «لكن» is named as the nominative («مصدر طبي», «مسؤول رفيع في الوزارة»), as anywhere else.
import { foldWord, PERSON_TITLES, QUANTIFIERS, SOURCE_NOUNS } from "./lexicon.ts";
import { titleHead } from "./phrase.ts";

/** «مصدرا», «طبيا», «مطلعا»: an indefinite word with the accusative's alif (not «ـاء», not a short word). */
const ACCUSATIVE = /^(?!ال)(\p{L}{3,}?)(ي)?ا$/u;

/** The mention with its opening accusative source noun and the adjectives after it in the nominative. */
export function nominativeSource(mention: string): string {
  const words = mention.split(/([\s\u00A0]+)/u);
  const head = ACCUSATIVE.exec(words[0] ?? "");
  // («وزيرا الخارجية»: a dual in construct with a definite genitive, no accusative)
  if (!head?.[1] || /^ال/u.test(words[2] ?? "")) return mention;
  const noun = `${head[1]}${head[2] ?? ""}`;
  const quantifier = QUANTIFIERS.has(foldWord(noun)); // «عددا من السكان» → «عدد من السكان»
  if (!SOURCE_NOUNS.has(foldWord(noun)) && !PERSON_TITLES.has(titleHead(noun)) && !quantifier) return mention;
  words[0] = noun;
  // the adjectives agreeing with it: «طبيا» → «طبي», «رفيعا» → «رفيع»
  // (not a ل-genitive with a pronoun: «مستشارا لقائدها»)
  for (let k = 2; k < words.length; k += 2) {
    const adjective = /^[لب]|ها$/u.test(words[k] ?? "") ? null : ACCUSATIVE.exec(words[k] ?? "");
    if (!adjective?.[1]) break;
    words[k] = `${adjective[1]}${adjective[2] ?? ""}`;
  }
  return words.join("");
}
