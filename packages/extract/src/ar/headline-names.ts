// «وزير الصحة يزور مستشفى البشير»: a headline's present-tense verb after a title is no name.

import type { ArticleView } from "../draft.ts";
import type { MentionParse } from "../speaker-types.ts";

/** Longer first lines are the article's own paragraph, not a headline. */
const HEADLINE_MAX = 160;
/** «يزور», «تفتتح», «يتعهد»: a word with the imperfect's prefix (ي/ت) and three letters or more after it. */
const IMPERFECT = /^[يت][\p{L}\p{M}]{3,}$/u;

/**
 * Headlines tell their news in the present tense («وزير الصحة يزور …», «الرئيس تبون يستقبل …»): in the
 * headline line, the name read after a title ends before its first word with the imperfect's prefix (and
 * is none when that word opens it). A name the body gives in full comes again there. Other parses as they are.
 */
export function headlineName(view: ArticleView, pos: number, parse: MentionParse): MentionParse | null {
  const first = view.sentences[0];
  if (!first || !parse.name || pos >= first.end) return parse;
  const lineEnd = view.text.indexOf("\n", first.start);
  if (pos >= lineEnd || lineEnd - first.start > HEADLINE_MAX) return parse;
  const words = parse.name.split(/[\s\u00A0]+/u);
  const verb = words.findIndex((w) => IMPERFECT.test(w));
  if (verb < 0) return parse;
  return verb === 0 ? null : { ...parse, name: words.slice(0, verb).join(" ") };
}
