// «قالت X إن …، وطالبت المجلس بعقد دورة استثنائية»: a feminine verb of appeal before a masculine singular
// title or body. The verb would agree with its subject, so that noun is the one appealed to.

import { tokensForward } from "../text/tokens.ts";
import type { Cue } from "./cue-finder.ts";
import { foldWord, ORG_TITLES, PERSON_TITLES } from "./lexicon.ts";
import { APPEALS } from "./oblique-object.ts";
import { bare, hasAl, titleHead } from "./phrase.ts";

/** Masculine-looking heads a feminine verb does take: plurals of things and people, «الدفاع» (its ministry). */
const NOT_MASCULINE_SINGULAR = new Set(
  [
    "الأمم",
    "أرقام",
    "تقارير",
    "وسائل",
    "معطيات",
    "نواب",
    "قادة",
    "زعماء",
    "شهود",
    "سفراء",
    "أصحاب",
    "مصادر",
    "الدفاع",
  ].map((w) => foldWord(w.replace(/^ال/u, ""))),
);

/**
 * True when the subject read after a feminine verb of appeal is only definite words headed by a masculine
 * singular title or body («المجلس», «الوزير», «المجلس البلدي»): the verb's object. A woman's name after a
 * title («وطالبت النائب سعاد …») has a word without the article, and stays the subject.
 */
export function masculineAfterFeminine(
  text: string,
  cue: Cue,
  subject: { start: number; end: number },
  knownNames: Set<string>,
): boolean {
  if (cue.gender !== "f" || !cue.lemma || !APPEALS.has(cue.lemma)) return false;
  const toks = tokensForward(text, subject.start, subject.end, 4);
  const [first] = toks;
  if (!first?.word || toks.some((t) => !t.word || !hasAl(t))) return false;
  const head = bare(first);
  const folded = foldWord(head);
  if (
    /(?:ة|ات|ون|ين)$/u.test(head) ||
    NOT_MASCULINE_SINGULAR.has(folded) ||
    knownNames.has(foldWord(first.text))
  )
    return false;
  return ORG_TITLES.has(folded) || PERSON_TITLES.has(titleHead(first.text));
}
