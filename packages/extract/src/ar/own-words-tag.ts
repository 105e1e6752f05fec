// «فرسوم الترخيص تضاعفت، على حد قوله.»: the writer's tag on a sentence of the speaker's words, after them, with
// a pronoun for the speaker just quoted; the sentence before the tag is that speaker's claim.
import { type ArticleView, type Draft, spanDraft, trimSpan } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";
import type { Cue } from "./cue-finder.ts";
import { leadingContent } from "./nominal.ts";

/** «على حد قوله», «على حد تعبيرها»: the tag's cue words (the pronoun after them), closing the sentence. */
const TAG_CLOSES = /^[\s\u00A0]*[.!؟?]?[\s\u00A0]*$/u;
/** «فالمخيمات», «فرسوم»: the «ف» that joins the sentence to the last one, before a noun. */
const JOINING_FA = /^ف(?=ال[\p{L}]{3}|[\p{L}]{4,}[\s\u00A0])/u;

/** The draft of the sentence before a closing own-words tag with a pronoun, or null. */
export function closingOwnWordsDraft(
  view: ArticleView,
  s: Sentence,
  cue: Cue,
  sourceEnd: number,
): Draft | null {
  const { text } = view;
  if (!TAG_CLOSES.test(text.slice(sourceEnd, s.end))) return null;
  const comma = /[،,][\s\u00A0]*$/u.exec(text.slice(s.start, cue.verbStart));
  if (!comma) return null;
  const before = trimSpan(text, s.start, s.start + comma.index);
  let content = before && leadingContent(text, before);
  if (!content) return null;
  if (JOINING_FA.test(text.slice(content[0], content[0] + 12)))
    content = trimSpan(text, content[0] + 1, content[1]);
  if (!content || content[1] - content[0] < 12) return null;
  return spanDraft("ar.own-words-tag", {
    cue: [cue.verbStart, sourceEnd],
    content,
    frame: [s.start, s.end],
    inherits: true,
  });
}
