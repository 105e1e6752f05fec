// "…, Dan Okafor told the broadcaster's election night coverage.", "…, the premier told ABC's morning show.": a
// programme named as the hearer of a trailing "told" is the medium, neither speaker nor words — the words are the
// clause before, as after "told reporters".

/** A programme or broadcast (its owner and kind before it) closing the sentence. */
const MEDIUM_TO_END =
  /^(?:(?:the|a|an|its|his|her|their)[\s\u00A0]+)?(?:[\p{L}\p{N}’'-]+[\s\u00A0]+){0,5}(?:coverage|programme|program|show|broadcast|podcast|bulletin|documentary|livestream|webcast|phone-in|talkback)[\s\u00A0]*[.!]?["”’]?[\s\u00A0]*$/u;

/** The hearer of "tell" from `from` to the sentence's end is a programme. */
export const toldMediumCloses = (text: string, base: string, from: number, sentenceEnd: number): boolean =>
  base === "tell" && MEDIUM_TO_END.test(text.slice(from, sentenceEnd));
