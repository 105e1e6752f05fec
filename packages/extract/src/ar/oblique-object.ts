// «ودعا المواطنين إلى …»: a sound plural in ـين right after a verb of appeal is its object, not its subject.
import { type Token, tokensForward } from "../text/tokens.ts";
import { foldArabicWord } from "./cues.ts";
import { foldWord, ORG_TITLES, PERSON_TITLES } from "./lexicon.ts";
import { titleHead } from "./phrase.ts";

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

/**
 * «وطالبت الحمادي الهيئة بـ…», «وطالب الحمداني رئيس الوزراء بـ…»: after a verb of appeal, the words read
 * as subject past a name already met (the surname of a speaker; not a title or a body's noun, which a
 * speaker's title may have made known) are the one appealed to, its object.
 */
export function beforeAppealed(
  text: string,
  subject: { start: number; end: number },
  lemma: string | null | undefined,
  knownNames: Set<string>,
): { start: number; end: number } {
  if (!lemma || !APPEALS.has(lemma)) return subject;
  const toks = tokensForward(text, subject.start, subject.end, 12);
  let k = 0;
  const named = (t: Token): boolean =>
    t.word &&
    knownNames.has(foldWord(t.text)) &&
    !PERSON_TITLES.has(titleHead(t.text)) &&
    !ORG_TITLES.has(foldWord(t.text));
  while (k < toks.length && named(toks[k] as Token)) k++;
  if (k === 0 || k >= toks.length || !(toks[k] as Token).word) return subject;
  return { start: subject.start, end: (toks[k - 1] as Token).end };
}
