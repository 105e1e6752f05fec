// «ودعا المواطنين إلى …»: a sound plural in ـين right after a verb of appeal is its object, not its subject.
import { foldArabicWord } from "./cues.ts";

/** Verbs of appeal whose object comes before the particle: دعا X إلى, طالب X بـ, حث X على, ناشد X. */
const APPEALS = new Set(["دعا", "طالب", "حث", "ناشد"].map(foldArabicWord));

/**
 * The words read as subject are one definite word in ـين (the oblique case of a sound plural or dual:
 * «المواطنين», «الطرفين»; the subject would read «المواطنون», «الطرفان») followed by the verb's particle:
 * the verb's subject is implicit and those words are its object. A known name («الحسين») stays a subject.
 */
export function obliqueObject(
  lemma: string | null | undefined,
  words: string,
  after: string,
  knownNames: Set<string>,
): boolean {
  if (!lemma || !APPEALS.has(lemma)) return false;
  const w = foldArabicWord(words.trim());
  if (!/^ال[^\s]{3,}ين$/u.test(w) || knownNames.has(w)) return false;
  return /^[\s\u00A0]*(?:إلى|ب|على)/u.test(after);
}
