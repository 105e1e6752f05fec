import type { Token } from "../text/tokens.ts";

/** Count words that open a subject as a determiner does ("several environmental groups", "two party aides"). */
const COUNT_WORD =
  /^(?:several|many|some|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d{1,3}(?:,\d{3})*)$/i;
/** Nouns of time that make the count an adjunct ("Two days later, …", "Several weeks ago …"). */
const TIME_NOUN = /^(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|times)$/i;

/**
 * "In August, several environmental groups granted …, saying": a count word opens the sentence's subject
 * like "the" (not a span of time).
 */
export const countOpensSubject = (toks: Token[]): boolean =>
  !!toks[0]?.word &&
  COUNT_WORD.test(toks[0].text) &&
  !toks.slice(1, 4).some((t) => t.word && TIME_NOUN.test(t.text));
