import type { ArticleView, Draft } from "../draft.ts";
import { seatless } from "../text/chars.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import { appositionEnd } from "./apposition.ts";
import { contentStart } from "./content.ts";
import type { Cue } from "./cue-finder.ts";
import { masculineAfterFeminine } from "./masculine-object.ts";
import { beforeAppealed, feminineAfterMasculine } from "./oblique-object.ts";
import { DESCRIBE, plainNoun } from "./owner.ts";
import { bare } from "./phrase.ts";
import { nameAfterPlaceApposition } from "./place-apposition.ts";
import { beforePluralObject } from "./plural-object.ts";
import { beforeRelativeObject } from "./relative-object.ts";
import type { SpanPair } from "./subject.ts";
import type { svoOpeningSubject } from "./svo-opening.ts";
import { withoutObject } from "./without-object.ts";

/** «قبل أن», «بعد أن» right before a verb. */
const BEFORE_OR_AFTER_THAT = seatless(/(?:قبل|بعد)[\s\u00A0]+أن[\s\u00A0]+$/u);

/** «المواطنين», «الطرفين», «المحتجين»: a definite sound plural or dual in the oblique case (not «البحرين»). */
const OBLIQUE = /^ال(?!بحرين$)\p{L}{3,}ين$/u;

/**
 * The subject read after a verb, without what is the verb's object: a noun after a verb joined to an SVO opening
 * or to a statement of the same sentence, an oblique plural, a feminine object, the hearer, the one appealed
 * to, a plural or relative object; with its apposition. Null: the words after the verb are its object.
 */
export function subjectNotObject(
  view: ArticleView,
  cue: Cue,
  d: Draft,
  earlier: Draft[],
  nextStop: number,
  knownNames: Set<string>,
  subject: SpanPair | null,
  pre: SpanPair | null | undefined,
  plu: SpanPair | null,
  svo: ReturnType<typeof svoOpeningSubject>,
): SpanPair | null {
  const { text } = view;
  // (a pronoun or a plural before the verb settles the speaker: nothing after it is trimmed)
  const own = !pre && !plu;
  if (svo && subject && !contentStart(view, subject.end, nextStop).clausal) {
    subject = null;
    d.rules.push("ar.svo-coordinated");
  }
  // «نفت الهيئة …، ووصفت التقارير المتداولة بأنها …», «…، قبل أن يلتمس البراءة لموكله»: a verb joined by
  // و, or «قبل/بعد أن», to a statement of the same sentence keeps its subject; a plain definite noun after
  // it is the object, not a new speaker
  if (
    subject &&
    own &&
    earlier.length > 0 &&
    ((text[cue.start] === "و" && cue.verbStart > cue.start) ||
      BEFORE_OR_AFTER_THAT.test(text.slice(Math.max(0, cue.start - 12), cue.start))) &&
    plainNoun(text, subject, knownNames) &&
    (cue.lemma === DESCRIBE || !contentStart(view, subject.end, nextStop).clausal)
  ) {
    subject = null;
    d.rules.push("ar.coordinated-verb");
  }
  // «ودعا المواطنين إلى …»: a sound plural or dual in «ـين» right after the verb is in the oblique case,
  // its object; a verb's subject would read «المواطنون»
  if (subject && own && OBLIQUE.test(bare(tokensForward(text, subject.start, subject.end, 1)[0] as Token))) {
    subject = null;
    d.rules.push("ar.oblique-object");
  }
  if (
    subject &&
    own &&
    feminineAfterMasculine(text, text.slice(cue.verbStart, cue.end), subject, knownNames)
  ) {
    subject = null;
    d.rules.push("ar.feminine-object");
  }
  if (subject && own && masculineAfterFeminine(text, cue, subject, knownNames)) {
    subject = null;
    d.rules.push("ar.masculine-object");
  }
  // «وأبلغ قباني رئيس الحكومة أن …»: the hearer after the speaker's name is not more of it
  if (subject && own) subject = withoutObject(text, subject, text.slice(cue.start, cue.end), cue.lemma, true);
  if (subject && own) subject = beforeAppealed(text, subject, cue.lemma, knownNames);
  if (subject && own) subject = beforePluralObject(text, subject);
  if (subject && own) subject = beforeRelativeObject(text, text.slice(cue.verbStart, cue.end), subject);
  if (subject && own) {
    const appositionTo =
      nameAfterPlaceApposition(text, subject, nextStop) ?? appositionEnd(text, subject, nextStop);
    if (appositionTo !== null) {
      subject = { start: subject.start, end: appositionTo };
      d.rules.push("ar.apposition");
    }
  }
  return subject;
}
