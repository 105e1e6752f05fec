// «وزير الصحة يزور مستشفى البشير»: a headline's present-tense verb after a title is no name.

import type { ArticleView } from "../draft.ts";
import type { MentionParse } from "../speaker-types.ts";

/** Longer first lines are the article's own paragraph, not a headline. */
const HEADLINE_MAX = 160;
/** «يزور», «تفتتح», «يتعهد»: a word with the imperfect's prefix (ي/ت) and three letters or more after it. */
const IMPERFECT = /^[يت][\p{L}\p{M}]{3,}$/u;
/** An imperfect verb, not a noun of its shape that ends a phrase («تلبية», «يوما», «يومين»). */
const VERB_AFTER_NAME = /^[يت][\p{L}\p{M}]{2,}[^\sةا](?<!ين|ان)$/u;

/**
 * Headlines tell their news in the present tense («وزير الصحة يزور …», «الرئيس تبون يستقبل …»): in the
 * headline line, the name read after a title ends before its first word with the imperfect's prefix (and
 * is none when that word opens it). A name the body gives in full comes again there. Other parses as they are.
 */
export function headlineName(view: ArticleView, pos: number, parse: MentionParse): MentionParse | null {
  const line = view.sentences[0];
  if (!line || !parse.name || pos >= line.end) return parse;
  const lineEnd = view.text.indexOf("\n", line.start);
  if (pos >= lineEnd || lineEnd - line.start > HEADLINE_MAX) return parse;
  const words = parse.name.split(/[\s\u00A0]+/u);
  const first = words.findIndex((w) => IMPERFECT.test(w));
  if (first < 0) return parse;
  // «وزير الخارجية يوسف العتيبة يزور …», «الفنان تامر حسني يحيي …»: a headline has one verb after its
  // subject; an imperfect-looking word two words before another one is a given name («يوسف», «تامر»)
  const verb = VERB_AFTER_NAME.test(words[first + 2] ?? "") ? first + 2 : first;
  return verb === 0 ? null : { ...parse, name: words.slice(0, verb).join(" ") };
}
