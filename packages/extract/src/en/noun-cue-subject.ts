// "Mrs Kiaro’s warning that the market could close by March has not yet been answered by the ABG.": a noun of
// speech that opens the sentence is its subject; the predicate that closes the sentence is the writer's.

/** "has not yet been answered by the ABG", "was ignored", "went unanswered", "remains unanswered" at the end. */
const CLOSING_PREDICATE =
  /[\s\u00A0]+(?:(?:has|have|had|was|were|is|are)[\s\u00A0]+(?:(?:not|yet|since|also|largely|widely|so[\s\u00A0]+far|never|still)[\s\u00A0]+)*(?:been[\s\u00A0]+)?[a-z]+(?:ed|en)|(?:went|goes|go|remains?|remained)[\s\u00A0]+(?:largely[\s\u00A0]+)?(?:unanswered|unheeded|ignored|unchallenged))(?:[\s\u00A0]+by(?:[\s\u00A0]+(?!(?:has|have|had|was|were|is|are)\b)[\p{L}’'-]+){1,4})?[\s\u00A0]*$/u;
/** The words that may come before an owner opening the sentence. */
const OPENING = /^(?:(?:But|And|Yet|So)[\s\u00A0]+)?$/;

/** The content's end short of the sentence's closing predicate when the noun phrase opens the sentence. */
export function beforeClosingPredicate(
  text: string,
  sentenceStart: number,
  nounPhraseStart: number,
  content: [number, number],
): number {
  if (!OPENING.test(text.slice(sentenceStart, nounPhraseStart))) return content[1];
  const words = text.slice(content[0], content[1]);
  const m = CLOSING_PREDICATE.exec(words);
  if (!m || words.slice(0, m.index).split(/[\s\u00A0]+/).length < 3) return content[1];
  return content[0] + m.index;
}
