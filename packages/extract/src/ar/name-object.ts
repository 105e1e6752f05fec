// «استقبل وزير الخارجية أيمن الصفدي السفير الفرنسي في …»: a name read after a title, in a sentence that
// reports nothing, stops where the verb's object, another titled person, begins.

import { foldWord, PERSON_TITLES } from "./lexicon.ts";
import { titleHead } from "./phrase.ts";

/** «الشيخ», «الأمين», «الأمير», «السيد»: titles that are also the last word or a part of a name. */
const NAME_PARTS = new Set(["الشيخ", "الأمين", "الامين", "الأمير", "الامير", "السيد"].map(foldWord));

/**
 * The name without the object after it: a definite person title and its description («السفير الفرنسي»,
 * «الوزير السابق X») after two words of the name or more.
 */
export function nameBeforeObject(name: string): string {
  const words = name.split(/[\s\u00A0]+/u);
  for (let k = 2; k < words.length - 1; k++) {
    const w = words[k] as string;
    if (/^ال/u.test(w) && PERSON_TITLES.has(titleHead(w)) && !NAME_PARTS.has(foldWord(w)))
      return words.slice(0, k).join(" ");
  }
  return name;
}
