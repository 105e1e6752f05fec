// A question put with a verb of asking asserts nothing a reader could check: no claim ("asked whether …",
// "questioned why …", "wondered if …", "“Who will pay for this?” she asked"). The Arabic batches read
// «متسائلا: "…؟"» and «وتساءل X: "…؟"» the same way.
import type { ArticleView, Draft } from "../draft.ts";

/** The cue's last word asks: "asked", "also asks", "has repeatedly wondered", "questioned". */
const ASKING_CUE =
  /(?:^|[\s\u00A0])(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|question(?:s|ed|ing)?|quer(?:y|ies|ied|ying))$/i;
/** An indirect question: "whether he had …", "why the report was late". */
export const ASKED_QUESTION = /^(?:whether|if|why|how|what|who|whom|when|where|which)\b/i;
/**
 * A question put to a hearer: "the Minister whether …", "him why …", "Mr Rove how …" (a few words of the hearer, none
 * opening a clause or an infinitive, then the question word).
 */
const HEARER_THEN_QUESTION =
  /^(?:(?!(?:to|that|and|but|for|with)\b)[\p{L}.'’-]+[\s\u00A0]+){1,7}(?:whether|if|why|how|what|when|where)\b/iu;
/** A titled hearer, then where and when: "the Minister for Enterprise in the chamber on Tuesday whether …". */
const TITLED_HEARER_THEN_QUESTION =
  /^the[\s\u00A0]+\p{Lu}[\p{L}-]*[\s\u00A0]+(?:for|of)[\s\u00A0]+(?:(?!(?:to|that|and|but|with)\b)[\p{L}.'’-]+[\s\u00A0]+){1,8}(?:whether|if|why|how|what|when|where)\b/u;
/** "wanted to know whether …", "demanded to know why …": a question put as a wish to know. */
const WISH_TO_KNOW =
  /^to[\s\u00A0]+(?:know|learn|find[\s\u00A0]+out)[\s\u00A0]+(?:whether|if|why|how|what|when|where|who)\b/i;
const QUOTE_MARKS = /^[\s\u00A0"“”‘’'«»]+|[\s\u00A0"“”‘’'«»,]+$/g;

/** A quotation that only asks: each of its sentences ends with a question mark ("“Why now? Who decided?”"). */
function onlyQuestions(content: string): boolean {
  if (!/^["“‘'«]/.test(content)) return false;
  const sentences = content.replace(QUOTE_MARKS, "").split(/(?<=[.!?])[\s\u00A0]+/);
  return sentences.every((s) => /\?$/.test(s));
}

/** The draft's cue asks and its content is the question asked, not a statement. */
export function questionAsked(view: ArticleView, d: Draft): boolean {
  if (WISH_TO_KNOW.test(view.text.slice(d.contentStart, d.contentStart + 40))) return true;
  if (!ASKING_CUE.test(view.text.slice(d.cueStart, d.cueEnd))) return false;
  const content = view.text.slice(d.contentStart, d.contentEnd);
  return (
    ASKED_QUESTION.test(content) ||
    HEARER_THEN_QUESTION.test(content) ||
    TITLED_HEARER_THEN_QUESTION.test(content) ||
    onlyQuestions(content)
  );
}

/**
 * "asked the Minister for Enterprise in Tynwald on Tuesday whether …": the hearer and the day before the question
 * word stand between the cue and the question, where a day dates the words (the sitting's day, which the reply
 * and the asker's later words take). Moves a question's content to its question word.
 */
export function questionFromItsWord(view: ArticleView, d: Draft): void {
  const content = view.text.slice(d.contentStart, d.contentEnd);
  if (!HEARER_THEN_QUESTION.test(content) && !TITLED_HEARER_THEN_QUESTION.test(content)) return;
  const word = /\b(?:whether|if|why|how|what|when|where)\b/i.exec(content);
  if (word && word.index > 0) d.contentStart += word.index;
}
