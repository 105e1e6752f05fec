// «وطالبت الحمادي الهيئة بـ…»: after a verb of appeal, who is appealed to is its object, not part of its subject.
// (A sound plural in ـين right after any verb, «ودعا المواطنين إلى», is its object too: `OBLIQUE` in speaker.ts.)
import { type Token, tokensForward } from "../text/tokens.ts";
import { foldArabicWord } from "./cues.ts";
import { foldWord, ORG_TITLES, PERSON_TITLES } from "./lexicon.ts";
import { titleHead } from "./phrase.ts";

/** Verbs of appeal whose object comes before the particle: دعا X إلى, طالب X بـ, حث X على, ناشد X. */
const APPEALS = new Set(["دعا", "طالب", "حث", "ناشد"].map(foldArabicWord));

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
